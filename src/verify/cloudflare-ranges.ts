import { BlockList, isIP } from "node:net";

/**
 * Cloudflare's published edge ranges (https://www.cloudflare.com/ips-v4 and ips-v6: 15 IPv4 and 7
 * IPv6 blocks, the list as third-party copies of 2023–2024 show it; it changes rarely), what
 * `data.cloudflare_ip_ranges` gives the stack. `verify` works offline, so it carries a copy; pass
 * the current list with `--cloudflare-range` when Cloudflare changes it.
 */
export const CLOUDFLARE_IP_RANGES: readonly string[] = [
  "173.245.48.0/20",
  "103.21.244.0/22",
  "103.22.200.0/22",
  "103.31.4.0/22",
  "141.101.64.0/18",
  "108.162.192.0/18",
  "190.93.240.0/20",
  "188.114.96.0/20",
  "197.234.240.0/22",
  "198.41.128.0/17",
  "162.158.0.0/15",
  "104.16.0.0/13",
  "104.24.0.0/14",
  "172.64.0.0/13",
  "131.0.72.0/22",
  "2400:cb00::/32",
  "2606:4700::/32",
  "2803:f800::/32",
  "2405:b500::/32",
  "2405:8100::/32",
  "2a06:98c0::/29",
  "2c0f:f248::/32",
];

/** A membership test for a list of CIDR blocks (IPv4 and IPv6). Throws on a block that does not parse. */
export function cidrMatcher(cidrs: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split("/");
    const family = isIP(network);
    if (family === 0 || !/^\d{1,3}$/.test(prefix ?? "") || Number(prefix) > (family === 4 ? 32 : 128)) {
      throw new Error(`"${cidr}" is not a CIDR block (e.g. 173.245.48.0/20)`);
    }
    list.addSubnet(network, Number(prefix), family === 4 ? "ipv4" : "ipv6");
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
  };
}
