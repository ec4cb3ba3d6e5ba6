import { describe, expect, test } from "vitest";
import { ValidationError } from "../../../src";
import { CcmAnnotation, ccmFirewallRuleCount, parseCcmAnnotations, ServiceFirewall } from "../../../src/kubernetes/ccm";
import { CLOUDFLARE_IP_RANGES } from "../../../src/verify/cloudflare-ranges";
import cloudflare from "./fixtures/cloudflare-ranges.json";

/** `n` distinct IPv4 /32 blocks. */
const hosts = (n: number) => Array.from({ length: n }, (_, i) => `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}/32`);
/** `n` distinct IPv6 /128 blocks. */
const hosts6 = (n: number) => Array.from({ length: n }, (_, i) => `2001:db8::${i.toString(16)}/128`);

describe("Cloudflare's ranges as an allow list", () => {
  test("the fixture is Cloudflare's published list: 15 IPv4 and 7 IPv6 blocks, as verify carries it", () => {
    expect([cloudflare.ipv4.length, cloudflare.ipv6.length]).toEqual([15, 7]);
    expect([...cloudflare.ipv4, ...cloudflare.ipv6]).toEqual(CLOUDFLARE_IP_RANGES);
  });

  test("fits in one rule, and the CCM reads back an allow list of exactly these blocks", () => {
    const firewall = ServiceFirewall.allowList({ ipv4: cloudflare.ipv4, ipv6: cloudflare.ipv6 });
    const result = parseCcmAnnotations({ ...firewall.annotations });
    expect(result).toMatchObject({ ok: true, settings: { firewall: { kind: "acl", inboundPolicy: "DROP", rules: 1 } } });
    const read = (result as { settings: { firewall: { ipv4: string[]; ipv6: string[] } } }).settings.firewall;
    expect(read.ipv4).toEqual([...cloudflare.ipv4].sort());
    expect(read.ipv6).toEqual([...cloudflare.ipv6].sort());
  });
});

describe("the CCM's firewall rule count (processACL, chunkIPs)", () => {
  test.each([
    [22, 0, 1],
    [255, 0, 1],
    [200, 55, 1],
    [256, 0, 3],
    [200, 56, 2],
    [24 * 255, 255, 25],
    [24 * 255 + 1, 1, 26],
    [25 * 255, 0, 26],
  ])("%i IPv4 + %i IPv6 blocks make %i rules", (v4, v6, rules) => {
    expect(ccmFirewallRuleCount(v4, v6)).toBe(rules);
  });

  test("the largest list the model accepts is one the CCM accepts; one more block is refused by both", () => {
    const largest = ServiceFirewall.allowList({ ipv4: hosts(24 * 255), ipv6: hosts6(255) });
    expect(parseCcmAnnotations({ ...largest.annotations })).toMatchObject({ ok: true, settings: { firewall: { rules: 25 } } });
    const oversized = { allowList: { ipv4: hosts(24 * 255 + 1), ipv6: hosts6(1) } };
    expect(parseCcmAnnotations({ [CcmAnnotation.FIREWALL_ACL]: JSON.stringify(oversized) })).toEqual({ ok: false, error: "too many IPs in this ACL, will exceed rules per firewall limit" });
    expect(() => ServiceFirewall.allowList(oversized.allowList)).toThrow(
      /^ServiceFirewall\.allowList: invalid 'addresses': received "6121 IPv4 \+ 1 IPv6 blocks \(26 rules\)"\. The CCM puts a list of more than 255 addresses in rules of at most 255 blocks of one IP family, and a Linode Cloud Firewall holds at most 25 rules/,
    );
  });
});

describe("bad firewall input: each error names the factory, the prop, the value and the fix", () => {
  test.each<[string, () => unknown, RegExp]>([
    ["an IPv6 block among IPv4", () => ServiceFirewall.allowList({ ipv4: ["2001:db8::/32"] }), /^ServiceFirewall\.allowList: invalid 'ipv4\[0\]': received "2001:db8::\/32"\. Use an IPv4 CIDR block/],
    ["an address without prefix", () => ServiceFirewall.denyList({ ipv6: ["2001:db8::1"] }), /^ServiceFirewall\.denyList: invalid 'ipv6\[0\]': received "2001:db8::1"\. Use an IPv6 CIDR block .*a single host is \/128/],
    ["an empty allow list", () => ServiceFirewall.allowList({}), /^ServiceFirewall\.allowList: invalid 'addresses': received \{\}\. An empty allow list drops every client/],
    ["an empty deny list", () => ServiceFirewall.denyList({ ipv4: [] }), /^ServiceFirewall\.denyList: invalid 'addresses': received \{"ipv4":\[\]\}\. An empty deny list blocks nobody/],
    ["a block twice", () => ServiceFirewall.allowList({ ipv4: ["192.0.2.0/24", "192.0.2.0/24"] }), /^ServiceFirewall\.allowList: invalid 'ipv4': received "192\.0\.2\.0\/24"\. List each block once/],
    ["an unknown address key", () => ServiceFirewall.allowList({ ipV4: ["192.0.2.0/24"] } as object), /^ServiceFirewall\.allowList: invalid 'addresses\.ipV4': received \["192\.0\.2\.0\/24"\]\. 'ipV4' is not an option here/],
    ["firewall id 0", () => ServiceFirewall.id(0), /^ServiceFirewall\.id: invalid 'firewallId': received 0\. Use the numeric id of an existing Linode Cloud Firewall/],
    ["a fractional firewall id", () => ServiceFirewall.id(1.5), /^ServiceFirewall\.id: invalid 'firewallId': received 1\.5\./],
  ])("%s", (_, make, message) => {
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(message);
  });
});
