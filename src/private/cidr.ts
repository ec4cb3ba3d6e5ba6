/** Pure helpers for IPv4/IPv6 addresses and CIDR blocks. */

/** Parses a dotted IPv4 address into its 32-bit value, or undefined. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** True for an IPv6 address in textual form (hex groups, at most one `::`). */
export function isIpv6(text: string): boolean {
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === "" ? [] : half.split(":")));
  if (!groups.flat().every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = groups.flat().length;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export type IpVersion = 4 | 6;

/** A parsed CIDR block. */
export interface Cidr {
  readonly version: IpVersion;
  readonly prefix: number;
}

/** Parses `a.b.c.d/n` or `x::y/n`, or returns undefined. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return undefined;
  const address = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (parseIpv4(address) !== undefined) return prefix <= 32 ? { version: 4, prefix } : undefined;
  if (isIpv6(address)) return prefix <= 128 ? { version: 6, prefix } : undefined;
  return undefined;
}

/** True when an IPv4 address lies in an IPv4 CIDR block. */
export function ipv4InCidr(address: string, cidr: string): boolean {
  const ip = parseIpv4(address);
  const [base, prefixText] = cidr.split("/");
  const net = parseIpv4(base);
  if (ip === undefined || net === undefined) return false;
  const size = 2 ** (32 - Number(prefixText));
  return Math.floor(ip / size) === Math.floor(net / size);
}

/** The range NodeBalancers connect from: backend firewalls must admit it, backends should trust it. */
export const NODEBALANCER_SOURCE_RANGE = "192.168.255.0/24";

/** The private range in which Linode hands out private IPv4 addresses to instances. */
export const LINODE_PRIVATE_RANGE = "192.168.128.0/17";
