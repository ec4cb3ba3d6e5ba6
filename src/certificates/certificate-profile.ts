/**
 * An ACME certificate profile (draft-aaron-acme-profiles), as Let's Encrypt names it: the order's
 * `profile`. Changing it issues a new certificate (the provider's `profile` forces a new resource):
 * `AcmeCertificate` creates the new one before destroying the old one and never revokes it.
 * @see https://letsencrypt.org/docs/profiles/
 * @see https://registry.terraform.io/providers/vancluever/acme/2.48.3/docs/resources/certificate#profile
 */
export enum CertificateProfile {
  /**
   * The default profile: 90 days today, 64 days from 2027-02-10, 45 days from 2028-02-16; up to
   * 100 names; the certificate has a common name.
   */
  CLASSIC = "classic",
  /** 45 days (since 2026-05-13); up to 25 names; no common name. */
  TLS_SERVER = "tlsserver",
  /** 160 hours; up to 25 names. Needs a daily apply. */
  SHORT_LIVED = "shortlived",
}
