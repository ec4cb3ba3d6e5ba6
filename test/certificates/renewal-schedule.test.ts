import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ApplySchedule, CertificateProfile } from "../../src";
import { applyIntervalHours, defaultApplySchedule, dynamicRenewalHours, expiryAlertHours, maxNames, shortestLifetimeHours } from "../../src/certificates/renewal-schedule";
import { regionProblem } from "../../src/private/linode-regions";

describe("renewal rules", () => {
  test("names per certificate: 100 for classic (and no profile), 25 for the others", () => {
    expect(maxNames(undefined)).toBe(100);
    expect(maxNames(CertificateProfile.CLASSIC)).toBe(100);
    expect(maxNames(CertificateProfile.TLS_SERVER)).toBe(25);
    expect(maxNames(CertificateProfile.SHORT_LIVED)).toBe(25);
  });

  test("shortest lifetimes: 45 days for classic (from 2028-02-16) and tlsserver, 160 hours for shortlived", () => {
    expect(shortestLifetimeHours(undefined)).toBe(45 * 24);
    expect(shortestLifetimeHours(CertificateProfile.TLS_SERVER)).toBe(45 * 24);
    expect(shortestLifetimeHours(CertificateProfile.SHORT_LIVED)).toBe(160);
  });

  test("min_days_dynamic renews at a third of the lifetime, half for lifetimes of 10 days or less", () => {
    expect(dynamicRenewalHours(90 * 24)).toBe(30 * 24);
    expect(dynamicRenewalHours(45 * 24)).toBe(15 * 24);
    expect(dynamicRenewalHours(160)).toBe(80);
    expect(dynamicRenewalHours(10 * 24)).toBe(5 * 24);
  });

  test("schedules: daily for shortlived, weekly otherwise; the alert comes two applies ahead", () => {
    expect(defaultApplySchedule(CertificateProfile.SHORT_LIVED)).toBe(ApplySchedule.DAILY);
    expect(defaultApplySchedule(CertificateProfile.TLS_SERVER)).toBe(ApplySchedule.WEEKLY);
    expect(defaultApplySchedule(undefined)).toBe(ApplySchedule.WEEKLY);
    expect(expiryAlertHours(ApplySchedule.DAILY)).toBe(48);
    expect(expiryAlertHours(ApplySchedule.WEEKLY)).toBe(336);
  });

  test("with the lifetime-relative policy and the default schedule, a healthy certificate never alerts", () => {
    // Renewal with a third (half) of the lifetime left must come before the alert threshold, for every profile.
    for (const profile of [undefined, ...Object.values(CertificateProfile)]) {
      const schedule = defaultApplySchedule(profile);
      expect(dynamicRenewalHours(shortestLifetimeHours(profile)), String(profile)).toBeGreaterThan(expiryAlertHours(schedule));
      expect(dynamicRenewalHours(shortestLifetimeHours(profile)), String(profile)).toBeGreaterThan(applyIntervalHours(schedule));
    }
  });
});

describe("regionProblem", () => {
  test("accepts known Linode regions", () => {
    for (const region of ["us-east", "eu-central", "us-ord", "de-fra-2", "jp-tyo-3"]) expect(regionProblem(region), region).toBeUndefined();
  });

  test("names the compute region of an Object Storage cluster id", () => {
    expect(regionProblem("us-east-1")).toMatch(/Object Storage cluster id .* use 'us-east'/);
    expect(regionProblem("us-iad-1")).toMatch(/use 'us-iad'/);
  });

  test("refuses every AWS-shaped region id", () => {
    const aws = fc.tuple(fc.constantFrom("us", "eu", "ap", "sa", "ca", "me", "af"), fc.constantFrom("north", "south", "east", "west", "central", "northeast", "southeast"), fc.integer({ min: 1, max: 9 }));
    fc.assert(fc.property(aws, ([area, direction, n]) => regionProblem(`${area}-${direction}-${n}`) !== undefined));
  });

  test("leaves unknown ids of Linode's form alone (the caller warns)", () => {
    expect(regionProblem("xx-nowhere")).toBeUndefined();
    expect(regionProblem("us-den")).toBeUndefined();
  });
});
