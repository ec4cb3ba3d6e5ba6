import { describe, expect, test } from "vitest";
import { CheckStatus } from "../../src/verify/check-result";
import { CLOUDFLARE_IP_RANGES, cidrMatcher } from "../../src/verify/cloudflare-ranges";
import { dnsNameMatches } from "../../src/verify/browser-rules";
import { describeThreshold, expiryThresholdHours } from "../../src/verify/expiry-threshold";
import { RenewalWindow } from "../../src/verify/renewal-window";
import { legacyRow } from "../../src/verify/tls-checks";
import { originPorts } from "../../src/verify/verify-site";
import { LegacyTlsVersion, ProbeFailureKind, type TlsProbeOutcome } from "../../src/verify/tls-probe";

const failure = (kind: ProbeFailureKind, evidence = "x"): TlsProbeOutcome => ({ failure: { kind, tcpConnected: true, evidence } });

describe("legacyRow", () => {
  test("a machine whose OpenSSL cannot offer TLS 1.0 warns 'not tested' instead of passing a refusal it never saw", () => {
    const row = legacyRow("a.test", [
      [LegacyTlsVersion.TLS_1_0, failure(ProbeFailureKind.UNSUPPORTED_HERE, "ERR_SSL_NO_PROTOCOLS_AVAILABLE")],
      [LegacyTlsVersion.TLS_1_1, failure(ProbeFailureKind.REJECTED, "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION")],
    ]);
    expect(row).toMatchObject({ status: CheckStatus.WARN, evidence: "TLS 1.0 not tested: this machine's OpenSSL cannot offer it, TLS 1.1 refused" });
  });

  test("a legacy probe that times out is not counted as refused", () => {
    const row = legacyRow("a.test", [[LegacyTlsVersion.TLS_1_0, failure(ProbeFailureKind.TIMEOUT, "no answer within 5 s")]]);
    expect(row).toMatchObject({ status: CheckStatus.WARN, evidence: "TLS 1.0 not judged: no answer within 5 s" });
  });
});

describe("cidrMatcher", () => {
  test("the built-in Cloudflare ranges hold Cloudflare's addresses and not others", () => {
    const isCloudflare = cidrMatcher(CLOUDFLARE_IP_RANGES);
    expect(["104.16.132.229", "172.67.1.1", "2606:4700::6810:84e5"].map(isCloudflare)).toEqual([true, true, true]);
    expect(["203.0.113.7", "127.0.0.1", "2001:db8::1", "not-an-ip"].map(isCloudflare)).toEqual([false, false, false, false]);
  });

  test.each(["10.0.0.0", "10.0.0.0/33", "2001:db8::/129", "example.com/8"])("%s is refused", (cidr) => {
    expect(() => cidrMatcher([cidr])).toThrow(`"${cidr}" is not a CIDR block`);
  });
});

describe("browser rules, pure", () => {
  test.each([
    ["*.example.com", "www.example.com", true],
    ["*.example.com", "example.com", false],
    ["*.example.com", "a.b.example.com", false],
    ["w*.example.com", "www.example.com", false],
    ["*.com", "example.com", false],
    ["WWW.Example.COM", "www.example.com", true],
    ["www.example.com.", "www.example.com", true],
  ])("%s matches %s: %s", (pattern, host, expected) => {
    expect(dnsNameMatches(pattern, host)).toBe(expected);
  });

  test("the expiry threshold: --min-days, else the stack's alert, else a sixth of the lifetime, at most 14 days", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    const hours = (h: number) => new Date(from.getTime() + h * 3_600_000);
    const dynamic = RenewalWindow.dynamic();
    expect(expiryThresholdHours(from, hours(160), { renewal: dynamic })).toBe(27);
    expect(expiryThresholdHours(from, hours(90 * 24), { renewal: RenewalWindow.minDaysRemaining(30) })).toBe(336);
    expect(expiryThresholdHours(from, hours(45 * 24), { renewal: dynamic })).toBe(180);
    expect(expiryThresholdHours(from, hours(160), { renewal: dynamic, stackAlertHours: 48 })).toBe(48);
    expect(expiryThresholdHours(from, hours(160), { renewal: dynamic, stackAlertHours: 48, minDaysLeft: 1 })).toBe(24);
    expect(describeThreshold(336)).toBe("14-day");
    expect(describeThreshold(48)).toBe("48-hour");
  });

  test("option 3 probes 443, 80 and every config port, mapped to the ports given", () => {
    expect(originPorts([443], 443, 80)).toEqual([443, 80]);
    expect(originPorts([80, 443, 8443], 10443, 10080)).toEqual([10443, 10080, 8443]);
  });
});
