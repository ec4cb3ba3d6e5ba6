import { Backend, FirewallSource, type SiteProps } from "../src";

/**
 * The site every example stack shares: its region, its app servers (documentation addresses) and
 * the operators' SSH range. Only the TLS parts differ between the examples. Each example names its
 * own servers (Linode IDs): a Linode takes one Cloud Firewall, and every example attaches one.
 */
export function exampleSite(label: string, backendCount: number, firstLinodeId: number): SiteProps & { readonly adminSources: FirewallSource } {
  return {
    region: "us-east",
    label,
    backends: Array.from({ length: backendCount }, (_, i) =>
      Backend.fromAddress(`192.168.130.${10 + i}`, { label: `app-${i + 1}`, linodeId: String(firstLinodeId + i), sshHost: `198.51.100.${10 + i}` }),
    ),
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
  };
}
