import { dependable, type ITerraformDependable } from "cdktf";
import type { Construct } from "constructs";
import type { CertificatePush, CertificatePushOptions } from "../push/certificate-push";
import { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { AuthenticatedOriginPulls } from "../cloudflare/authenticated-origin-pulls";
import type { OriginCaCertificate } from "../cloudflare/origin-ca-certificate";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import { ProxyProtocol } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { check } from "../private/validation";
import { ClientAddressHeader } from "../push/web-server-site";
import { LoadBalancer } from "../site/load-balancer";
import { buildPassthroughOrigin } from "./passthrough-origin";
import type { PlainHttp } from "../site/plain-http";
import type { SiteProps } from "../site/site-props";
import type { CloudflareInFrontProps } from "./cloudflare-in-front";
import { httpsListeners } from "./terminate-at-load-balancer";

/** Options of {@link CloudflareOrigin.appServers}: how the Origin CA certificate reaches the backends. */
export interface AppServersOriginOptions extends CertificatePushOptions {
  /**
   * Validity in days of the zone's Authenticated Origin Pulls client certificate.
   * @default 1825
   */
  readonly clientCertificateValidityDays?: number;
}

/** What the origin side of a {@link CloudflareInFront} is given: its props (the origin reads `cipherSuite` and `backendPort`), with what it built. */
export interface CloudflareOriginSite extends SiteProps, Omit<CloudflareInFrontProps, keyof SiteProps | "plainHttp"> {
  /** The Origin CA certificate the origin serves. */
  readonly certificate: OriginCaCertificate;
  /** What happens to plain HTTP on port 80 (the default chosen). */
  readonly plainHttp: PlainHttp;
  /** The construct id of the topology (the label's default). */
  readonly id: string;
}

/** What the origin side built. */
export interface CloudflareOriginResult {
  readonly nodeBalancer: NodeBalancer;
  /** The NodeBalancer, its configs and the backend firewall. */
  readonly loadBalancer: LoadBalancer;
  readonly backendFirewall: CloudFirewall;
  /** What must exist before the DNS records send traffic. */
  readonly ready: readonly ITerraformDependable[];
  /** The certificate push to the backends; undefined when the NodeBalancer serves the certificate. */
  readonly push?: CertificatePush;
  /** The backends' web-server configuration; undefined when the NodeBalancer serves the certificate. */
  readonly webServerConfig?: string;
  /** Authenticated Origin Pulls; undefined when the NodeBalancer serves the certificate. */
  readonly originPulls?: AuthenticatedOriginPulls;
}

/**
 * Where Cloudflare's connections to the origin end, behind a {@link CloudflareInFront}.
 */
export abstract class CloudflareOrigin {
  /**
   * The NodeBalancer serves the Origin CA certificate on 443 (RSA only) and forwards plain HTTP to
   * the backends: the hop from the NodeBalancer to the servers is unencrypted, inside Linode's
   * private network.
   */
  public static nodeBalancer(): CloudflareOrigin {
    return new NodeBalancerOrigin();
  }

  /**
   * Encryption to the app servers: the NodeBalancer forwards 443 as TCP (no certificate there, so no
   * RSA-only limit) and every backend serves the Origin CA certificate, delivered by the same
   * certificate push as TCP passthrough. Authenticated Origin Pulls: Cloudflare presents the zone's
   * client certificate, and the backends refuse connections without it. No PROXY protocol (it would
   * carry Cloudflare's address): the backends take the visitor's address from `CF-Connecting-IP`.
   * Needs the site's `adminSources` for the push.
   */
  public static appServers(options: AppServersOriginOptions): CloudflareOrigin {
    return new AppServersOrigin(options);
  }

  protected constructor() {}

  /** Builds the origin under `scope`. */
  public abstract bind(scope: Construct, site: CloudflareOriginSite): CloudflareOriginResult;
}

class NodeBalancerOrigin extends CloudflareOrigin {
  public bind(scope: Construct, site: CloudflareOriginSite): CloudflareOriginResult {
    const origin = new LoadBalancer(scope, "LoadBalancer", {
      ...site,
      listeners: httpsListeners(ListenerCertificate.fromOriginCa(site.certificate), site.plainHttp, site),
    });
    return { nodeBalancer: origin.nodeBalancer, loadBalancer: origin, backendFirewall: origin.backendFirewall, ready: origin.configs.map((config) => config.resource) };
  }
}

class AppServersOrigin extends CloudflareOrigin {
  constructor(private readonly options: AppServersOriginOptions) {
    super();
  }

  public bind(scope: Construct, site: CloudflareOriginSite): CloudflareOriginResult {
    check(site.cipherSuite === undefined, scope, "cipherSuite", site.cipherSuite, "With CloudflareOrigin.appServers() the backends terminate TLS (the NodeBalancer forwards TCP): leave cipherSuite out and set ciphers in the web server.");
    const { clientCertificateValidityDays, ...push } = this.options;
    const originPulls = new AuthenticatedOriginPulls(scope, "OriginPulls", { zone: site.zone, validityDays: clientCertificateValidityDays });
    const { zone: _z, certificate, id, cipherSuite: _c, ...rest } = site;
    const origin = buildPassthroughOrigin(scope, id, {
      ...rest,
      ...push,
      certificate: ListenerCertificate.fromOriginCa(certificate),
      proxyProtocol: ProxyProtocol.NONE,
      clientCaCertificatePem: originPulls.clientCertificatePem,
      clientAddressHeader: ClientAddressHeader.CF_CONNECTING_IP,
    });
    // Cloudflare presents a new client certificate only once the backends trust it.
    originPulls.certificateUpload.dependsOn = [dependable(origin.push.resource)];
    return { ...origin, ready: [...origin.nodeBalancer.configs.map((config) => config.resource), originPulls.settings], originPulls };
  }
}
