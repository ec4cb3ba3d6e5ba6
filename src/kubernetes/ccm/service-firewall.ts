import { Token } from "cdktf";
import { parseCidr } from "../../private/cidr";
import { check, checkUnique, isToken } from "../../private/validation";
import { CcmAnnotation } from "./annotation-keys";
import { checkKnownKeys } from "./known-keys";
import { renderJson } from "./render-json";

/** The sources of a firewall ACL: CIDR blocks, or lists known only at apply (e.g. `data.cloudflare_ip_ranges`). */
export interface FirewallAclAddresses {
  /**
   * IPv4 CIDR blocks, or a list reference.
   * @default - no IPv4 sources
   */
  readonly ipv4?: string[];
  /**
   * IPv6 CIDR blocks, or a list reference.
   * @default - no IPv6 sources
   */
  readonly ipv6?: string[];
}

/** Addresses in one rule of a firewall the CCM makes (its `maxIPsPerFirewall`; a Linode limit per rule). */
export const CCM_MAX_ADDRESSES_PER_RULE = 255;

/** Rules in one Linode Cloud Firewall (the CCM's `maxRulesPerFirewall`). */
export const CCM_MAX_FIREWALL_RULES = 25;

/**
 * How many inbound rules the CCM v0.9.8 makes of an ACL (`processACL`, `chunkIPs` in
 * `services/firewalls.go`): one rule when the ACL has at most 255 addresses in all; else the IPv4
 * and the IPv6 blocks are cut apart into rules of 255, and each family takes at least one rule (an
 * empty family still gets an empty rule). More than 25 rules fails with "too many IPs in this ACL".
 */
export function ccmFirewallRuleCount(ipv4Count: number, ipv6Count: number): number {
  if (ipv4Count + ipv6Count <= CCM_MAX_ADDRESSES_PER_RULE) return 1;
  const rules = (count: number) => Math.max(1, Math.ceil(count / CCM_MAX_ADDRESSES_PER_RULE));
  return rules(ipv4Count) + rules(ipv6Count);
}

/**
 * The Cloud Firewall the CCM puts in front of a Service's NodeBalancer: a list of sources (one list
 * for all the Service's ports), a firewall you manage, or none.
 */
export class ServiceFirewall {
  /** Admits only these sources on the Service's ports and drops the rest (annotation `firewall-acl`). */
  public static allowList(addresses: FirewallAclAddresses): ServiceFirewall {
    return ServiceFirewall.acl("allowList", addresses);
  }

  /** Drops these sources on the Service's ports and admits the rest (annotation `firewall-acl`). */
  public static denyList(addresses: FirewallAclAddresses): ServiceFirewall {
    return ServiceFirewall.acl("denyList", addresses);
  }

  /** Attaches an existing Cloud Firewall, e.g. a `linode_firewall`'s id (annotation `firewall-id`). */
  public static id(firewallId: number): ServiceFirewall {
    const literal = !isToken(firewallId);
    check(!literal || (Number.isInteger(firewallId) && firewallId > 0), "ServiceFirewall.id", "firewallId", firewallId, "Use the numeric id of an existing Linode Cloud Firewall, e.g. a linode_firewall's id.");
    return new ServiceFirewall({ [CcmAnnotation.FIREWALL_ID]: literal ? String(firewallId) : Token.asString(firewallId) }, false);
  }

  /**
   * No firewall annotation. The CCM then detaches any firewall from the NodeBalancer (and deletes it
   * when nothing else uses it), including one attached by Terraform: every source reaches the
   * Service's ports. `ccmAnnotations` warns about it.
   */
  public static none(): ServiceFirewall {
    return new ServiceFirewall({}, true);
  }

  private static acl(list: "allowList" | "denyList", addresses: FirewallAclAddresses): ServiceFirewall {
    const where = `ServiceFirewall.${list}`;
    checkKnownKeys(where, "addresses", addresses, { ipv4: true, ipv6: true });
    const ipv4 = literalCidrs(where, "ipv4", addresses.ipv4, 4);
    const ipv6 = literalCidrs(where, "ipv6", addresses.ipv6, 6);
    if (!isToken(ipv4) && !isToken(ipv6)) {
      const [v4, v6] = [ipv4?.length ?? 0, ipv6?.length ?? 0];
      const fix = list === "allowList" ? "An empty allow list drops every client: list the sources to admit." : "An empty deny list blocks nobody: list the sources to block, or use ServiceFirewall.none().";
      check(v4 + v6 > 0, where, "addresses", addresses, fix);
      const rules = ccmFirewallRuleCount(v4, v6);
      check(
        rules <= CCM_MAX_FIREWALL_RULES,
        where,
        "addresses",
        `${v4} IPv4 + ${v6} IPv6 blocks (${rules} rules)`,
        `The CCM puts a list of more than ${CCM_MAX_ADDRESSES_PER_RULE} addresses in rules of at most ${CCM_MAX_ADDRESSES_PER_RULE} blocks of one IP family, and a Linode Cloud Firewall holds at most ${CCM_MAX_FIREWALL_RULES} rules: shorten the list (merge adjacent ranges) or attach a firewall you manage with ServiceFirewall.id(...).`,
      );
    }
    return new ServiceFirewall({ [CcmAnnotation.FIREWALL_ACL]: renderJson({ [list]: { ipv4, ipv6 } }) }, false);
  }

  protected constructor(
    /** The annotations that select this firewall (none for `none()`). */
    public readonly annotations: Readonly<Record<string, string>>,
    /** True when the CCM will detach any firewall from the NodeBalancer. */
    public readonly detachesFirewalls: boolean,
  ) {}
}

/** Checks the literal blocks of one family and sorts them (a stable annotation); a list reference passes. */
function literalCidrs(where: string, prop: "ipv4" | "ipv6", cidrs: string[] | undefined, version: 4 | 6): string[] | undefined {
  if (cidrs === undefined || isToken(cidrs)) return cidrs;
  cidrs.forEach((cidr, i) => {
    if (isToken(cidr)) return;
    const example = version === 4 ? "'203.0.113.0/24'" : "'2001:db8::/32'";
    check(parseCidr(cidr)?.version === version, where, `${prop}[${i}]`, cidr, `Use an IPv${version} CIDR block such as ${example} (a single host is /${version === 4 ? 32 : 128}; IPv${version === 4 ? 6 : 4} blocks go in '${version === 4 ? "ipv6" : "ipv4"}').`);
  });
  checkUnique(where, prop, cidrs, "List each block once.");
  return [...cidrs].sort();
}
