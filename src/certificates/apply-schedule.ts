/**
 * How often `terraform apply` runs for a stack (e.g. `examples/github-actions/scheduled-apply.yml`).
 * Nothing renews a certificate between applies, so the schedule must keep up with the certificate's
 * lifetime: `shortlived` certificates need `DAILY`.
 */
export enum ApplySchedule {
  /** Every day. */
  DAILY = "daily",
  /** Every week. Enough for lifetimes of 45 days and more. */
  WEEKLY = "weekly",
}
