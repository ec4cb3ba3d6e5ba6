import { Construct } from "constructs";
import type { Certificate } from "../generated/providers/acme/certificate";
import { coveringWildcard } from "../private/hostname";
import { maxNames } from "./renewal-schedule";
import { check, checkCertificateName, checkOneOf, checkUnique, isToken, ValidationError } from "../private/validation";
import { AcmeAccount } from "./acme-account";
import type { AcmeDnsChallenge } from "./acme-dns-challenge";
import type { ApplySchedule } from "./apply-schedule";
import { CertificateProfile } from "./certificate-profile";
import type { ICertificateWatch } from "./certificate-watch";
import { KeyAlgorithm } from "./key-algorithm";
import type { ICertificateSource } from "./certificate-source";
import { RenewalPolicy } from "./renewal-policy";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const certificateBinding = (): typeof import("../generated/providers/acme/certificate") => require("../generated/providers/acme/certificate");

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
   * When the certificate renews, and how often applies run; nothing renews without an apply.
   * @default - RenewalPolicy.lifetimeRelative(): renew with a third of the lifetime left, ARI on, weekly applies (daily for shortlived)
   */
  readonly renewal?: RenewalPolicy;
  /**
   * The CA's certificate profile (`classic` up to 100 names, `tlsserver`/`shortlived` up to 25).
   * Changing it issues a new certificate (created before the old one is destroyed; nothing is
   * revoked), and so does setting it on a certificate issued without one.
   * @default - no profile is requested: the CA's default (Let's Encrypt: classic)
   */
  readonly profile?: CertificateProfile;
}

/**
 * A Let's Encrypt (ACME) certificate issued through DNS-01.
 *
 * Rotation is safe for a certificate that is being served: the certificate is replaced
 * create-before-destroy, and `revoke_certificate_on_destroy` is off, because the provider would
 * otherwise revoke the old certificate on every replacement while listeners still serve it. A new
 * `profile`, new names or a new key type replace it that way.
 *
 * Renewal follows the `renewal` policy (a share of the lifetime, ARI on, by default) and happens on
 * an apply only: run one at {@link AcmeCertificate.applySchedule} and alert on `notAfter` (Let's
 * Encrypt sends no expiry e-mail); `addCertificateOutputs` turns these into stack outputs.
 * @see https://registry.terraform.io/providers/vancluever/acme/2.48.3/docs/resources/certificate
 */
export class AcmeCertificate extends Construct implements ICertificateSource, ICertificateWatch {
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
  /** Start of the CA's suggested renewal window (ARI), RFC 3339; undefined when ARI is off. */
  public readonly renewalWindowStart?: string;
  /** End of the CA's suggested renewal window (ARI), RFC 3339; undefined when ARI is off. */
  public readonly renewalWindowEnd?: string;
  /** How often applies must run for this certificate to renew in time. */
  public readonly applySchedule: ApplySchedule;
  /** Alert when fewer hours than this remain before `notAfter` after an apply. */
  public readonly expiryAlertHours: number;
  /** The profile requested, if any. */
  public readonly profile?: CertificateProfile;
  /** Algorithm of the certificate's key. */
  public readonly keyAlgorithm: KeyAlgorithm;
  /** The account that issued it. */
  public readonly account: AcmeAccount;
  /** The certificate's names: the common name, then the subject alternative names. */
  public readonly domainNames: readonly string[];
  /** When it renews (on `terraform apply`). */
  public readonly renewalPolicy: RenewalPolicy;
  /** The underlying `acme_certificate`. */
  public readonly resource: Certificate;

  constructor(scope: Construct, id: string, props: AcmeCertificateProps) {
    super(scope, id);
    const sans = props.subjectAlternativeNames ?? [];
    checkOneOf(this, "profile", props.profile, CertificateProfile, "CertificateProfile");
    validateNames(this, props.domainName, sans, props.profile);
    checkOneOf(this, "keyType", props.keyType, AcmeKeyType, "AcmeKeyType");
    this.renewalPolicy = props.renewal ?? RenewalPolicy.lifetimeRelative();
    const renewal = this.renewalPolicy.bind(this, props.profile);
    this.domainNames = [props.domainName, ...sans];
    if (props.account !== undefined && props.email !== undefined) {
      throw new ValidationError(this.node.path, "account|email", { email: props.email }, "Specify at most one of 'account' and 'email': the e-mail belongs on the AcmeAccount.");
    }
    const keyType = props.keyType ?? AcmeKeyType.RSA_2048;
    this.keyAlgorithm = keyType === AcmeKeyType.EC_P256 || keyType === AcmeKeyType.EC_P384 ? KeyAlgorithm.ECDSA : KeyAlgorithm.RSA;

    this.account = props.account ?? new AcmeAccount(this, "Account", { email: props.email });
    this.resource = new (certificateBinding().Certificate)(this, "Resource", {
      accountKeyPem: this.account.accountKeyPem,
      commonName: props.domainName,
      subjectAlternativeNames: sans.length > 0 ? [...sans] : undefined,
      keyType,
      profile: props.profile,
      minDaysDynamic: renewal.minDaysDynamic,
      minDaysRemaining: renewal.minDaysRemaining,
      useRenewalInfo: renewal.useRenewalInfo,
      renewalInfoMaxSleep: renewal.renewalInfoMaxSleep,
      revokeCertificateOnDestroy: false,
      dnsChallenge: [{ provider: props.dnsChallenge.provider, config: { ...props.dnsChallenge.config } }],
      lifecycle: { createBeforeDestroy: true },
    });
    this.certificatePem = this.resource.certificatePem;
    this.issuerPem = this.resource.issuerPem;
    this.fullChainPem = `${this.resource.certificatePem}${this.resource.issuerPem}`;
    this.privateKeyPem = this.resource.privateKeyPem;
    this.notAfter = this.resource.certificateNotAfter;
    if (renewal.useRenewalInfo) {
      this.renewalWindowStart = this.resource.renewalInfoWindowStart;
      this.renewalWindowEnd = this.resource.renewalInfoWindowEnd;
    }
    this.applySchedule = renewal.applySchedule;
    this.expiryAlertHours = renewal.expiryAlertHours;
    this.profile = props.profile;
  }
}

function validateNames(scope: Construct, domainName: string, sans: readonly string[], profile: CertificateProfile | undefined): void {
  checkCertificateName(scope, "domainName", domainName);
  sans.forEach((name, i) => checkCertificateName(scope, `subjectAlternativeNames[${i}]`, name));
  const names = [domainName, ...sans];
  checkUnique(scope, "subjectAlternativeNames", names, "List each name once, and leave the domainName out of the SANs.");
  const limit = maxNames(profile);
  check(
    names.length <= limit,
    scope,
    "subjectAlternativeNames",
    `${names.length} names`,
    `A ${profile ?? CertificateProfile.CLASSIC} certificate holds at most ${limit} names (classic 100, tlsserver and shortlived 25): split the names over several certificates${limit < 100 ? ", or use CertificateProfile.CLASSIC" : ""}.`,
  );
  const literals = names.filter((name) => !isToken(name));
  literals.forEach((name) => {
    const wildcard = coveringWildcard(name, literals);
    const prop = name === domainName ? "domainName" : `subjectAlternativeNames[${sans.indexOf(name)}]`;
    check(wildcard === undefined, scope, prop, name, `'${wildcard}' already covers it, and Let's Encrypt rejects the order as redundant: leave '${name}' out.`);
  });
}
