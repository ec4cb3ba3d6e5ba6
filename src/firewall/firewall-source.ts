import { NODEBALANCER_SOURCE_RANGE, parseCidr } from "../private/cidr";
import { check, isToken } from "../private/validation";

/** At most this many addresses in one firewall rule (Linode limit). */
export const MAX_ADDRESSES_PER_RULE = 255;

/** Where the traffic a firewall rule admits comes from. */
export class FirewallSource {
  /** The range NodeBalancers connect from (192.168.255.0/24): for backend firewalls. */
  public static nodeBalancers(): FirewallSource {
    return new FirewallSource([NODEBALANCER_SOURCE_RANGE], []);
  }

  /** Literal CIDR blocks, IPv4 and/or IPv6, e.g. an office range for SSH. */
  public static cidrs(cidrs: readonly string[]): FirewallSource {
    const ipv4: string[] = [];
    const ipv6: string[] = [];
    cidrs.forEach((cidr, i) => {
      const parsed = isToken(cidr) ? undefined : parseCidr(cidr);
      check(parsed !== undefined, "FirewallSource.cidrs", `cidrs[${i}]`, cidr, "Use a literal CIDR block such as '203.0.113.0/24' or '2001:db8::/32' (a single host is '/32' or '/128').");
      (parsed!.version === 4 ? ipv4 : ipv6).push(cidr);
    });
    check(cidrs.length > 0, "FirewallSource.cidrs", "cidrs", cidrs, "Give at least one CIDR block.");
    checkRuleSize("FirewallSource.cidrs", "cidrs", cidrs.length);
    return new FirewallSource(ipv4, ipv6);
  }

  /**
   * Lists known only at apply time, e.g. `data.cloudflare_ip_ranges` `ipv4_cidrs`/`ipv6_cidrs`.
   * Terraform and the Linode API check their size.
   */
  public static lists(ipv4: string[] | undefined, ipv6: string[] | undefined): FirewallSource {
    checkLiteralCidrs("ipv4", ipv4 ?? [], 4);
    checkLiteralCidrs("ipv6", ipv6 ?? [], 6);
    const lists = [ipv4 ?? [], ipv6 ?? []];
    if (!lists.some((list) => isToken(list) || list.some(isToken))) {
      checkRuleSize("FirewallSource.lists", "ipv4+ipv6", lists[0].length + lists[1].length);
    }
    return new FirewallSource(ipv4 ?? [], ipv6 ?? []);
  }

  protected constructor(
    /** IPv4 CIDR blocks (or one list token). */
    public readonly ipv4: string[],
    /** IPv6 CIDR blocks (or one list token). */
    public readonly ipv6: string[],
  ) {}
}

/** The literal elements of a list given to `FirewallSource.lists` (list tokens pass). */
function checkLiteralCidrs(prop: "ipv4" | "ipv6", cidrs: readonly string[], version: 4 | 6): void {
  const where = "FirewallSource.lists";
  if (isToken(cidrs)) return;
  cidrs.forEach((cidr, i) => {
    if (isToken(cidr)) return;
    check(parseCidr(cidr)?.version === version, where, `${prop}[${i}]`, cidr, `Use an IPv${version} CIDR block such as '${version === 4 ? "203.0.113.0/24" : "2001:db8::/32"}' (IPv${version === 4 ? 6 : 4} blocks go in the other list), or a list reference.`);
  });
}

/** One rule holds at most 255 addresses, IPv4 and IPv6 together. */
function checkRuleSize(where: string, prop: string, count: number): void {
  check(count <= MAX_ADDRESSES_PER_RULE, where, prop, `${count} blocks`, `A Linode firewall rule takes at most ${MAX_ADDRESSES_PER_RULE} addresses (IPv4 and IPv6 together): split them over several rules.`);
}
