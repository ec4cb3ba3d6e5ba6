import type { Construct } from "constructs";
import { AcmeCertificate } from "../certificates/acme-certificate";
import type { ICertificateSource } from "../certificates/certificate-source";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import { CloudflareZone } from "../cloudflare/cloudflare-zone";
import { ListenerCertificate } from "../nodebalancer/listener-certificate";
import type { AcmeIssuance } from "../topologies/site-tls";
import { LkeCloudflareInFront, type LkeCloudflareInFrontProps } from "./lke-cloudflare-in-front";
import type { LkeSiteProps } from "./lke-site-props";
import { LkeTcpPassthrough, type LkeTcpPassthroughProps } from "./lke-tcp-passthrough";
import { LkeTerminateAtLoadBalancer, type LkeTerminateAtLoadBalancerProps } from "./lke-terminate-at-load-balancer";
import type { NodeBalancerService } from "./nodebalancer-service";
import type { TlsSecret } from "./tls-secret";

/** The props every LKE topology takes from the site, never from a TLS choice. */
type LkeSiteKey = keyof LkeSiteProps;

/** Options of {@link LkeSiteTls.terminateAtLoadBalancer}: the ACME issuance and every prop of {@link LkeTerminateAtLoadBalancerProps} but the site's and the certificate. */
export interface LkeTerminateAtLoadBalancerTls extends AcmeIssuance, Omit<LkeTerminateAtLoadBalancerProps, LkeSiteKey | "certificate"> {}

/** Options of {@link LkeSiteTls.passthrough}: the ACME issuance and every prop of {@link LkeTcpPassthroughProps} but the site's, the certificate and the host names (the site's `domainNames`). */
export interface LkePassthroughTls extends AcmeIssuance, Omit<LkeTcpPassthroughProps, LkeSiteKey | "certificate" | "hostnames"> {}

/** Options of {@link LkeSiteTls.cloudflare}: the zone, and every prop of {@link LkeCloudflareInFrontProps} but the site's, the zone and the host names. */
export interface LkeCloudflareTls extends Omit<LkeCloudflareInFrontProps, LkeSiteKey | "zone" | "hostnames"> {
  /** The Cloudflare zone every domain name lies in, e.g. `example.com`. */
  readonly zoneName: string;
  /**
   * The zone's id.
   * @default - looked up by name
   */
  readonly zoneId?: string;
}

/**
 * Options of {@link LkeSiteTls.ownCertificate}: every prop of {@link LkeTerminateAtLoadBalancerProps}
 * but the site's. The `certificate` is `ListenerCertificate.fromPem(...)` with references, RSA, full chain.
 */
export interface LkeOwnCertificateTls extends Omit<LkeTerminateAtLoadBalancerProps, LkeSiteKey> {}

/** The site as the facade hands it to the TLS choice. */
export interface LkeSiteDefinition extends LkeSiteProps {
  /** The site's names; the first is the certificate's common name. */
  readonly domainNames: readonly string[];
}

/** What an LKE TLS choice built. */
export interface LkeSiteTlsResult {
  /** The LoadBalancer Service (and so the NodeBalancer). */
  readonly service: NodeBalancerService;
  /** The TLS Secret. */
  readonly secret: TlsSecret;
  /** The certificate that is served. */
  readonly certificate: ICertificateSource;
  /** What to watch for the certificate; unknown for your own certificate. */
  readonly certificateWatch?: ICertificateWatch;
}

/**
 * Where TLS lives for an {@link LkeSite}: the same one-line choice as `SiteTls`, for a site on LKE
 * whose NodeBalancer the cloud controller builds. Every option builds the LoadBalancer Service and
 * the TLS Secret at the same Terraform addresses (`<site>/Tls/Service`, `<site>/Tls/Secret`) and
 * names, so a switch updates the Service in place and the CCM keeps its NodeBalancer (and IP).
 */
export abstract class LkeSiteTls {
  /** Option 1: a Let's Encrypt certificate (RSA) served by the NodeBalancer on 443; port 80 forwarded. */
  public static terminateAtLoadBalancer(options: LkeTerminateAtLoadBalancerTls): LkeSiteTls {
    return new TerminateChoice(options);
  }

  /** Option 2: TCP with PROXY protocol to Traefik, which serves a Let's Encrypt certificate. */
  public static passthrough(options: LkePassthroughTls): LkeSiteTls {
    return new PassthroughChoice(options);
  }

  /**
   * Option 3: Cloudflare in front with an Origin CA certificate on the NodeBalancer, or in Traefik with
   * Authenticated Origin Pulls (`origin: LkeCloudflareOrigin.traefik()`).
   */
  public static cloudflare(options: LkeCloudflareTls): LkeSiteTls {
    return new CloudflareChoice(options);
  }

  /** Option 1 with a certificate you manage yourself: nothing is issued or renewed. */
  public static ownCertificate(options: LkeOwnCertificateTls): LkeSiteTls {
    return new OwnCertificateChoice(options);
  }

  protected constructor() {}

  /** Builds the option under `scope` for `site`. */
  public abstract bind(scope: Construct, site: LkeSiteDefinition): LkeSiteTlsResult;
}

/** The construct id of every option's topology: the Service and the Secret keep their addresses across a switch. */
const TOPOLOGY_ID = "Tls";

function issueAcme(scope: Construct, site: LkeSiteDefinition, issuance: AcmeIssuance): AcmeCertificate {
  const [domainName, ...subjectAlternativeNames] = site.domainNames;
  return new AcmeCertificate(scope, "Certificate", { ...issuance, domainName, subjectAlternativeNames });
}

/** The site's props, with the name the site resolved (never the topology's id). */
function siteProps(site: LkeSiteDefinition): LkeSiteProps {
  const { domainNames: _names, ...props } = site;
  return props;
}

// Each choice forwards its options whole to the topology (the site's props last, so they win).

class TerminateChoice extends LkeSiteTls {
  constructor(private readonly options: LkeTerminateAtLoadBalancerTls) {
    super();
  }

  public bind(scope: Construct, site: LkeSiteDefinition): LkeSiteTlsResult {
    const certificate = issueAcme(scope, site, this.options);
    const topology = new LkeTerminateAtLoadBalancer(scope, TOPOLOGY_ID, { ...this.options, ...siteProps(site), certificate: ListenerCertificate.fromAcme(certificate) });
    return { service: topology.service, secret: topology.secret, certificate, certificateWatch: certificate };
  }
}

class OwnCertificateChoice extends LkeSiteTls {
  constructor(private readonly options: LkeOwnCertificateTls) {
    super();
  }

  public bind(scope: Construct, site: LkeSiteDefinition): LkeSiteTlsResult {
    const topology = new LkeTerminateAtLoadBalancer(scope, TOPOLOGY_ID, { ...this.options, ...siteProps(site) });
    return { service: topology.service, secret: topology.secret, certificate: this.options.certificate };
  }
}

class PassthroughChoice extends LkeSiteTls {
  constructor(private readonly options: LkePassthroughTls) {
    super();
  }

  public bind(scope: Construct, site: LkeSiteDefinition): LkeSiteTlsResult {
    const certificate = issueAcme(scope, site, this.options);
    const topology = new LkeTcpPassthrough(scope, TOPOLOGY_ID, { ...this.options, ...siteProps(site), hostnames: site.domainNames, certificate: ListenerCertificate.fromAcme(certificate) });
    return { service: topology.service, secret: topology.secret, certificate, certificateWatch: certificate };
  }
}

class CloudflareChoice extends LkeSiteTls {
  constructor(private readonly options: LkeCloudflareTls) {
    super();
  }

  public bind(scope: Construct, site: LkeSiteDefinition): LkeSiteTlsResult {
    const { zoneName, zoneId } = this.options;
    const zone = zoneId === undefined ? CloudflareZone.fromZoneName(scope, "Zone", zoneName) : CloudflareZone.fromZoneId(scope, "Zone", { zoneId, zoneName });
    const topology = new LkeCloudflareInFront(scope, TOPOLOGY_ID, { ...this.options, ...siteProps(site), zone, hostnames: site.domainNames });
    return { service: topology.service, secret: topology.secret, certificate: topology.certificate, certificateWatch: topology.certificate };
  }
}
