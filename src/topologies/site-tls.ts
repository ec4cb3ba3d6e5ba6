import type { Construct } from "constructs";
import { AcmeCertificate } from "../certificates/acme-certificate";
import type { AcmeDnsChallenge } from "../certificates/acme-dns-challenge";
import type { AcmeKeyType } from "../certificates/acme-certificate";
import type { CertificateProfile } from "../certificates/certificate-profile";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import type { RenewalPolicy } from "../certificates/renewal-policy";
import type { CertificatePushOptions } from "../certificates/certificate-push";
import { ListenerCertificate, type ICertificateSource } from "../certificates/listener-certificate";
import type { SshCredentials } from "../certificates/ssh-credentials";
import { CloudflareZone } from "../cloudflare/cloudflare-zone";
import type { OriginCaValidity } from "../cloudflare/origin-ca-certificate";
import type { CloudflareSslScope } from "../cloudflare/cloudflare-ssl-scope";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import type { CipherSuite, ProxyProtocol } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { check } from "../private/validation";
import { CloudflareInFront } from "./cloudflare-in-front";
import type { CloudflareOrigin } from "./cloudflare-origin";
import type { PlainHttp } from "./plain-http";
import { pickSiteProps, type SiteProps } from "./site-props";
import { TcpPassthrough } from "./tcp-passthrough";
import { TerminateAtLoadBalancer } from "./terminate-at-load-balancer";

/** How the Let's Encrypt certificate of options 1 and 2 is issued. */
export interface AcmeIssuance {
  /** How the DNS-01 challenge is answered: `AcmeDnsChallenge.linode()` or `.cloudflare()`. */
  readonly dnsChallenge: AcmeDnsChallenge;
  /**
   * Contact e-mail of the ACME account.
   * @default - no contact
   */
  readonly email?: string;
  /**
   * Key type. Must be RSA when the NodeBalancer serves the certificate.
   * @default AcmeKeyType.RSA_2048
   */
  readonly keyType?: AcmeKeyType;
  /**
   * When the certificate renews, and how often applies run.
   * @default - RenewalPolicy.lifetimeRelative(): renew with a third of the lifetime left, ARI on, weekly applies (daily for shortlived)
   */
  readonly renewal?: RenewalPolicy;
  /**
   * The CA's certificate profile; changing it issues a new certificate (create-before-destroy, no revocation).
   * @default - the CA's default (Let's Encrypt: classic)
   */
  readonly profile?: CertificateProfile;
}

/** Options of {@link SiteTls.terminateAtLoadBalancer}. */
export interface TerminateAtLoadBalancerTls extends AcmeIssuance {
  /**
   * What happens to plain HTTP on port 80.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite on 443.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
}

/** Options of {@link SiteTls.passthrough}. */
export interface PassthroughTls extends AcmeIssuance, CertificatePushOptions {
  /** How Terraform authenticates when it pushes the certificate to the backends. */
  readonly sshCredentials: SshCredentials;
  /**
   * PROXY protocol header sent to the backends.
   * @default ProxyProtocol.V2
   */
  readonly proxyProtocol?: ProxyProtocol;
  /**
   * What happens to plain HTTP on port 80.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
}

/** Options of {@link SiteTls.cloudflare}. */
export interface CloudflareTls {
  /** The Cloudflare zone every domain name lies in, e.g. `example.com`. */
  readonly zoneName: string;
  /**
   * The zone's id.
   * @default - looked up by name
   */
  readonly zoneId?: string;
  /**
   * Validity of the Origin CA certificate.
   * @default OriginCaValidity.FIFTEEN_YEARS
   */
  readonly certificateValidity?: OriginCaValidity;
  /**
   * Where the edge TLS settings apply: the site's hostnames, or the whole zone.
   * @default CloudflareSslScope.hostnames()
   */
  readonly sslScope?: CloudflareSslScope;
  /**
   * Where Cloudflare's connections end: the NodeBalancer, or every app server (encrypted to the
   * servers, Authenticated Origin Pulls): `CloudflareOrigin.appServers({ sshCredentials })`.
   * @default CloudflareOrigin.nodeBalancer()
   */
  readonly origin?: CloudflareOrigin;
  /**
   * What happens to plain HTTP on port 80 of the NodeBalancer.
   * @default PlainHttp.CLOSED
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite of the NodeBalancer's 443 config.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
  /**
   * Publish AAAA records for the NodeBalancer's IPv6 address as well.
   * @default true
   */
  readonly ipv6?: boolean;
}

/** Options of {@link SiteTls.ownCertificate}. */
export interface OwnCertificateTls {
  /**
   * The certificate the NodeBalancer serves on 443: `ListenerCertificate.fromPem(...)` with
   * references (a sensitive `TerraformVariable`, `Fn.file(...)`), RSA, full chain.
   */
  readonly certificate: ListenerCertificate;
  /**
   * What happens to plain HTTP on port 80.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite on 443.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
}

/** The site as the facade hands it to the TLS choice. */
export interface SiteDefinition extends SiteProps {
  /** The site's names; the first is the certificate's common name. */
  readonly domainNames: readonly string[];
}

/** What a TLS choice built. */
export interface SiteTlsResult {
  /** The NodeBalancer. */
  readonly nodeBalancer: NodeBalancer;
  /** The firewall of the backends. */
  readonly backendFirewall: CloudFirewall;
  /** The certificate that is served (by the NodeBalancer, or by every backend). */
  readonly certificate: ICertificateSource;
  /** When that certificate expires, as the provider reports it (RFC 3339 for ACME); unknown for your own certificate. */
  readonly certificateExpiry?: string;
  /** What to watch for the certificate (expiry, ARI window, apply schedule); unknown for your own certificate. */
  readonly certificateWatch?: ICertificateWatch;
}

/**
 * Where TLS lives for a {@link LoadBalancedSite}: one typed line that selects one of the three
 * SSL options (or option 1 with your own certificate). Switching options changes only this line:
 * every option builds the NodeBalancer, its configs on 443 and 80 and the backend firewall at the
 * same Terraform addresses, so a switch updates them in place and the NodeBalancer keeps its IP.
 */
export abstract class SiteTls {
  /** Option 1: a Let's Encrypt certificate served by the NodeBalancer on 443; port 80 forwarded. */
  public static terminateAtLoadBalancer(options: TerminateAtLoadBalancerTls): SiteTls {
    return new TerminateAtLoadBalancerChoice(options);
  }

  /** Option 2: TCP passthrough with PROXY protocol; a Let's Encrypt certificate pushed to every backend. */
  public static passthrough(options: PassthroughTls): SiteTls {
    return new PassthroughChoice(options);
  }

  /**
   * Option 3: Cloudflare in front (Full (strict) for the site's hostnames) with an Origin CA
   * certificate on the NodeBalancer, or on every app server with `origin: CloudflareOrigin.appServers(...)`.
   */
  public static cloudflare(options: CloudflareTls): SiteTls {
    return new CloudflareChoice(options);
  }

  /**
   * Option 1 with a certificate you manage yourself (a commercial or internal CA): the NodeBalancer
   * serves it on 443; nothing is issued and nothing renews it, so watch its expiry yourself.
   */
  public static ownCertificate(options: OwnCertificateTls): SiteTls {
    return new OwnCertificateChoice(options);
  }

  protected constructor() {}

  /** Builds the option under `scope` for `site`. */
  public abstract bind(scope: Construct, site: SiteDefinition): SiteTlsResult;
}

/**
 * The construct id of every option's topology: the NodeBalancer and the backend firewall keep their
 * Terraform addresses (and the NodeBalancer its IP) when a site switches options.
 */
const TOPOLOGY_ID = "Tls";

function issueAcme(scope: Construct, site: SiteDefinition, issuance: AcmeIssuance): AcmeCertificate {
  const [domainName, ...subjectAlternativeNames] = site.domainNames;
  return new AcmeCertificate(scope, "Certificate", {
    domainName,
    subjectAlternativeNames,
    dnsChallenge: issuance.dnsChallenge,
    email: issuance.email,
    keyType: issuance.keyType,
    renewal: issuance.renewal,
    profile: issuance.profile,
  });
}

class TerminateAtLoadBalancerChoice extends SiteTls {
  constructor(private readonly options: TerminateAtLoadBalancerTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    const certificate = issueAcme(scope, site, this.options);
    const topology = new TerminateAtLoadBalancer(scope, TOPOLOGY_ID, {
      ...pickSiteProps(site, TOPOLOGY_ID),
      certificate: ListenerCertificate.fromAcme(certificate),
      plainHttp: this.options.plainHttp,
      cipherSuite: this.options.cipherSuite,
    });
    return { nodeBalancer: topology.nodeBalancer, backendFirewall: topology.backendFirewall, certificate, certificateExpiry: certificate.notAfter, certificateWatch: certificate };
  }
}

class OwnCertificateChoice extends SiteTls {
  constructor(private readonly options: OwnCertificateTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    const topology = new TerminateAtLoadBalancer(scope, TOPOLOGY_ID, {
      ...pickSiteProps(site, TOPOLOGY_ID),
      certificate: this.options.certificate,
      plainHttp: this.options.plainHttp,
      cipherSuite: this.options.cipherSuite,
    });
    return { nodeBalancer: topology.nodeBalancer, backendFirewall: topology.backendFirewall, certificate: this.options.certificate };
  }
}

class PassthroughChoice extends SiteTls {
  constructor(private readonly options: PassthroughTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    check(site.adminSources !== undefined, scope, "adminSources", undefined, "SiteTls.passthrough pushes the certificate over SSH: give the site 'adminSources' that include the machine running terraform apply.");
    const certificate = issueAcme(scope, site, this.options);
    const { dnsChallenge: _c, email: _e, keyType: _k, renewal: _r, profile: _p, ...passthrough } = this.options;
    const topology = new TcpPassthrough(scope, TOPOLOGY_ID, {
      ...pickSiteProps(site, TOPOLOGY_ID),
      ...passthrough,
      adminSources: site.adminSources!,
      certificate: ListenerCertificate.fromAcme(certificate),
    });
    return { nodeBalancer: topology.nodeBalancer, backendFirewall: topology.backendFirewall, certificate, certificateExpiry: certificate.notAfter, certificateWatch: certificate };
  }
}

class CloudflareChoice extends SiteTls {
  constructor(private readonly options: CloudflareTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    const { zoneName, zoneId } = this.options;
    const zone = zoneId === undefined ? CloudflareZone.fromZoneName(scope, "Zone", zoneName) : CloudflareZone.fromZoneId(scope, "Zone", { zoneId, zoneName });
    const topology = new CloudflareInFront(scope, TOPOLOGY_ID, {
      ...pickSiteProps(site, TOPOLOGY_ID),
      zone,
      hostnames: site.domainNames,
      certificateValidity: this.options.certificateValidity,
      sslScope: this.options.sslScope,
      origin: this.options.origin,
      plainHttp: this.options.plainHttp,
      cipherSuite: this.options.cipherSuite,
      ipv6: this.options.ipv6,
    });
    return {
      nodeBalancer: topology.nodeBalancer,
      backendFirewall: topology.backendFirewall,
      certificate: topology.certificate,
      certificateExpiry: topology.certificate.expiresOn,
      certificateWatch: topology.certificate,
    };
  }
}
