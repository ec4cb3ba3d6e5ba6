import type { IConstruct } from "constructs";
import { applyIntervalHours, defaultApplySchedule, dynamicRenewalHours, expiryAlertHours, shortestLifetimeHours } from "./renewal-schedule";
import { check, checkInteger, checkOneOf, warn } from "../private/validation";
import { ApplySchedule } from "./apply-schedule";
import { CertificateProfile } from "./certificate-profile";

/** Options every {@link RenewalPolicy} takes. */
export interface RenewalPolicyOptions {
  /**
   * Ask the CA when to renew through ACME Renewal Information (ARI, RFC 9773, `use_renewal_info`).
   * Let's Encrypt exempts ARI renewals from all rate limits; without a reachable ARI endpoint the
   * provider falls back to the day window.
   * @default true
   */
  readonly renewalInfo?: boolean;
  /**
   * How long an apply may wait for an ARI-selected renewal time that is near (0–900 s,
   * `renewal_info_max_sleep`): the apply sleeps at most this long, and a later time waits for the
   * next apply.
   * @default 60
   */
  readonly renewalInfoMaxSleepSeconds?: number;
  /**
   * How often `terraform apply` runs for the stack: nothing renews between applies.
   * @default - ApplySchedule.DAILY for CertificateProfile.SHORT_LIVED, ApplySchedule.WEEKLY otherwise
   */
  readonly applySchedule?: ApplySchedule;
}

/** The `acme_certificate` arguments of a policy, and the schedule it relies on. */
export interface RenewalSettings {
  /** `min_days_dynamic`: set only for the lifetime-relative policy. */
  readonly minDaysDynamic?: boolean;
  /** `min_days_remaining`: set only for a fixed window (it conflicts with `min_days_dynamic`). */
  readonly minDaysRemaining?: number;
  /** `use_renewal_info`: set only when ARI is on. */
  readonly useRenewalInfo?: boolean;
  /** `renewal_info_max_sleep`: set only when ARI is on. */
  readonly renewalInfoMaxSleep?: number;
  /** How often applies run. */
  readonly applySchedule: ApplySchedule;
  /** Alert when fewer hours than this remain before expiry. */
  readonly expiryAlertHours: number;
}

const DEFAULT_MAX_SLEEP_SECONDS = 60;

/**
 * When an `AcmeCertificate` renews. Renewal happens on an apply only, so the policy also states how
 * often applies run, and is checked against the certificate's profile.
 *
 * - `RenewalPolicy.lifetimeRelative()` (the default) renews with a third of the lifetime left (half
 *   for lifetimes of 10 days or less): right for 90-, 64-, 45-day and 160-hour certificates alike.
 * - `RenewalPolicy.fixedWindow(days)` renews with fewer than `days` left, whatever the lifetime.
 *
 * Both ask the CA through ARI by default, with a bounded sleep.
 */
export class RenewalPolicy {
  /** Renew at a share of the lifetime (`min_days_dynamic`): stays right as lifetimes shrink. */
  public static lifetimeRelative(options: RenewalPolicyOptions = {}): RenewalPolicy {
    return new RenewalPolicy("RenewalPolicy.lifetimeRelative", undefined, options);
  }

  /**
   * Renew once fewer than `days` remain (`min_days_remaining`, 1–60). It must stay below the
   * certificate's lifetime (45 days for `classic` from 2028-02-16), or every apply renews.
   */
  public static fixedWindow(days: number, options: RenewalPolicyOptions = {}): RenewalPolicy {
    checkInteger("RenewalPolicy.fixedWindow", "days", days, 1, 60);
    return new RenewalPolicy("RenewalPolicy.fixedWindow", days, options);
  }

  /** Whether ARI is asked. */
  public readonly renewalInfo: boolean;
  /** The fixed window in days, or undefined for the lifetime-relative policy. */
  public readonly fixedWindowDays?: number;

  protected constructor(
    factory: string,
    fixedWindowDays: number | undefined,
    private readonly options: RenewalPolicyOptions,
  ) {
    this.renewalInfo = options.renewalInfo ?? true;
    this.fixedWindowDays = fixedWindowDays;
    check(typeof this.renewalInfo === "boolean", factory, "renewalInfo", options.renewalInfo, "Use true or false.");
    checkInteger(factory, "renewalInfoMaxSleepSeconds", options.renewalInfoMaxSleepSeconds, 0, 900);
    check(this.renewalInfo || options.renewalInfoMaxSleepSeconds === undefined, factory, "renewalInfoMaxSleepSeconds", options.renewalInfoMaxSleepSeconds, "The sleep applies to ARI only: leave it out, or turn renewalInfo on.");
    checkOneOf(factory, "applySchedule", options.applySchedule, ApplySchedule, "ApplySchedule");
  }

  /**
   * The provider arguments for a certificate of `profile` under `scope`, checked against the
   * profile's lifetime and the apply schedule. Called by `AcmeCertificate`.
   */
  public bind(scope: IConstruct, profile: CertificateProfile | undefined): RenewalSettings {
    const applySchedule = this.options.applySchedule ?? defaultApplySchedule(profile);
    const alertHours = expiryAlertHours(applySchedule);
    const lifetimeHours = shortestLifetimeHours(profile);
    const profileName = profile ?? CertificateProfile.CLASSIC;
    if (profile === CertificateProfile.SHORT_LIVED) {
      check(
        applySchedule === ApplySchedule.DAILY,
        scope,
        "renewal.applySchedule",
        applySchedule,
        `A shortlived certificate lasts 160 hours and renews with ${dynamicRenewalHours(lifetimeHours)} hours left: apply at least daily (ApplySchedule.DAILY), or use CertificateProfile.TLS_SERVER.`,
      );
    }
    const ari = this.renewalInfo ? { useRenewalInfo: true, renewalInfoMaxSleep: this.options.renewalInfoMaxSleepSeconds ?? DEFAULT_MAX_SLEEP_SECONDS } : {};
    const days = this.fixedWindowDays;
    if (days === undefined) {
      return { minDaysDynamic: true, ...ari, applySchedule, expiryAlertHours: alertHours };
    }
    if (days * 24 >= lifetimeHours) {
      const lifetime = lifetimeHours % 24 === 0 ? `${lifetimeHours / 24} days` : `${lifetimeHours} hours`;
      const message = `A ${profileName} certificate lasts ${lifetime}${profileName === CertificateProfile.CLASSIC ? " from 2028-02-16 (64 from 2027-02-10)" : ""}: a window this long renews on every apply and runs into rate limits. Use RenewalPolicy.lifetimeRelative(), or a window shorter than the lifetime.`;
      if (profileName !== CertificateProfile.CLASSIC) check(false, scope, "renewal.fixedWindowDays", days, message);
      warn(scope, "renewal.fixedWindowDays", days, message);
    }
    check(
      days * 24 > alertHours,
      scope,
      "renewal.fixedWindowDays",
      days,
      `With ApplySchedule.${applySchedule.toUpperCase()} (an apply every ${applyIntervalHours(applySchedule)} hours) the window must exceed ${alertHours / 24} days, so that a failed renewal is retried before the expiry alert: use a longer window, a daily schedule, or RenewalPolicy.lifetimeRelative().`,
    );
    return { minDaysRemaining: days, ...ari, applySchedule, expiryAlertHours: alertHours };
  }
}
