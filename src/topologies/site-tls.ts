import type { Construct } from "constructs";
import { AcmeCertificate, type AcmeCertificateProps } from "../certificates/acme-certificate";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import type { ICertificateSource } from "../certificates/certificate-source";
import { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { CloudflareZone } from "../cloudflare/cloudflare-zone";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { check } from "../private/validation";
import { CloudflareInFront, type CloudflareInFrontProps } from "./cloudflare-in-front";
import { pickSiteProps, type SiteProps } from "../site/site-props";
import { TcpPassthrough, type TcpPassthroughProps } from "./tcp-passthrough";
import { TerminateAtLoadBalancer, type TerminateAtLoadBalancerProps } from "./terminate-at-load-balancer";

/** The props every topology takes from the site (`LoadBalancedSiteProps`), never from a TLS choice. */
type SiteKey = keyof SiteProps;

/**
 * How the Let's Encrypt certificate of options 1 and 2 is issued: every prop of
 * {@link AcmeCertificateProps} but the names, which come from the site's `domainNames`.
 */
export interface AcmeIssuance extends Omit<AcmeCertificateProps, "domainName" | "subjectAlternativeNames"> {}

/** Options of {@link SiteTls.terminateAtLoadBalancer}: the ACME issuance and every prop of {@link TerminateAtLoadBalancerProps} but the site's and the certificate. */
export interface TerminateAtLoadBalancerTls extends AcmeIssuance, Omit<TerminateAtLoadBalancerProps, SiteKey | "certificate"> {}

/** Options of {@link SiteTls.passthrough}: the ACME issuance and every prop of {@link TcpPassthroughProps} but the site's and the certificate. */
export interface PassthroughTls extends AcmeIssuance, Omit<TcpPassthroughProps, SiteKey | "certificate"> {}

/** Options of {@link SiteTls.cloudflare}: the zone, and every prop of {@link CloudflareInFrontProps} but the site's, the zone and the hostnames (the site's `domainNames`). */
export interface CloudflareTls extends Omit<CloudflareInFrontProps, SiteKey | "zone" | "hostnames"> {
  /** The Cloudflare zone every domain name lies in, e.g. `example.com`. */
  readonly zoneName: string;
  /**
   * The zone's id.
   * @default - looked up by name
   */
  readonly zoneId?: string;
}

/**
 * Options of {@link SiteTls.ownCertificate}: every prop of {@link TerminateAtLoadBalancerProps} but
 * the site's. The `certificate` is `ListenerCertificate.fromPem(...)` with references (a sensitive
 * `TerraformVariable`, `Fn.file(...)`), RSA, full chain.
 */
export interface OwnCertificateTls extends Omit<TerminateAtLoadBalancerProps, SiteKey> {}

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

/** The site's certificate; the issuance's props are forwarded whole, so none can be dropped. */
function issueAcme(scope: Construct, site: SiteDefinition, issuance: AcmeIssuance): AcmeCertificate {
  const [domainName, ...subjectAlternativeNames] = site.domainNames;
  return new AcmeCertificate(scope, "Certificate", { ...issuance, domainName, subjectAlternativeNames });
}

// Each choice forwards its options whole to the topology (the site's props last, so they win): a
// prop added to a topology's props reaches it from the facade without another declaration.

class TerminateAtLoadBalancerChoice extends SiteTls {
  constructor(private readonly options: TerminateAtLoadBalancerTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    const certificate = issueAcme(scope, site, this.options);
    const topology = new TerminateAtLoadBalancer(scope, TOPOLOGY_ID, { ...this.options, ...pickSiteProps(site, TOPOLOGY_ID), certificate: ListenerCertificate.fromAcme(certificate) });
    return { nodeBalancer: topology.nodeBalancer, backendFirewall: topology.backendFirewall, certificate, certificateExpiry: certificate.notAfter, certificateWatch: certificate };
  }
}

class OwnCertificateChoice extends SiteTls {
  constructor(private readonly options: OwnCertificateTls) {
    super();
  }

  public bind(scope: Construct, site: SiteDefinition): SiteTlsResult {
    const topology = new TerminateAtLoadBalancer(scope, TOPOLOGY_ID, { ...this.options, ...pickSiteProps(site, TOPOLOGY_ID) });
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
    const topology = new TcpPassthrough(scope, TOPOLOGY_ID, {
      ...this.options,
      ...pickSiteProps(site, TOPOLOGY_ID),
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
    const topology = new CloudflareInFront(scope, TOPOLOGY_ID, { ...this.options, ...pickSiteProps(site, TOPOLOGY_ID), zone, hostnames: site.domainNames });
    return {
      nodeBalancer: topology.nodeBalancer,
      backendFirewall: topology.backendFirewall,
      certificate: topology.certificate,
      certificateExpiry: topology.certificate.expiresOn,
      certificateWatch: topology.certificate,
    };
  }
}
