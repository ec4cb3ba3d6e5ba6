/** Pure renewal rules: how long certificates live, how often applies run, when to alert. */
import { ApplySchedule } from "./apply-schedule";
import { CertificateProfile } from "./certificate-profile";

/** Hours between two applies of a schedule. */
export function applyIntervalHours(schedule: ApplySchedule): number {
  return schedule === ApplySchedule.DAILY ? 24 : 7 * 24;
}

/**
 * Alert when fewer hours than this remain before expiry, after an apply: two apply intervals, so
 * that one failed renewal is retried before the alert, and the alert still comes an interval early.
 */
export function expiryAlertHours(schedule: ApplySchedule): number {
  return 2 * applyIntervalHours(schedule);
}

/** The schedule a profile needs when none is given: daily for `shortlived`, weekly otherwise. */
export function defaultApplySchedule(profile: CertificateProfile | undefined): ApplySchedule {
  return profile === CertificateProfile.SHORT_LIVED ? ApplySchedule.DAILY : ApplySchedule.WEEKLY;
}

/** Most names (identifiers) one certificate of a profile may carry; no profile is `classic`. */
export function maxNames(profile: CertificateProfile | undefined): number {
  return profile === undefined || profile === CertificateProfile.CLASSIC ? 100 : 25;
}

/**
 * The shortest lifetime a profile's certificates have or are announced to have, in hours:
 * `classic` drops to 45 days on 2028-02-16, `tlsserver` is 45 days, `shortlived` 160 hours.
 */
export function shortestLifetimeHours(profile: CertificateProfile | undefined): number {
  return profile === CertificateProfile.SHORT_LIVED ? 160 : 45 * 24;
}

/**
 * Hours left at which `min_days_dynamic` renews a certificate of `lifetimeHours`: a third of the
 * lifetime, half of it for lifetimes of 10 days or less (ACME provider 2.44.0+).
 */
export function dynamicRenewalHours(lifetimeHours: number): number {
  return lifetimeHours <= 10 * 24 ? lifetimeHours / 2 : lifetimeHours / 3;
}
