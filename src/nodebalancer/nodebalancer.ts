import { TerraformStack } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import type { Nodebalancer } from "../generated/providers/linode/nodebalancer";
import { claimUnique } from "../private/uniqueness";
import { check, checkInteger, checkRegion, isToken } from "../private/validation";
import { NodeBalancerConfig, type NodeBalancerConfigOptions } from "./nodebalancer-config";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const nodebalancerBinding = (): typeof import("../generated/providers/linode/nodebalancer") => require("../generated/providers/linode/nodebalancer");

/** A NodeBalancer that configs can be added to. */
export interface INodeBalancer extends IConstruct {
  /** The NodeBalancer's id. */
  readonly nodeBalancerId: string;
  /** Its public IPv4 address. */
  readonly ipv4Address: string;
  /** Its public IPv6 address. */
  readonly ipv6Address: string;
  /** Its hostname, e.g. `nb-192-0-2-1.newark.nodebalancer.linode.com`. */
  readonly hostname: string;
}

/** Props of a {@link NodeBalancer}. */
export interface NodeBalancerProps {
  /** The Linode region, e.g. `us-east`; backends must be in the same region. */
  readonly region: string;
  /**
   * Label (3–32 letters, digits, `-`, `_`; unique in the account).
   * @default - Linode assigns one
   */
  readonly label?: string;
  /**
   * New connections per second allowed from one client IP (0–20; 0 is no limit).
   * @default 0
   */
  readonly clientConnThrottle?: number;
  /**
   * Tags.
   * @default - none
   */
  readonly tags?: readonly string[];
}

const LABEL = /^[A-Za-z0-9_-]{3,32}$/;

/**
 * A Linode NodeBalancer with its configs (one per port). Firewalls are attached from the firewall
 * side (`CloudFirewall`), never through `firewall_id`, which would replace the NodeBalancer.
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer
 */
export class NodeBalancer extends Construct implements INodeBalancer {
  public readonly nodeBalancerId: string;
  public readonly ipv4Address: string;
  public readonly ipv6Address: string;
  public readonly hostname: string;
  /** The underlying `linode_nodebalancer`. */
  public readonly resource: Nodebalancer;
  private readonly configsByPort = new Map<number, NodeBalancerConfig>();

  constructor(scope: Construct, id: string, props: NodeBalancerProps) {
    super(scope, id);
    checkRegion(this, "region", props.region);
    check(props.label === undefined || isToken(props.label) || LABEL.test(props.label), this, "label", props.label, "Use 3-32 letters, digits, '-' or '_'.");
    checkInteger(this, "clientConnThrottle", props.clientConnThrottle, 0, 20);
    this.resource = new (nodebalancerBinding().Nodebalancer)(this, "Resource", {
      region: props.region,
      label: props.label,
      clientConnThrottle: props.clientConnThrottle ?? 0,
      tags: props.tags ? [...props.tags] : undefined,
    });
    this.nodeBalancerId = this.resource.id;
    this.ipv4Address = this.resource.ipv4;
    this.ipv6Address = this.resource.ipv6;
    this.hostname = this.resource.hostname;
    if (props.label !== undefined && !isToken(props.label)) {
      claimUnique(this, {
        within: TerraformStack.of(this),
        kind: "nodebalancer label",
        value: props.label,
        prop: "label",
        received: props.label,
        fix: (owner) => `NodeBalancer '${owner.node.path}' has this label too, and NodeBalancer labels are unique in a Linode account: give each site its own 'label'.`,
      });
    }
  }

  /** Adds a config (a listener on one port). Ports are unique per NodeBalancer. */
  public addConfig(id: string, options: NodeBalancerConfigOptions): NodeBalancerConfig {
    const config = new NodeBalancerConfig(this, id, { ...options, nodeBalancer: this });
    const clash = this.configsByPort.get(config.port);
    check(clash === undefined, config, "port", config.port, `Port ${config.port} is already used by config '${clash?.node.id}': each config needs its own port.`);
    this.configsByPort.set(config.port, config);
    return config;
  }

  /** The configs added so far, by port. */
  public get configs(): readonly NodeBalancerConfig[] {
    return [...this.configsByPort.values()];
  }
}
