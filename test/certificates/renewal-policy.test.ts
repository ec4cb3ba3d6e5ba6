import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  addCertificateOutputs,
  ApplySchedule,
  Backend,
  CertificateProfile,
  RenewalPolicy,
  SiteStack,
  SiteTls,
} from "../../src";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { newStack, warningsOf } from "../support/fixtures";

// Renewal for the 45-day era: every policy × profile on the synthesized acme_certificate, through
// the low-level construct and through the facade.

const POLICIES: Record<string, () => RenewalPolicy> = {
  "lifetime-relative (default)": () => RenewalPolicy.lifetimeRelative(),
  "lifetime-relative without ARI": () => RenewalPolicy.lifetimeRelative({ renewalInfo: false }),
  "lifetime-relative, ARI sleep 300 s": () => RenewalPolicy.lifetimeRelative({ renewalInfoMaxSleepSeconds: 300 }),
  "fixed window of 5 days, daily": () => RenewalPolicy.fixedWindow(5, { applySchedule: ApplySchedule.DAILY }),
  "fixed window of 5 days, daily, without ARI": () => RenewalPolicy.fixedWindow(5, { applySchedule: ApplySchedule.DAILY, renewalInfo: false }),
  "fixed window of 30 days": () => RenewalPolicy.fixedWindow(30),
};
const PROFILES: Record<string, CertificateProfile | undefined> = {
  none: undefined,
  classic: CertificateProfile.CLASSIC,
  tlsserver: CertificateProfile.TLS_SERVER,
  shortlived: CertificateProfile.SHORT_LIVED,
};

/** The combinations that can work: a 30-day window is longer than a shortlived certificate lives. */
const VALID = Object.keys(POLICIES).flatMap((policy) =>
  Object.keys(PROFILES)
    .filter((profile) => !(profile === "shortlived" && policy === "fixed window of 30 days"))
    .map((profile) => ({ policy, profile })),
);

/**
 * Arguments of acme_certificate that the ACME provider 2.48.3 refuses together (its schema's
 * ConflictsWith; the pinned JSON schema does not carry conflicts).
 */
const PROVIDER_CONFLICTS: readonly (readonly [string, string])[] = [["min_days_remaining", "min_days_dynamic"]];

/** The pinned ACME provider schema: the project's shared copy where it exists, else the package's trimmed one. */
const SHARED_SCHEMA = resolve(__dirname, "../../../shared/provider-schemas/acme.json");
const SCHEMA = JSON.parse(readFileSync(existsSync(SHARED_SCHEMA) ? SHARED_SCHEMA : resolve(__dirname, "../../schemas/acme.json"), "utf8")) as {
  provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, { optional?: boolean; computed?: boolean }> } }> }>;
};
const ACME_CERTIFICATE = Object.values(SCHEMA.provider_schemas)[0].resource_schemas.acme_certificate.block.attributes;

function lowLevel(policy: string, profile: string): SynthesizedStack {
  const stack = newStack();
  const certificate = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), renewal: POLICIES[policy](), profile: PROFILES[profile] });
  addCertificateOutputs(stack, certificate);
  return synthJson(stack);
}

function facade(policy: string, profile: string): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "shop");
  stack.addSite({
    domainNames: ["www.example.com"],
    region: "us-east",
    backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "11" })],
    tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), renewal: POLICIES[policy](), profile: PROFILES[profile] }),
  });
  return synthJson(stack);
}

function certificateOf(json: SynthesizedStack): Record<string, unknown> {
  const all = Object.values(resourcesOfType(json, "acme_certificate"));
  expect(all).toHaveLength(1);
  return all[0];
}

describe.each([
  ["AcmeCertificate", lowLevel],
  ["SiteStack + SiteTls.terminateAtLoadBalancer", facade],
] as const)("%s: renewal policy × profile", (_name, build) => {
  test.each(VALID)("$policy, profile $profile: the provider arguments match the policy, never two that conflict", ({ policy, profile }) => {
    // GIVEN a certificate with the policy and profile  WHEN synthesized
    const json = build(policy, profile);
    const certificate = certificateOf(json);
    const renewal = POLICIES[policy]();
    // THEN exactly one of the renewal thresholds is set
    if (renewal.fixedWindowDays === undefined) {
      expect(certificate.min_days_dynamic).toBe(true);
      expect(certificate).not.toHaveProperty("min_days_remaining");
    } else {
      expect(certificate.min_days_remaining).toBe(renewal.fixedWindowDays);
      expect(certificate).not.toHaveProperty("min_days_dynamic");
    }
    for (const [a, b] of PROVIDER_CONFLICTS) expect(a in certificate && b in certificate, `${a} with ${b}`).toBe(false);
    // AND ARI is on with a bounded sleep, or absent altogether
    if (renewal.renewalInfo) {
      expect(certificate.use_renewal_info).toBe(true);
      expect(certificate.renewal_info_max_sleep).toBeGreaterThanOrEqual(0);
      expect(certificate.renewal_info_max_sleep).toBeLessThanOrEqual(900);
    } else {
      expect(certificate).not.toHaveProperty("use_renewal_info");
      expect(certificate).not.toHaveProperty("renewal_info_max_sleep");
    }
    // AND the profile is requested only when one is given
    if (PROFILES[profile] === undefined) expect(certificate).not.toHaveProperty("profile");
    else expect(certificate.profile).toBe(PROFILES[profile]);
    // AND every argument is an optional argument of the pinned schema
    for (const argument of ["min_days_dynamic", "min_days_remaining", "use_renewal_info", "renewal_info_max_sleep", "profile"].filter((a) => a in certificate)) {
      expect(ACME_CERTIFICATE[argument]?.optional, argument).toBe(true);
    }
    // AND a profile change is safe: create-before-destroy, never revoked
    expect(certificate.lifecycle).toEqual({ create_before_destroy: true });
    expect(certificate.revoke_certificate_on_destroy).toBe(false);
  });

  test.each(VALID)("$policy, profile $profile: outputs expose expiry, the ARI window, the apply schedule and the alert threshold", ({ policy, profile }) => {
    // GIVEN a certificate with the policy and profile  WHEN synthesized
    const json = build(policy, profile);
    const output = json.output!;
    const renewal = POLICIES[policy]();
    // THEN the schedule is daily for shortlived (or when asked), weekly otherwise, and the alert two applies ahead
    const daily = PROFILES[profile] === CertificateProfile.SHORT_LIVED || policy.includes("daily");
    expect(output.apply_schedule.value).toBe(daily ? "daily" : "weekly");
    expect(output.expiry_alert_hours.value).toBe(daily ? 48 : 336);
    expect(output.certificate_not_after.value).toMatch(/^\$\{acme_certificate\.[^.]+\.certificate_not_after\}$/);
    // AND the ARI window is an output when ARI is on
    if (renewal.renewalInfo) {
      expect(output.certificate_renewal_window_start.value).toMatch(/\.renewal_info_window_start\}$/);
      expect(output.certificate_renewal_window_end.value).toMatch(/\.renewal_info_window_end\}$/);
    } else {
      expect(output).not.toHaveProperty("certificate_renewal_window_end");
    }
  });
});

describe("renewal rules", () => {
  test("the default is lifetime-relative with ARI and a 60 s sleep, weekly applies", () => {
    // GIVEN a certificate without a policy  WHEN synthesized
    const stack = newStack();
    const certificate = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode() });
    // THEN
    expect(certificateOf(synthJson(stack))).toMatchObject({ min_days_dynamic: true, use_renewal_info: true, renewal_info_max_sleep: 60 });
    expect(certificate.applySchedule).toBe(ApplySchedule.WEEKLY);
    expect(certificate.expiryAlertHours).toBe(336);
  });

  test("a shortlived certificate gets daily applies by default, and refuses weekly ones", () => {
    const stack = newStack();
    const daily = new AcmeCertificate(stack, "Daily", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), profile: CertificateProfile.SHORT_LIVED });
    expect(daily.applySchedule).toBe(ApplySchedule.DAILY);
    expect(
      () =>
        new AcmeCertificate(stack, "Weekly", {
          domainName: "www.example.com",
          dnsChallenge: AcmeDnsChallenge.linode(),
          profile: CertificateProfile.SHORT_LIVED,
          renewal: RenewalPolicy.lifetimeRelative({ applySchedule: ApplySchedule.WEEKLY }),
        }),
    ).toThrow(/test\/Weekly: invalid 'renewal.applySchedule': received "weekly"\. A shortlived certificate lasts 160 hours and renews with 80 hours left/);
  });

  test("a fixed window must stay below the lifetime: an error for tlsserver and shortlived, a warning for classic", () => {
    const stack = newStack();
    const make = (id: string, days: number, profile?: CertificateProfile, applySchedule?: ApplySchedule) =>
      new AcmeCertificate(stack, id, { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), profile, renewal: RenewalPolicy.fixedWindow(days, { applySchedule }) });
    expect(() => make("Tls", 45, CertificateProfile.TLS_SERVER)).toThrow(/invalid 'renewal.fixedWindowDays': received 45\. A tlsserver certificate lasts 45 days/);
    expect(() => make("Short", 7, CertificateProfile.SHORT_LIVED)).toThrow(/invalid 'renewal.fixedWindowDays': received 7\. A shortlived certificate lasts 160 hours/);
    expect(() => make("ShortOk", 6, CertificateProfile.SHORT_LIVED)).not.toThrow();
    make("Classic", 50);
    expect(warningsOf(stack).join("\n")).toMatch(/test\/Classic: doubtful 'renewal.fixedWindowDays': received 50\. A classic certificate lasts 45 days from 2028-02-16/);
    expect(() => make("Tls44", 44, CertificateProfile.TLS_SERVER)).not.toThrow();
  });

  test("a fixed window must outlast two applies, so that a failed renewal is retried before the alert", () => {
    const stack = newStack();
    const make = (id: string, days: number, applySchedule?: ApplySchedule) =>
      new AcmeCertificate(stack, id, { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), renewal: RenewalPolicy.fixedWindow(days, { applySchedule }) });
    expect(() => make("Weekly14", 14)).toThrow(/invalid 'renewal.fixedWindowDays': received 14\. With ApplySchedule.WEEKLY \(an apply every 168 hours\) the window must exceed 14 days/);
    expect(() => make("Weekly15", 15)).not.toThrow();
    expect(() => make("Daily2", 2, ApplySchedule.DAILY)).toThrow(/the window must exceed 2 days/);
    expect(() => make("Daily3", 3, ApplySchedule.DAILY)).not.toThrow();
  });

  test("the ARI sleep needs ARI, and an unknown schedule is refused", () => {
    expect(() => RenewalPolicy.lifetimeRelative({ renewalInfo: false, renewalInfoMaxSleepSeconds: 30 })).toThrow(
      /RenewalPolicy.lifetimeRelative: invalid 'renewalInfoMaxSleepSeconds': received 30\. The sleep applies to ARI only/,
    );
    expect(() => RenewalPolicy.fixedWindow(30, { applySchedule: "hourly" as ApplySchedule })).toThrow(/invalid 'applySchedule': received "hourly"\. Use one of the ApplySchedule values: "daily", "weekly"/);
  });

  test("the Cloudflare option has no renewal: weekly applies, expiry alert, no ARI window", () => {
    const stack = new SiteStack(Testing.app(), "shop");
    stack.addSite({
      domainNames: ["www.example.com"],
      region: "us-east",
      backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "11" })],
      tls: SiteTls.cloudflare({ zoneName: "example.com" }),
    });
    const output = synthJson(stack).output!;
    expect(output.apply_schedule.value).toBe("weekly");
    expect(output.expiry_alert_hours.value).toBe(336);
    expect(output.certificate_not_after.value).toMatch(/cloudflare_origin_ca_certificate\..*\.expires_on/);
    expect(output).not.toHaveProperty("certificate_renewal_window_start");
  });
});
