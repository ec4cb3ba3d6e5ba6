import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ipv4InCidr, isIpv6, parseCidr, parseIpv4 } from "../../src/private/cidr";

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));

describe("parseIpv4", () => {
  test("round-trips every dotted address", () => {
    fc.assert(fc.property(octets, ([a, b, c, d]) => parseIpv4(`${a}.${b}.${c}.${d}`) === ((a * 256 + b) * 256 + c) * 256 + d));
  });

  test.each(["256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "", "1.2.3.4/32"])("rejects %j", (text) => {
    expect(parseIpv4(text)).toBeUndefined();
  });
});

describe("parseCidr", () => {
  test("accepts every IPv4 block with a prefix of 0-32, rejects longer", () => {
    fc.assert(
      fc.property(octets, fc.nat(40), ([a, b, c, d], prefix) => {
        const parsed = parseCidr(`${a}.${b}.${c}.${d}/${prefix}`);
        return prefix <= 32 ? parsed?.version === 4 && parsed.prefix === prefix : parsed === undefined;
      }),
    );
  });

  test("accepts IPv6 blocks with a prefix of 0-128", () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.nat(140), (groups, prefix) => {
        const parsed = parseCidr(`${groups.join(":")}/${prefix}`);
        return prefix <= 128 ? parsed?.version === 6 : parsed === undefined;
      }),
    );
    expect(parseCidr("2001:db8::/32")).toEqual({ version: 6, prefix: 32 });
    expect(parseCidr("::/0")).toEqual({ version: 6, prefix: 0 });
  });

  test.each(["203.0.113.0", "203.0.113.0/", "203.0.113.0/-1", "2001:db8:::/32", "1:2:3:4:5:6:7:8:9/64", "office/24"])("rejects %j", (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });

  test("isIpv6 takes at most one ::", () => {
    expect(isIpv6("2001:db8::1")).toBe(true);
    expect(isIpv6("2001::db8::1")).toBe(false);
  });
});

describe("ipv4InCidr", () => {
  test("every address of a /24 lies in it and none of the next one", () => {
    fc.assert(fc.property(fc.nat(255), fc.nat(255), (third, host) => {
      expect(ipv4InCidr(`192.168.${third}.${host}`, `192.168.${third}.0/24`)).toBe(true);
      expect(ipv4InCidr(`192.168.${(third + 1) % 256}.${host}`, `192.168.${third}.0/24`)).toBe(false);
    }));
  });

  test("the Linode private range is 192.168.128.0/17", () => {
    expect(ipv4InCidr("192.168.128.0", "192.168.128.0/17")).toBe(true);
    expect(ipv4InCidr("192.168.255.255", "192.168.128.0/17")).toBe(true);
    expect(ipv4InCidr("192.168.127.255", "192.168.128.0/17")).toBe(false);
  });
});
