import type { ApplySchedule } from "./apply-schedule";

/**
 * What an operator watches for a served certificate: its expiry, the CA's renewal window (ARI)
 * where known, how often applies must run, and when to alert. Stacks turn it into outputs with
 * `addCertificateOutputs`; the scheduled-apply workflow reads them.
 */
export interface ICertificateWatch {
  /** Expiry time, as the provider reports it. */
  readonly notAfter: string;
  /**
   * Start of the CA's suggested renewal window (ARI), RFC 3339.
   * @default - unknown (ARI off, or not an ACME certificate)
   */
  readonly renewalWindowStart?: string;
  /**
   * End of the CA's suggested renewal window (ARI), RFC 3339.
   * @default - unknown (ARI off, or not an ACME certificate)
   */
  readonly renewalWindowEnd?: string;
  /** How often `terraform apply` must run. */
  readonly applySchedule: ApplySchedule;
  /** Alert when fewer hours than this remain before `notAfter` after an apply. */
  readonly expiryAlertHours: number;
}
