import { Construct } from "constructs";
import { Certificate } from "../generated/providers/acme/certificate";
import { checkCertificateName, checkInteger, checkOneOf, checkUnique, ValidationError } from "../private/validation";
import { AcmeAccount } from "./acme-account";
import type { AcmeDnsChallenge } from "./acme-dns-challenge";
import { KeyAlgorithm } from "./key-algorithm";
import type { ICertificateSource } from "./listener-certificate";

/** Key type of an ACME certificate, as the ACME provider spells it. */
export enum AcmeKeyType {
  RSA_2048 = "2048",
  RSA_4096 = "4096",
  /** ECDSA: not servable by a NodeBalancer. */
  EC_P256 = "P256",
  /** ECDSA: not servable by a NodeBalancer. */
  EC_P384 = "P384",
}

/** Props of an {@link AcmeCertificate}. */
export interface AcmeCertificateProps {
  /** The certificate's common name, e.g. `www.example.com`; a leading `*.` asks for a wildcard. */
  readonly domainName: string;
  /**
   * More names on the certificate.
   * @default - the common name only
   */
  readonly subjectAlternativeNames?: readonly string[];
  /** How the DNS-01 challenge is answered: `AcmeDnsChallenge.linode()` or `.cloudflare()`. */
  readonly dnsChallenge: AcmeDnsChallenge;
  /**
   * The ACME account to issue with.
   * @default - a new account (key + registration) under this construct
   */
  readonly account?: AcmeAccount;
  /**
   * Contact e-mail of the account created when `account` is not given.
   * @default - no contact
   */
  readonly email?: string;
  /**
   * Key type. NodeBalancers serve RSA only.
   * @default AcmeKeyType.RSA_2048
   */
  readonly keyType?: AcmeKeyType;
  /**
   * Renewal window: an apply renews the certificate once fewer days than this remain (1–60).
   * Nothing renews without an apply: run one on a schedule.
   * @default 30
   */
  readonly minDaysRemaining?: number;
}

/**
 * A Let's Encrypt (ACME) certificate issued through DNS-01.
 *
 * Rotation is safe for a certificate that is being served: the certificate is replaced
 * create-before-destroy, and `revoke_certificate_on_destroy` is off, because the provider would
 * otherwise revoke the old certificate on every replacement while listeners still serve it.
 * @see https://registry.terraform.io/providers/vancluever/acme/2.48.3/docs/resources/certificate
 */
export class AcmeCertificate extends Construct implements ICertificateSource {
  /** The leaf certificate, PEM (without the issuer). */
  public readonly certificatePem: string;
  /** The issuer chain, PEM. */
  public readonly issuerPem: string;
  /** Leaf followed by the issuer chain: what a server must present. */
  public readonly fullChainPem: string;
  /** The certificate's private key, PEM (sensitive). */
  public readonly privateKeyPem: string;
  /** Expiry time (RFC 3339): alert on it. */
  public readonly notAfter: string;
  /** Algorithm of the certificate's key. */
  public readonly keyAlgorithm: KeyAlgorithm;
  /** The account that issued it. */
  public readonly account: AcmeAccount;
  /** The underlying `acme_certificate`. */
  public readonly resource: Certificate;

  constructor(scope: Construct, id: string, props: AcmeCertificateProps) {
    super(scope, id);
    const sans = props.subjectAlternativeNames ?? [];
    validateNames(this, props.domainName, sans);
    checkInteger(this, "minDaysRemaining", props.minDaysRemaining, 1, 60);
    checkOneOf(this, "keyType", props.keyType, AcmeKeyType, "AcmeKeyType");
    if (props.account !== undefined && props.email !== undefined) {
      throw new ValidationError(this.node.path, "account|email", { email: props.email }, "Specify at most one of 'account' and 'email': the e-mail belongs on the AcmeAccount.");
    }
    const keyType = props.keyType ?? AcmeKeyType.RSA_2048;
    this.keyAlgorithm = keyType === AcmeKeyType.EC_P256 || keyType === AcmeKeyType.EC_P384 ? KeyAlgorithm.ECDSA : KeyAlgorithm.RSA;

    this.account = props.account ?? new AcmeAccount(this, "Account", { email: props.email });
    this.resource = new Certificate(this, "Resource", {
      accountKeyPem: this.account.accountKeyPem,
      commonName: props.domainName,
      subjectAlternativeNames: sans.length > 0 ? [...sans] : undefined,
      keyType,
      minDaysRemaining: props.minDaysRemaining ?? 30,
      revokeCertificateOnDestroy: false,
      dnsChallenge: [{ provider: props.dnsChallenge.provider, config: { ...props.dnsChallenge.config } }],
      lifecycle: { createBeforeDestroy: true },
    });
    this.certificatePem = this.resource.certificatePem;
    this.issuerPem = this.resource.issuerPem;
    this.fullChainPem = `${this.resource.certificatePem}${this.resource.issuerPem}`;
    this.privateKeyPem = this.resource.privateKeyPem;
    this.notAfter = this.resource.certificateNotAfter;
  }
}

function validateNames(scope: Construct, domainName: string, sans: readonly string[]): void {
  checkCertificateName(scope, "domainName", domainName);
  sans.forEach((name, i) => checkCertificateName(scope, `subjectAlternativeNames[${i}]`, name));
  checkUnique(scope, "subjectAlternativeNames", [domainName, ...sans], "List each name once, and leave the domainName out of the SANs.");
}
