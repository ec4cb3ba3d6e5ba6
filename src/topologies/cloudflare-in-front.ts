import { Annotations, Fn } from "cdktf";
import { Construct } from "constructs";
import type { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import type { CertificatePush } from "../push/certificate-push";
import type { AuthenticatedOriginPulls } from "../cloudflare/authenticated-origin-pulls";
import { CloudflareSslScope } from "../cloudflare/cloudflare-ssl-scope";
import type { ICloudflareZone } from "../cloudflare/cloudflare-zone";
import { OriginCaCertificate, type OriginCaKeyType, type OriginCaValidity } from "../cloudflare/origin-ca-certificate";
import { type EdgeTlsSettings, SslMode } from "../cloudflare/edge-tls";
import { CloudFirewall } from "../firewall/cloud-firewall";
import { FirewallSource, MAX_ADDRESSES_PER_RULE } from "../firewall/firewall-source";
import type { CipherSuite } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { isInZone, recordName } from "../private/hostname";
import { check, checkOneOf, isToken } from "../private/validation";
import { CloudflareOrigin } from "./cloudflare-origin";
import { PlainHttp } from "../site/plain-http";
import { pickSiteProps, type SiteProps } from "../site/site-props";
import { CertificateRenewer, SslOption, writeSiteContract } from "../contract/site-contract";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const dataCloudflareIpRangesBinding = (): typeof import("@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges") => require("@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges");
const dnsRecordBinding = (): typeof import("@cdktf/provider-cloudflare/lib/dns-record") => require("@cdktf/provider-cloudflare/lib/dns-record");

/** Props of a {@link CloudflareInFront}. */
export interface CloudflareInFrontProps extends SiteProps {
  /** The Cloudflare zone of the hostnames: `CloudflareZone.fromZoneName(...)` or `.fromZoneId(...)`. */
  readonly zone: ICloudflareZone;
  /**
   * The site's names, each inside the zone; each gets proxied A (and AAAA) records and is on the
   * Origin CA certificate. A wildcard (`*.example.com`) goes on the certificate only: add the
   * subdomains you serve as names of their own to get their records.
   */
  readonly hostnames: readonly string[];
  /**
   * Validity of the Origin CA certificate.
   * @default OriginCaValidity.FIFTEEN_YEARS
   */
  readonly certificateValidity?: OriginCaValidity;
  /**
   * Key type of the Origin CA certificate; the NodeBalancer serves RSA only.
   * @default OriginCaKeyType.RSA
   */
  readonly certificateKeyType?: OriginCaKeyType;
  /**
   * The port the backends serve on.
   * @default - 80 (plain HTTP) behind the NodeBalancer, 443 with `CloudflareOrigin.appServers(...)`
   */
  readonly backendPort?: number;
  /**
   * Where Cloudflare's connections end: the NodeBalancer, or every app server with Authenticated
   * Origin Pulls (encrypted to the servers).
   * @default CloudflareOrigin.nodeBalancer()
   */
  readonly origin?: CloudflareOrigin;
  /**
   * What happens to plain HTTP on port 80. With Always Use HTTPS, Cloudflare redirects visitors at
   * the edge and never sends plain HTTP to the origin, so port 80 stays closed.
   * @default PlainHttp.CLOSED
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite of the NodeBalancer's 443 config (with `CloudflareOrigin.nodeBalancer()` only).
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
  /**
   * Also publish proxied AAAA records pointing at the NodeBalancer's IPv6 address.
   * @default true
   */
  readonly ipv6?: boolean;
  /**
   * Where the edge TLS settings (Full (strict), the HTTPS redirect, the minimum TLS version) apply:
   * this site's hostnames only, or the whole zone (`CloudflareSslScope.zoneWide(...)`, with a warning).
   * @default CloudflareSslScope.hostnames(): Full (strict) and the HTTPS redirect for the site's hostnames
   */
  readonly sslScope?: CloudflareSslScope;
}

/**
 * SSL option 3: Cloudflare in front. Cloudflare terminates the visitors' TLS on proxied records
 * and connects to the origin over HTTPS (Full (strict), set for the site's hostnames only by
 * default), where a Cloudflare Origin CA certificate is served; a Cloud Firewall admits only
 * Cloudflare's address ranges (sorted, so a reordering is no diff) to the NodeBalancer.
 *
 * The origin is the NodeBalancer by default (option 1's listeners with the Origin CA certificate,
 * port 80 closed; the backends take plain HTTP from the NodeBalancers' range only), or with
 * `CloudflareOrigin.appServers(...)` every backend: TCP to the servers, the certificate pushed to
 * them, and Authenticated Origin Pulls verified by their web server. Needs the Linode, TLS and
 * Cloudflare providers.
 */
export class CloudflareInFront extends Construct {
  /** The zone the records and settings belong to. */
  public readonly zone: ICloudflareZone;
  /** The Origin CA certificate the NodeBalancer serves. */
  public readonly certificate: OriginCaCertificate;
  /** The NodeBalancer. */
  public readonly nodeBalancer: NodeBalancer;
  /** The proxied A and AAAA records, per hostname in the order given. */
  public readonly dnsRecords: readonly DnsRecord[];
  /** The edge TLS settings of the site (rules for its hostnames, or the zone's settings). */
  public readonly edgeSettings: EdgeTlsSettings;
  /** The certificate push to the backends; undefined when the NodeBalancer is the origin. */
  public readonly push?: CertificatePush;
  /** The backends' web-server configuration (with `CloudflareOrigin.appServers(...)` and a preset web server). */
  public readonly webServerConfig?: string;
  /** Authenticated Origin Pulls; undefined when the NodeBalancer is the origin. */
  public readonly originPulls?: AuthenticatedOriginPulls;
  /** The NodeBalancer's firewall: its ports are open to Cloudflare's ranges only. */
  public readonly nodeBalancerFirewall: CloudFirewall;
  /** The firewall of the backends. */
  public readonly backendFirewall: CloudFirewall;

  constructor(scope: Construct, id: string, props: CloudflareInFrontProps) {
    super(scope, id);
    this.zone = props.zone;
    this.certificate = new OriginCaCertificate(this, "Certificate", {
      hostnames: props.hostnames,
      keyType: props.certificateKeyType,
      validity: props.certificateValidity,
    });
    props.hostnames.forEach((name, i) => this.checkHostname(name, i));
    check(
      props.hostnames.some((name) => !name.startsWith("*.")),
      this,
      "hostnames",
      props.hostnames,
      "A wildcard goes on the certificate only and gets no DNS record, so nothing would send visitors to the site: add the names you serve next to it, e.g. ['*.example.com', 'www.example.com'].",
    );

    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    const plainHttp = props.plainHttp ?? PlainHttp.CLOSED;
    const sslScope = props.sslScope ?? CloudflareSslScope.hostnames();
    check(sslScope instanceof CloudflareSslScope, this, "sslScope", "not a CloudflareSslScope", "Use CloudflareSslScope.hostnames(...) or CloudflareSslScope.zoneWide(...).");
    const served = props.hostnames.filter((name) => !name.startsWith("*."));
    this.edgeSettings = sslScope.bind(this, "ZoneSettings", this.zone, served);
    this.checkOriginReachable(plainHttp);

    const originChoice = props.origin ?? CloudflareOrigin.nodeBalancer();
    check(originChoice instanceof CloudflareOrigin, this, "origin", "not a CloudflareOrigin", "Use CloudflareOrigin.nodeBalancer() or CloudflareOrigin.appServers({ sshCredentials, ... }).");
    const site = pickSiteProps(props, id);
    const origin = originChoice.bind(this, { ...props, ...site, id, zone: this.zone, certificate: this.certificate, plainHttp });
    this.nodeBalancer = origin.nodeBalancer;
    this.backendFirewall = origin.backendFirewall;
    this.push = origin.push;
    this.webServerConfig = origin.webServerConfig;
    this.originPulls = origin.originPulls;
    writeSiteContract(this, () => ({
      option: SslOption.CLOUDFLARE_IN_FRONT,
      hostnames: served,
      ...origin.loadBalancer.balancing,
      // Visitors meet Cloudflare's edge: it redirects 80 with Always Use HTTPS, and renews its own certificate.
      redirectsPlainHttp: this.edgeSettings.alwaysUseHttps,
      renewal: { renewer: CertificateRenewer.CLOUDFLARE_EDGE },
    }));
    // Records go live (and Cloudflare starts sending traffic) once the origin can serve it.
    const listenersReady = origin.ready;

    const addresses = [{ type: "A", content: this.nodeBalancer.ipv4Address }];
    if (props.ipv6 ?? true) addresses.push({ type: "AAAA", content: this.nodeBalancer.ipv6Address });
    this.dnsRecords = served.flatMap((name) =>
        addresses.map(({ type, content }) => new (dnsRecordBinding().DnsRecord)(this, `${type}-${name}`, { zoneId: this.zone.zoneId, name, type, content, proxied: true, ttl: 1, dependsOn: [...listenersReady] })),
      );

    const cloudflare = new (dataCloudflareIpRangesBinding().DataCloudflareIpRanges)(this, "CloudflareIpRanges", {});
    const nodeBalancer = this.nodeBalancer;
    this.nodeBalancerFirewall = new CloudFirewall(this, "NodeBalancerFirewall", {
      label: `${site.label}-cloudflare`,
      rules: [
        {
          label: "from-cloudflare",
          // Read at synth: a config added later with nodeBalancer.addConfig(...) is admitted too.
          get ports() {
            return nodeBalancer.configs.map((config) => config.port);
          },
          // Sorted: Cloudflare promises no order, and the firewall's lists are ordered.
          source: FirewallSource.lists(Fn.sort(cloudflare.ipv4Cidrs), Fn.sort(cloudflare.ipv6Cidrs)),
        },
      ],
      nodeBalancerIds: [this.nodeBalancer.nodeBalancerId],
    });
    const ranges = `length(${cloudflare.fqn}.ipv4_cidrs) + length(${cloudflare.fqn}.ipv6_cidrs)`;
    this.nodeBalancerFirewall.resource.lifecycle = {
      precondition: [
        {
          condition: `\${${ranges} <= ${MAX_ADDRESSES_PER_RULE}}`,
          errorMessage: `Cloudflare publishes more address ranges than one Linode firewall rule takes (${MAX_ADDRESSES_PER_RULE}, IPv4 and IPv6 together): split the from-cloudflare rule.`,
        },
      ],
    };
  }

  /** A hostname is a literal inside the zone; names deeper than Universal SSL covers get a warning. */
  private checkHostname(name: string, i: number): void {
    const prop = `hostnames[${i}]`;
    check(!isToken(name), this, prop, name, "Give literal names: they are checked against the zone and name the DNS records' Terraform addresses.");
    const zoneName = this.zone.zoneName;
    if (isToken(zoneName)) return;
    check(isInZone(name, zoneName), this, prop, name, `Each hostname must be '${zoneName}' or lie below it, such as 'www.${zoneName}': use a zone that contains it.`);
    if (recordName(name, zoneName).includes(".")) {
      Annotations.of(this).addWarning(
        `'${name}' is more than one level below '${zoneName}': Cloudflare's free Universal SSL edge certificate covers only '${zoneName}' and '*.${zoneName}', so it needs an Advanced certificate (Advanced Certificate Manager) at the edge, or visitors get TLS errors.`,
      );
    }
  }

  /** Cloudflare must be able to reach the origin with the zone's SSL mode. */
  private checkOriginReachable(plainHttp: PlainHttp): void {
    if (plainHttp !== PlainHttp.CLOSED) return;
    const mode = this.edgeSettings.sslMode;
    check(
      mode === SslMode.STRICT || mode === SslMode.FULL,
      this,
      "sslScope.sslMode",
      mode,
      "With SslMode.FLEXIBLE or SslMode.OFF Cloudflare reaches the origin over plain HTTP on port 80, which is closed: use SslMode.STRICT, or plainHttp: PlainHttp.FORWARD.",
    );
    if (!this.edgeSettings.alwaysUseHttps) {
      Annotations.of(this).addWarning(
        "alwaysUseHttps is off while port 80 is closed: plain http:// visitors get Cloudflare error 522 unless a redirect rule sends them to https://. Turn alwaysUseHttps on, or forward port 80 with PlainHttp.FORWARD.",
      );
    }
  }
}
