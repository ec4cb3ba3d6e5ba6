import { isToken, ValidationError } from "../private/validation";
import type { OriginCaCertificate } from "../cloudflare/origin-ca-certificate";
import type { AcmeCertificate } from "../certificates/acme-certificate";
import type { RenewalPolicy } from "../certificates/renewal-policy";
import type { ICertificateSource } from "../certificates/certificate-source";
import { KeyAlgorithm } from "../certificates/key-algorithm";

/** What a site's contract says of the certificate it serves. */
export interface ServedCertificate {
  /** The certificate's names; empty when they are not known at synth (your own certificate). */
  readonly names: readonly string[];
  /**
   * How it renews on `terraform apply`.
   * @default - it does not renew: your own certificate, or an Origin CA certificate (replace it yourself)
   */
  readonly renewalPolicy?: RenewalPolicy;
  /**
   * Alert when fewer hours than this remain before it expires.
   * @default - not known (your own certificate)
   */
  readonly expiryAlertHours?: number;
}

/** Bring-your-own certificate material. */
export interface PemCertificateProps {
  /** Certificate followed by its CA chain, PEM: a reference such as a sensitive `TerraformVariable` or `Fn.file(...)`. */
  readonly fullChainPem: string;
  /** Private key, PEM without passphrase: a reference such as a sensitive `TerraformVariable`, never a literal. */
  readonly privateKeyPem: string;
  /**
   * Algorithm of the private key.
   * @default KeyAlgorithm.RSA
   */
  readonly keyAlgorithm?: KeyAlgorithm;
}

/**
 * The certificate a listener (NodeBalancer HTTPS config, or every backend in passthrough) serves,
 * whatever its source.
 */
export class ListenerCertificate implements ICertificateSource {
  /** Serve a Let's Encrypt certificate issued by an {@link AcmeCertificate}: full chain and key. */
  public static fromAcme(certificate: AcmeCertificate): ListenerCertificate {
    return ListenerCertificate.fromSource(certificate, { names: certificate.domainNames, renewalPolicy: certificate.renewalPolicy, expiryAlertHours: certificate.expiryAlertHours });
  }

  /**
   * Serve a Cloudflare Origin CA certificate issued by an {@link OriginCaCertificate}: trusted by
   * Cloudflare only, so serve it only where Cloudflare is the sole client (SSL mode Full (strict)).
   */
  public static fromOriginCa(certificate: OriginCaCertificate): ListenerCertificate {
    return ListenerCertificate.fromSource(certificate, { names: certificate.hostnames, expiryAlertHours: certificate.expiryAlertHours });
  }

  /**
   * Serve certificate material you manage yourself. Both values must be references (a sensitive
   * variable, `Fn.file(...)`), so that no key or certificate is pasted into the configuration.
   */
  public static fromPem(props: PemCertificateProps): ListenerCertificate {
    for (const prop of ["fullChainPem", "privateKeyPem"] as const) {
      const value = props[prop];
      if (!isToken(value)) {
        // Echo a file name (the likely mistake) but never something that may be key material.
        const fileName = /^[A-Za-z0-9_~./-]{1,255}$/.test(value) && (/^[~./]/.test(value) || /\.(pem|crt|cer|key)$/i.test(value));
        const shown = value.includes("-----BEGIN") ? "a literal PEM" : fileName ? value : "a literal string (not shown: it may be key material)";
        throw new ValidationError(
          "ListenerCertificate.fromPem",
          prop,
          shown,
          "Pass a reference, e.g. a sensitive TerraformVariable's value or Fn.file('cert.pem'), so that no key material is written into the synthesized files.",
        );
      }
    }
    return new ListenerCertificate(props.fullChainPem, props.privateKeyPem, props.keyAlgorithm ?? KeyAlgorithm.RSA, { names: [] });
  }

  private static fromSource(source: ICertificateSource, served: ServedCertificate): ListenerCertificate {
    return new ListenerCertificate(source.fullChainPem, source.privateKeyPem, source.keyAlgorithm, served);
  }

  protected constructor(
    public readonly fullChainPem: string,
    public readonly privateKeyPem: string,
    public readonly keyAlgorithm: KeyAlgorithm,
    /** What the site contract says of the certificate: its names (empty for your own), renewal and expiry alert. */
    public readonly served: ServedCertificate,
  ) {}
}
