import type { RenewalWindow } from "./renewal-window";

const HOUR_MS = 3_600_000;
/** The threshold `verify` used before it derived one, and still the ceiling: two weekly applies. */
const CEILING_HOURS = 14 * 24;

/** Where the expiry threshold comes from, most explicit first. */
export interface ExpiryThresholdSources {
  /** `--min-days`: the user's own threshold, used as given. */
  readonly minDaysLeft?: number;
  /** The stack's `expiry_alert_hours` output (two apply intervals: 336 weekly, 48 daily). */
  readonly stackAlertHours?: number;
  /** When the stack renews the certificate. */
  readonly renewal: RenewalWindow;
}

/**
 * Hours left under which the certificate fails: `--min-days` when given; else the stack's own alert
 * (`expiry_alert_hours`, two apply intervals, so one failed renewal has been retried); else derived
 * from the certificate's lifetime: a sixth of it (half of a one-third renewal window, the share
 * Let's Encrypt advises and `min_days_dynamic` uses), at most 14 days, and under half the renewal window.
 * A fresh 160-hour `shortlived` certificate passes all of these; a 90-day one gets 14 days as before.
 */
export function expiryThresholdHours(notBefore: Date, notAfter: Date, sources: ExpiryThresholdSources): number {
  if (sources.minDaysLeft !== undefined) return sources.minDaysLeft * 24;
  if (sources.stackAlertHours !== undefined) return sources.stackAlertHours;
  const lifetimeHours = (notAfter.getTime() - notBefore.getTime()) / HOUR_MS;
  const window = sources.renewal.windowHours(notBefore, notAfter);
  const derived = Math.min(CEILING_HOURS, lifetimeHours / 6, window === undefined ? Infinity : window / 2);
  return Math.max(1, Math.round(derived));
}

/** `14-day`, `48-hour`: the threshold as the report names it. */
export function describeThreshold(hours: number): string {
  return hours % 24 === 0 && hours >= 72 ? `${hours / 24}-day` : `${hours}-hour`;
}
