import { Construct } from "constructs";
import type { OriginCaCertificate as OriginCaCertificateResource } from "@cdktf/provider-cloudflare/lib/origin-ca-certificate";
import type { CertRequest } from "@cdktf/provider-tls/lib/cert-request";
import type { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { ApplySchedule } from "../certificates/apply-schedule";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import { KeyAlgorithm } from "../certificates/key-algorithm";
import type { ICertificateSource } from "../certificates/certificate-source";
import { expiryAlertHours } from "../certificates/renewal-schedule";
import { check, checkCertificateName, checkNotEmpty, checkOneOf, checkUnique, isToken } from "../private/validation";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const originCaCertificateBinding = (): typeof import("@cdktf/provider-cloudflare/lib/origin-ca-certificate") => require("@cdktf/provider-cloudflare/lib/origin-ca-certificate");
const certRequestBinding = (): typeof import("@cdktf/provider-tls/lib/cert-request") => require("@cdktf/provider-tls/lib/cert-request");
const privateKeyBinding = (): typeof import("@cdktf/provider-tls/lib/private-key") => require("@cdktf/provider-tls/lib/private-key");

/**
 * Key type of an Origin CA certificate, as Cloudflare spells its `request_type`.
 * @see https://registry.terraform.io/providers/cloudflare/cloudflare/5.14.0/docs/resources/origin_ca_certificate
 */
export enum OriginCaKeyType {
  /** RSA (2048-bit key): the only kind a NodeBalancer serves. */
  RSA = "origin-rsa",
  /** ECDSA (P-256 key): not servable by a NodeBalancer. */
  ECC = "origin-ecc",
}

/** Validity of an Origin CA certificate: the day counts Cloudflare accepts as `requested_validity`. */
export enum OriginCaValidity {
  SEVEN_DAYS = 7,
  THIRTY_DAYS = 30,
  NINETY_DAYS = 90,
  ONE_YEAR = 365,
  TWO_YEARS = 730,
  THREE_YEARS = 1095,
  /** Cloudflare's own default. */
  FIFTEEN_YEARS = 5475,
}

/** The day counts of {@link OriginCaValidity}. */
const VALIDITY_DAYS: readonly number[] = Object.values(OriginCaValidity).filter((v) => typeof v === "number");

/** Props of an {@link OriginCaCertificate}. */
export interface OriginCaCertificateProps {
  /**
   * Names on the certificate, e.g. `example.com`, `www.example.com`; one single-level leading `*.`
   * wildcard per name is allowed (`*.example.com`). The first is the CSR's common name.
   */
  readonly hostnames: readonly string[];
  /**
   * Key type (and `request_type`). NodeBalancers serve RSA only.
   * @default OriginCaKeyType.RSA
   */
  readonly keyType?: OriginCaKeyType;
  /**
   * Validity. Nothing renews an Origin CA certificate, and an expired one makes Cloudflare answer
   * every visitor with error 526, so the default is Cloudflare's own, the longest.
   * @default OriginCaValidity.FIFTEEN_YEARS
   */
  readonly validity?: OriginCaValidity;
}

/** The `tls_private_key` arguments for each key type: the CSR's key must match the `request_type`. */
const KEYS: Record<OriginCaKeyType, { algorithm: string; rsaBits?: number; ecdsaCurve?: string; keyAlgorithm: KeyAlgorithm }> = {
  [OriginCaKeyType.RSA]: { algorithm: "RSA", rsaBits: 2048, keyAlgorithm: KeyAlgorithm.RSA },
  [OriginCaKeyType.ECC]: { algorithm: "ECDSA", ecdsaCurve: "P256", keyAlgorithm: KeyAlgorithm.ECDSA },
};

/**
 * A Cloudflare Origin CA certificate: a generated key (`tls_private_key`), its CSR
 * (`tls_cert_request`) and the certificate Cloudflare signs (`cloudflare_origin_ca_certificate`).
 *
 * Origin CA certificates are trusted by Cloudflare only, not by browsers: serve one only behind
 * proxied records with SSL mode Full (strict). The key, request and certificate are all replaced
 * create-before-destroy, so a listener always has a certificate while one is replaced. Requires a
 * Cloudflare API token with Zone → SSL and Certificates: Edit (no Origin CA service key).
 * @see https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/
 */
export class OriginCaCertificate extends Construct implements ICertificateSource, ICertificateWatch {
  /** The certificate, PEM. */
  public readonly certificatePem: string;
  /**
   * What a server presents: the certificate alone. Cloudflare is the only client and already
   * holds the Origin CA root, so no chain is appended.
   */
  public readonly fullChainPem: string;
  /** The certificate's private key, PEM (sensitive). */
  public readonly privateKeyPem: string;
  /** Expiry time: alert on it, nothing renews the certificate. */
  public readonly expiresOn: string;
  /** The same as {@link OriginCaCertificate.expiresOn}. */
  public readonly notAfter: string;
  /** Nothing renews it: a weekly apply checks for drift, and the expiry alert watches it. */
  public readonly applySchedule = ApplySchedule.WEEKLY;
  /** Alert when fewer hours than this remain before expiry. */
  public readonly expiryAlertHours = expiryAlertHours(ApplySchedule.WEEKLY);
  /** Algorithm of the certificate's key. */
  public readonly keyAlgorithm: KeyAlgorithm;
  /** The underlying `cloudflare_origin_ca_certificate`. */
  public readonly resource: OriginCaCertificateResource;
  /** The underlying `tls_private_key`. */
  public readonly privateKey: PrivateKey;
  /** The underlying `tls_cert_request`. */
  public readonly certRequest: CertRequest;
  /** The certificate's names, as given. */
  public readonly hostnames: readonly string[];

  constructor(scope: Construct, id: string, props: OriginCaCertificateProps) {
    super(scope, id);
    validateHostnames(this, props.hostnames);
    this.hostnames = [...props.hostnames];
    const validity = props.validity ?? OriginCaValidity.FIFTEEN_YEARS;
    check(isToken(validity) || VALIDITY_DAYS.includes(validity), this, "validity", validity, `Use an OriginCaValidity such as OriginCaValidity.ONE_YEAR: Cloudflare accepts ${VALIDITY_DAYS.join(", ")} days.`);
    checkOneOf(this, "keyType", props.keyType, OriginCaKeyType, "OriginCaKeyType");
    const keyType = props.keyType ?? OriginCaKeyType.RSA;
    const { keyAlgorithm, ...keyArgs } = KEYS[keyType];
    const lifecycle = { createBeforeDestroy: true };

    this.privateKey = new (privateKeyBinding().PrivateKey)(this, "Key", { ...keyArgs, lifecycle });
    this.certRequest = new (certRequestBinding().CertRequest)(this, "Request", {
      privateKeyPem: this.privateKey.privateKeyPem,
      subject: [{ commonName: props.hostnames[0] }],
      lifecycle,
    });
    this.resource = new (originCaCertificateBinding().OriginCaCertificate)(this, "Resource", {
      csr: this.certRequest.certRequestPem,
      // Canonical order: the list forces replacement, so a reordering must not mint a new certificate.
      hostnames: [...props.hostnames].sort(),
      requestType: keyType,
      requestedValidity: validity,
      lifecycle,
    });
    this.keyAlgorithm = keyAlgorithm;
    this.certificatePem = this.resource.certificate;
    this.fullChainPem = this.certificatePem;
    this.privateKeyPem = this.privateKey.privateKeyPem;
    this.expiresOn = this.resource.expiresOn;
    this.notAfter = this.expiresOn;
  }
}

function validateHostnames(scope: Construct, hostnames: readonly string[]): void {
  checkNotEmpty(scope, "hostnames", hostnames, "Give at least one name, e.g. ['example.com', 'www.example.com'].");
  hostnames.forEach((name, i) => checkCertificateName(scope, `hostnames[${i}]`, name));
  checkUnique(scope, "hostnames", hostnames, "List each name once.");
}
