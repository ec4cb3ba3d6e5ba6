import { Construct } from "constructs";
import type { AuthenticatedOriginPullsCertificate } from "@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-certificate";
import type { AuthenticatedOriginPullsSettings } from "@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-settings";
import { checkInteger } from "../private/validation";
import type { ICloudflareZone } from "./cloudflare-zone";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const authenticatedOriginPullsCertificateBinding = (): typeof import("@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-certificate") => require("@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-certificate");
const authenticatedOriginPullsSettingsBinding = (): typeof import("@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-settings") => require("@cdktf/provider-cloudflare/lib/authenticated-origin-pulls-settings");
const privateKeyBinding = (): typeof import("@cdktf/provider-tls/lib/private-key") => require("@cdktf/provider-tls/lib/private-key");
const selfSignedCertBinding = (): typeof import("@cdktf/provider-tls/lib/self-signed-cert") => require("@cdktf/provider-tls/lib/self-signed-cert");

/** Props of {@link AuthenticatedOriginPulls}. */
export interface AuthenticatedOriginPullsProps {
  /** The zone whose origin connections present the client certificate. */
  readonly zone: ICloudflareZone;
  /**
   * Validity of the client certificate in days. Terraform issues a new one on the first apply within
   * 30 days of its expiry, pushes it to the backends, then uploads it.
   * @default 1825
   */
  readonly validityDays?: number;
}

/** Days before expiry from which an apply replaces the client certificate. */
const EARLY_RENEWAL_DAYS = 30;

/**
 * Zone-level Authenticated Origin Pulls with the zone's own client certificate: Cloudflare presents
 * it on every connection to the origin, and a backend that verifies it (nginx `ssl_verify_client`,
 * HAProxy `verify required`) accepts connections from this zone only, not from any other Cloudflare
 * customer or from anyone who learned the origin's address. A NodeBalancer cannot verify client
 * certificates, so the backends do (the certificate push delivers {@link clientCertificatePem} to them).
 *
 * The certificate is self-signed (RSA 2048, client authentication only), made by the TLS provider:
 * its key stays in the state and in Cloudflare, never in synthesized files. Zone-level and not
 * per-hostname AOP, because Cloudflare provider 5.14.0 can upload a zone certificate
 * (`cloudflare_authenticated_origin_pulls_certificate`) but has no resource that uploads a
 * per-hostname one. Other origins of the zone are also sent the certificate; an origin that does
 * not ask for a client certificate ignores it. Destroying the stack deletes the uploaded certificate;
 * the zone's AOP switch may stay on (the setting's Delete is not a revert): turn it off in the
 * dashboard (SSL/TLS → Origin Server) if no origin of the zone uses it.
 * The API token needs Zone → SSL and Certificates: Edit.
 * @see https://developers.cloudflare.com/ssl/origin-configuration/authenticated-origin-pull/set-up/zone-level/
 */
export class AuthenticatedOriginPulls extends Construct {
  /** The client certificate (PEM) Cloudflare presents: the CA file the backends verify clients with. */
  public readonly clientCertificatePem: string;
  /** The upload of the certificate to the zone. */
  public readonly certificateUpload: AuthenticatedOriginPullsCertificate;
  /** The zone's AOP switch (on once the certificate is uploaded). */
  public readonly settings: AuthenticatedOriginPullsSettings;

  constructor(scope: Construct, id: string, props: AuthenticatedOriginPullsProps) {
    super(scope, id);
    const validityDays = props.validityDays ?? 1825;
    checkInteger(this, "validityDays", validityDays, 2 * EARLY_RENEWAL_DAYS, 3650);
    const key = new (privateKeyBinding().PrivateKey)(this, "Key", { algorithm: "RSA", rsaBits: 2048, lifecycle: { createBeforeDestroy: true } });
    const certificate = new (selfSignedCertBinding().SelfSignedCert)(this, "Certificate", {
      privateKeyPem: key.privateKeyPem,
      subject: [{ commonName: "cdktf-nodebalancer-ssl origin pull", organization: "Cloudflare zone client" }],
      validityPeriodHours: validityDays * 24,
      earlyRenewalHours: EARLY_RENEWAL_DAYS * 24,
      allowedUses: ["digital_signature", "key_encipherment", "client_auth"],
      lifecycle: { createBeforeDestroy: true },
    });
    this.clientCertificatePem = certificate.certPem;
    this.certificateUpload = new (authenticatedOriginPullsCertificateBinding().AuthenticatedOriginPullsCertificate)(this, "Upload", {
      zoneId: props.zone.zoneId,
      certificate: certificate.certPem,
      privateKey: key.privateKeyPem,
    });
    this.settings = new (authenticatedOriginPullsSettingsBinding().AuthenticatedOriginPullsSettings)(this, "Settings", { zoneId: props.zone.zoneId, enabled: true, dependsOn: [this.certificateUpload] });
  }
}
