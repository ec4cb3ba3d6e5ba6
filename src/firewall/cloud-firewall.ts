import { Lazy, Token } from "cdktf";
import { Construct } from "constructs";
import type { Firewall, FirewallInbound } from "../generated/providers/linode/firewall";
import { check, checkPort, isToken } from "../private/validation";
import { claimFirewall } from "./firewall-claims";
import type { FirewallSource } from "./firewall-source";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const firewallBinding = (): typeof import("../generated/providers/linode/firewall") => require("../generated/providers/linode/firewall");

/** At most this many rules in one firewall (Linode limit). */
export const MAX_FIREWALL_RULES = 25;

/** One inbound rule: TCP ports admitted from a source. */
export interface FirewallRule {
  /** Rule label (3–32 letters, digits, `-`, `_`, `.`). */
  readonly label: string;
  /** TCP ports admitted; read again at synth, so a getter may derive them from configs added later. */
  readonly ports: readonly number[];
  /** Where the traffic may come from. */
  readonly source: FirewallSource;
}

/** Props of a {@link CloudFirewall}. */
export interface CloudFirewallProps {
  /** Firewall label (3–32 letters, digits, `-`, `_`, `.`). */
  readonly label: string;
  /** Inbound rules, in order; everything else inbound is dropped (at most 25). */
  readonly rules: readonly FirewallRule[];
  /**
   * Linode IDs of the servers this firewall protects.
   * @default - none
   */
  readonly linodeIds?: readonly string[];
  /**
   * IDs of the NodeBalancers this firewall protects (attached here, never via the NodeBalancer's
   * `firewall_id`, which would replace it). Only inbound rules apply to NodeBalancers.
   * @default - none
   */
  readonly nodeBalancerIds?: readonly string[];
}

const LABEL = /^[A-Za-z0-9_.-]{3,32}$/;
/** Firewall labels also begin and end with a letter or digit and never repeat '-', '_' or '.'. */
const FIREWALL_LABEL = /^(?=.{3,32}$)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;

/**
 * A Linode Cloud Firewall that drops all inbound traffic but what its rules admit; outbound is
 * accepted.
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/firewall
 */
export class CloudFirewall extends Construct {
  /** The firewall's id. */
  public readonly firewallId: string;
  /** The underlying `linode_firewall`. */
  public readonly resource: Firewall;

  constructor(scope: Construct, id: string, props: CloudFirewallProps) {
    super(scope, id);
    check(isToken(props.label) || FIREWALL_LABEL.test(props.label), this, "label", props.label, "Use 3-32 letters, digits and single '-', '_' or '.' between them, starting and ending with a letter or digit.");
    check(props.rules.length > 0, this, "rules", props.rules, "Give at least one rule: a firewall without rules drops all inbound traffic.");
    check(props.rules.length <= MAX_FIREWALL_RULES, this, "rules", `${props.rules.length} rules`, `A Linode firewall has at most ${MAX_FIREWALL_RULES} rules: merge ports or sources.`);
    const inbound = props.rules.map((rule, i) => toInbound(this, rule, i));
    this.resource = new (firewallBinding().Firewall)(this, "Resource", {
      label: props.label,
      inboundPolicy: "DROP",
      outboundPolicy: "ACCEPT",
      inbound,
      linodes: props.linodeIds?.length ? toIds(this, "linodeIds", props.linodeIds) : undefined,
      nodebalancers: props.nodeBalancerIds?.length ? toIds(this, "nodeBalancerIds", props.nodeBalancerIds) : undefined,
    });
    this.firewallId = this.resource.id;
    claimFirewall(this, props.label, props.linodeIds ?? []);
  }
}

/** Entity ids as numbers: references stay references, literals must be whole numbers. */
function toIds(scope: Construct, prop: string, ids: readonly string[]): number[] {
  return ids.map((id, i) => {
    if (isToken(id)) return Token.asNumber(id);
    check(/^[1-9][0-9]*$/.test(id), scope, `${prop}[${i}]`, id, "Use a numeric Linode ID or a reference to a resource's id.");
    return Number(id);
  });
}

function toInbound(scope: Construct, rule: FirewallRule, i: number): FirewallInbound {
  check(LABEL.test(rule.label), scope, `rules[${i}].label`, rule.label, "Use 3-32 letters, digits, '-', '_' or '.'.");
  check(rule.ports.length > 0, scope, `rules[${i}].ports`, rule.ports, "Give at least one port.");
  rule.ports.forEach((port) => checkPort(scope, `rules[${i}].ports`, port));
  const { ipv4, ipv6 } = rule.source;
  return {
    label: rule.label,
    action: "ACCEPT",
    protocol: "TCP",
    ports: Lazy.stringValue({ produce: () => [...new Set(rule.ports)].sort((a, b) => a - b).join(",") }),
    ipv4: ipv4.length > 0 ? ipv4 : undefined,
    ipv6: ipv6.length > 0 ? ipv6 : undefined,
  };
}
