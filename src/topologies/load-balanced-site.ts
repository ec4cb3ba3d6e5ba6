import { Construct } from "constructs";
import type { ICertificateWatch } from "../certificates/certificate-watch";
import type { ICertificateSource } from "../certificates/certificate-source";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { checkNotEmpty, checkUnique } from "../private/validation";
import type { SiteDefinition, SiteTls } from "./site-tls";

/** Props of a {@link LoadBalancedSite}. */
export interface LoadBalancedSiteProps extends SiteDefinition {
  /** Where TLS lives: `SiteTls.terminateAtLoadBalancer(...)`, `.passthrough(...)`, `.cloudflare(...)` or `.ownCertificate(...)`. */
  readonly tls: SiteTls;
}

/**
 * A web site on several app servers behind a Linode NodeBalancer, described once, with the SSL
 * option chosen by one typed prop (`tls`). Outside a {@link SiteStack}, configure every provider
 * (`configureProviders(stack, Object.values(RequiredProvider))`) so that a switch of `tls` can
 * still destroy what the previous option left in the state.
 */
export class LoadBalancedSite extends Construct {
  /** The NodeBalancer. */
  public readonly nodeBalancer: NodeBalancer;
  /** The firewall of the backends. */
  public readonly backendFirewall: CloudFirewall;
  /** The certificate that is served. */
  public readonly certificate: ICertificateSource;
  /**
   * When the certificate expires, as the provider reports it (RFC 3339 for ACME): alert on it.
   * Undefined for `SiteTls.ownCertificate`, whose expiry the package does not know.
   */
  public readonly certificateExpiry?: string;
  /**
   * What to watch for the certificate: expiry, the ARI renewal window, the apply schedule and the
   * alert threshold. Undefined for `SiteTls.ownCertificate`.
   */
  public readonly certificateWatch?: ICertificateWatch;
  /** The NodeBalancer's public IPv4 address. */
  public readonly ipv4Address: string;
  /** The NodeBalancer's public IPv6 address. */
  public readonly ipv6Address: string;

  constructor(scope: Construct, id: string, props: LoadBalancedSiteProps) {
    super(scope, id);
    checkNotEmpty(this, "domainNames", props.domainNames, "Give the site's names, e.g. ['www.example.com', 'example.com'].");
    checkUnique(this, "domainNames", props.domainNames, "List each name once.");
    const built = props.tls.bind(this, { ...props, label: props.label ?? id });
    this.nodeBalancer = built.nodeBalancer;
    this.backendFirewall = built.backendFirewall;
    this.certificate = built.certificate;
    this.certificateExpiry = built.certificateExpiry;
    this.certificateWatch = built.certificateWatch;
    this.ipv4Address = built.nodeBalancer.ipv4Address;
    this.ipv6Address = built.nodeBalancer.ipv6Address;
  }
}
