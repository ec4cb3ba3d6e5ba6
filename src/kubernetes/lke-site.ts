import { Construct } from "constructs";
import type { ICertificateSource } from "../certificates/certificate-source";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import { check, checkNotEmpty } from "../private/validation";
import type { LkeSiteProps } from "./lke-site-props";
import { LkeSiteTls } from "./lke-site-tls";
import type { NodeBalancerService } from "./nodebalancer-service";
import type { TlsSecret } from "./tls-secret";

/** Props of an {@link LkeSite}. */
export interface LkeSiteConstructProps extends LkeSiteProps {
  /** The site's names; the first is the certificate's common name. */
  readonly domainNames: readonly string[];
  /** Where TLS lives: `LkeSiteTls.terminateAtLoadBalancer(...)`, `.passthrough(...)`, `.cloudflare(...)` or `.ownCertificate(...)`. */
  readonly tls: LkeSiteTls;
}

/**
 * A site on LKE, with TLS decided by one line (`tls`): the LKE counterpart of `LoadBalancedSite`.
 * The NodeBalancer belongs to the cluster's cloud controller; the site owns the LoadBalancer Service
 * that asks for it, the TLS Secret and, for options 2 and 3 with Traefik, Traefik.
 */
export class LkeSite extends Construct {
  /** The LoadBalancer Service. */
  public readonly service: NodeBalancerService;
  /** The TLS Secret. */
  public readonly secret: TlsSecret;
  /** The NodeBalancer's IPv4 address (from the Service's status). */
  public readonly ipv4Address: string;
  /** The certificate that is served. */
  public readonly certificate: ICertificateSource;
  /** What to watch for the certificate; undefined for your own certificate. */
  public readonly certificateWatch?: ICertificateWatch;

  constructor(scope: Construct, id: string, props: LkeSiteConstructProps) {
    super(scope, id);
    checkNotEmpty(this, "domainNames", props.domainNames, "Give the site's names, e.g. ['www.example.com', 'example.com'].");
    check(props.tls instanceof LkeSiteTls, this, "tls", "not an LkeSiteTls", "Use LkeSiteTls.terminateAtLoadBalancer(...), .passthrough(...), .cloudflare(...) or .ownCertificate(...).");
    const { tls, ...site } = props;
    const result = tls.bind(this, { ...site, name: props.name ?? id.toLowerCase() });
    this.service = result.service;
    this.secret = result.secret;
    this.ipv4Address = result.service.ipv4Address;
    this.certificate = result.certificate;
    this.certificateWatch = result.certificateWatch;
  }
}
