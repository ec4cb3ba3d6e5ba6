import { Annotations, dependable, Fn } from "cdktf";
import { Construct } from "constructs";
import { DataCloudflareIpRanges } from "@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { AuthenticatedOriginPulls } from "../cloudflare/authenticated-origin-pulls";
import { CloudflareSslScope } from "../cloudflare/cloudflare-ssl-scope";
import type { ICloudflareZone } from "../cloudflare/cloudflare-zone";
import { type EdgeTlsSettings, SslMode } from "../cloudflare/edge-tls";
import { OriginCaCertificate, type OriginCaKeyType, type OriginCaValidity } from "../cloudflare/origin-ca-certificate";
import type { ServiceV1 } from "../generated/providers/kubernetes/service-v1";
import { Protocol, ProxyProtocol } from "../nodebalancer/enums";
import { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { isInZone } from "../private/hostname";
import { check, checkNotEmpty, checkOneOf, isToken } from "../private/validation";
import { PlainHttp } from "../site/plain-http";
import { ServiceFirewall } from "./ccm/service-firewall";
import { appService, checkLkeSite, type LkeSiteProps, pickLkeSiteProps } from "./lke-site-props";
import type { LkeTraefikOptions } from "./lke-tcp-passthrough";
import { NodeBalancerService, type NodeBalancerServicePort } from "./nodebalancer-service";
import { TlsSecret } from "./tls-secret";
import { Traefik, TRAEFIK_WEBSECURE_PORT } from "./traefik";

/** Options of {@link LkeCloudflareOrigin.traefik}. */
export interface LkeTraefikOriginOptions {
  /**
   * Authenticated Origin Pulls: Cloudflare presents the zone's own client certificate, and Traefik
   * requires it (`tlsOptions.default.clientAuth`), so only this zone's Cloudflare connections pass.
   * @default true
   */
  readonly authenticatedOriginPulls?: boolean;
  /**
   * Validity of the AOP client certificate in days; an apply within 30 days of its expiry replaces it.
   * @default 1825
   */
  readonly originPullsValidityDays?: number;
  /**
   * Traefik's release.
   * @default - release `traefik`, chart TRAEFIK_CHART_VERSION, no additional values
   */
  readonly traefik?: LkeTraefikOptions;
}

/** Where Cloudflare's connections end on LKE: at the NodeBalancer, or in Traefik (optionally with AOP). */
export class LkeCloudflareOrigin {
  /** The NodeBalancer terminates TLS with the Origin CA certificate (RSA): option 1's annotations. */
  public static nodeBalancer(): LkeCloudflareOrigin {
    return new LkeCloudflareOrigin(undefined);
  }

  /**
   * TCP to Traefik (PROXY protocol v2), which serves the Origin CA certificate (RSA or ECC) and, by
   * default, requires Cloudflare's Authenticated Origin Pulls client certificate.
   */
  public static traefik(options: LkeTraefikOriginOptions = {}): LkeCloudflareOrigin {
    return new LkeCloudflareOrigin(options);
  }

  protected constructor(
    /** Traefik's options; undefined when the NodeBalancer is the origin. */
    public readonly traefikOptions: LkeTraefikOriginOptions | undefined,
  ) {}
}

/** Props of an {@link LkeCloudflareInFront}. */
export interface LkeCloudflareInFrontProps extends LkeSiteProps {
  /** The Cloudflare zone of the host names. */
  readonly zone: ICloudflareZone;
  /** The site's host names, in the zone; proxied A records point them at the NodeBalancer. */
  readonly hostnames: readonly string[];
  /**
   * Validity of the Origin CA certificate.
   * @default OriginCaValidity.FIFTEEN_YEARS
   */
  readonly certificateValidity?: OriginCaValidity;
  /**
   * Key type of the Origin CA certificate: RSA where the NodeBalancer serves it.
   * @default OriginCaKeyType.RSA
   */
  readonly certificateKeyType?: OriginCaKeyType;
  /**
   * Where Cloudflare's connections end.
   * @default LkeCloudflareOrigin.nodeBalancer()
   */
  readonly origin?: LkeCloudflareOrigin;
  /**
   * The edge TLS settings: Full (strict) for the site's host names, or zone-wide.
   * @default CloudflareSslScope.hostnames()
   */
  readonly sslScope?: CloudflareSslScope;
  /**
   * Port 80 at the NodeBalancer (NodeBalancer origin only): closed (Cloudflare redirects with Always
   * Use HTTPS), or forwarded to the pods.
   * @default PlainHttp.CLOSED
   */
  readonly plainHttp?: PlainHttp;
}

/**
 * Option 3 on LKE: Cloudflare in front. Proxied DNS records to the NodeBalancer, SSL mode Full
 * (strict), an Origin CA certificate in a TLS Secret, and the NodeBalancer's firewall as a CCM
 * `firewall-acl` allow list of Cloudflare's address ranges (`data.cloudflare_ip_ranges`, sorted).
 * The origin is the NodeBalancer (option 1's annotations) or Traefik over TCP with Authenticated
 * Origin Pulls.
 */
export class LkeCloudflareInFront extends Construct {
  /** The Origin CA certificate. */
  public readonly certificate: OriginCaCertificate;
  /** The Secret holding it. */
  public readonly secret: TlsSecret;
  /** The LoadBalancer Service (and so the NodeBalancer). */
  public readonly service: NodeBalancerService;
  /** The edge TLS settings. */
  public readonly edgeSettings: EdgeTlsSettings;
  /** The proxied A records, per host name (wildcards get none). */
  public readonly dnsRecords: readonly DnsRecord[];
  /** Traefik, with `LkeCloudflareOrigin.traefik(...)`. */
  public readonly traefik?: Traefik;
  /** The app's ClusterIP Service, with `LkeCloudflareOrigin.traefik(...)`. */
  public readonly appService?: ServiceV1;
  /** Authenticated Origin Pulls, with `LkeCloudflareOrigin.traefik()` unless turned off. */
  public readonly originPulls?: AuthenticatedOriginPulls;

  constructor(scope: Construct, id: string, props: LkeCloudflareInFrontProps) {
    super(scope, id);
    const site = pickLkeSiteProps(props, id);
    checkLkeSite(this, site);
    checkNotEmpty(this, "hostnames", props.hostnames, "Give the site's host names, e.g. ['example.com', 'www.example.com'].");
    const zoneName = props.zone.zoneName;
    props.hostnames.forEach((name, i) => {
      check(!isToken(name), this, `hostnames[${i}]`, name, "Give literal names: they name the DNS records' Terraform addresses.");
      check(isToken(zoneName) || isInZone(name, zoneName), this, `hostnames[${i}]`, name, `Each hostname must be '${zoneName}' or lie below it: use a zone that contains it.`);
    });
    const served = props.hostnames.filter((name) => !name.startsWith("*."));
    check(served.length > 0, this, "hostnames", props.hostnames, "A wildcard gets no DNS record: add the names you serve next to it.");
    const origin = props.origin ?? LkeCloudflareOrigin.nodeBalancer();
    check(origin instanceof LkeCloudflareOrigin, this, "origin", "not an LkeCloudflareOrigin", "Use LkeCloudflareOrigin.nodeBalancer() or LkeCloudflareOrigin.traefik(...).");
    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    const plainHttp = props.plainHttp ?? PlainHttp.CLOSED;
    const traefikOptions = origin.traefikOptions;
    check(traefikOptions === undefined || props.plainHttp === undefined, this, "plainHttp", props.plainHttp, "Traefik as the origin takes 443 only (Cloudflare's Always Use HTTPS redirects): leave 'plainHttp' out.");

    const sslScope = props.sslScope ?? CloudflareSslScope.hostnames();
    this.edgeSettings = sslScope.bind(this, "ZoneSettings", props.zone, served);
    if (plainHttp === PlainHttp.CLOSED) {
      check(this.edgeSettings.sslMode === SslMode.STRICT || this.edgeSettings.sslMode === SslMode.FULL, this, "sslScope.sslMode", this.edgeSettings.sslMode, "Cloudflare would reach the origin over plain HTTP on port 80, which is closed: use SslMode.STRICT.");
      if (!this.edgeSettings.alwaysUseHttps) {
        Annotations.of(this).addWarning(`${this.node.path}: doubtful 'sslScope.alwaysUseHttps': received false. Port 80 is closed at the origin: plain http:// visitors get Cloudflare error 522. Turn alwaysUseHttps on.`);
      }
    }

    this.certificate = new OriginCaCertificate(this, "Certificate", { hostnames: props.hostnames, keyType: props.certificateKeyType, validity: props.certificateValidity });
    this.secret = new TlsSecret(this, "Secret", { name: `${site.name}-tls`, namespace: site.namespace, certificate: ListenerCertificate.fromOriginCa(this.certificate) });
    const ranges = new DataCloudflareIpRanges(this, "CloudflareIpRanges", {});
    // Sorted: Cloudflare promises no order, and a reordering must not change the annotation.
    const firewall = ServiceFirewall.allowList({ ipv4: Fn.sort(ranges.ipv4Cidrs), ipv6: Fn.sort(ranges.ipv6Cidrs) });

    let selector = site.app.podSelector;
    let ports: NodeBalancerServicePort[];
    let proxied: { defaultProtocol: Protocol; defaultProxyProtocol: ProxyProtocol } | undefined;
    if (traefikOptions === undefined) {
      ports = [{ port: 443, targetPort: site.app.port, protocol: Protocol.HTTPS, tlsSecret: this.secret }];
      if (plainHttp === PlainHttp.FORWARD) ports.push({ port: 80, targetPort: site.app.port, protocol: Protocol.HTTP });
    } else {
      if (traefikOptions.authenticatedOriginPulls ?? true) {
        this.originPulls = new AuthenticatedOriginPulls(this, "OriginPulls", { zone: props.zone, validityDays: traefikOptions.originPullsValidityDays });
      } else {
        check(traefikOptions.originPullsValidityDays === undefined, this, "origin.originPullsValidityDays", traefikOptions.originPullsValidityDays, "It applies to Authenticated Origin Pulls only: leave it out, or turn authenticatedOriginPulls on.");
      }
      this.appService = appService(this, site);
      this.traefik = new Traefik(this, "Traefik", {
        ...traefikOptions.traefik,
        namespace: site.namespace,
        defaultCertificate: this.secret,
        route: { hostnames: props.hostnames, serviceName: `${site.name}-app`, servicePort: site.app.port },
        redirectToHttps: false,
        clientCaPem: this.originPulls?.clientCertificatePem,
      });
      // Traefik trusts the client certificate before Cloudflare starts presenting it.
      if (this.originPulls !== undefined) this.originPulls.certificateUpload.dependsOn = [dependable(this.traefik.resource)];
      selector = this.traefik.podSelector;
      ports = [{ port: 443, targetPort: TRAEFIK_WEBSECURE_PORT }];
      proxied = { defaultProtocol: Protocol.TCP, defaultProxyProtocol: ProxyProtocol.V2 };
    }
    this.service = new NodeBalancerService(this, "Service", {
      ...site.options,
      ...proxied,
      name: site.name,
      namespace: site.namespace,
      selector,
      ports,
      firewall,
      certificateFingerprint: this.secret.fingerprint,
    });
    if (this.traefik !== undefined) this.service.resource.dependsOn = [...(this.service.resource.dependsOn ?? []), dependable(this.traefik.resource)];
    this.dnsRecords = served.map((name) => new DnsRecord(this, `A-${name}`, { zoneId: props.zone.zoneId, name, type: "A", content: this.service.ipv4Address, proxied: true, ttl: 1 }));
  }
}
