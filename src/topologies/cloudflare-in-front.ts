import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { DataCloudflareIpRanges } from "@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { ListenerCertificate } from "../certificates/listener-certificate";
import type { ICloudflareZone } from "../cloudflare/cloudflare-zone";
import { OriginCaCertificate, type OriginCaKeyType, type OriginCaValidity } from "../cloudflare/origin-ca-certificate";
import { SslMode, ZoneSslSettings, type ZoneSslSettingsOptions } from "../cloudflare/zone-ssl-settings";
import { CloudFirewall } from "../firewall/cloud-firewall";
import { FirewallSource } from "../firewall/firewall-source";
import type { CipherSuite } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { isInZone, recordName } from "../private/hostname";
import { check, checkOneOf, isToken } from "../private/validation";
import { PlainHttp } from "./plain-http";
import { LoadBalancer } from "./load-balancer";
import { pickSiteProps, type SiteProps } from "./site-props";
import { httpsListeners } from "./terminate-at-load-balancer";

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
   * The port the backends serve plain HTTP on.
   * @default 80
   */
  readonly backendPort?: number;
  /**
   * What happens to plain HTTP on port 80. With Always Use HTTPS, Cloudflare redirects visitors at
   * the edge and never sends plain HTTP to the origin, so port 80 stays closed.
   * @default PlainHttp.CLOSED
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite on 443.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
  /**
   * Also publish proxied AAAA records pointing at the NodeBalancer's IPv6 address.
   * @default true
   */
  readonly ipv6?: boolean;
  /**
   * The zone's TLS settings (zone-wide: they apply to every hostname of the zone).
   * @default - Full (strict), Always Use HTTPS, TLS 1.2 minimum
   */
  readonly zoneSettings?: ZoneSslSettingsOptions;
}

/**
 * SSL option 3: Cloudflare in front. Cloudflare terminates the visitors' TLS on proxied records
 * and connects to the NodeBalancer over HTTPS (Full (strict)), where a Cloudflare Origin CA
 * certificate is served on 443; a Cloud Firewall admits only Cloudflare's address ranges to the
 * NodeBalancer, and the backends take plain HTTP from the NodeBalancers' range only.
 *
 * The NodeBalancer part is option 1 ({@link TerminateAtLoadBalancer}) with the Origin CA
 * certificate and port 80 closed by default. Needs the Linode, TLS and Cloudflare providers.
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
  /** The zone's TLS settings. */
  public readonly zoneSettings: ZoneSslSettings;
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
    this.zoneSettings = new ZoneSslSettings(this, "ZoneSettings", { ...props.zoneSettings, zone: this.zone });
    this.checkOriginReachable(plainHttp);

    const site = pickSiteProps(props, id);
    const origin = new LoadBalancer(this, "LoadBalancer", {
      ...site,
      listeners: httpsListeners(ListenerCertificate.fromOriginCa(this.certificate), plainHttp, props),
    });
    this.nodeBalancer = origin.nodeBalancer;
    this.backendFirewall = origin.backendFirewall;
    // Records go live (and Cloudflare starts sending traffic) once the origin can serve it.
    const listenersReady = origin.configs.map((config) => config.resource);

    const addresses = [{ type: "A", content: this.nodeBalancer.ipv4Address }];
    if (props.ipv6 ?? true) addresses.push({ type: "AAAA", content: this.nodeBalancer.ipv6Address });
    this.dnsRecords = props.hostnames
      .filter((name) => !name.startsWith("*."))
      .flatMap((name) =>
        addresses.map(({ type, content }) => new DnsRecord(this, `${type}-${name}`, { zoneId: this.zone.zoneId, name, type, content, proxied: true, ttl: 1, dependsOn: listenersReady })),
      );

    const cloudflare = new DataCloudflareIpRanges(this, "CloudflareIpRanges", {});
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
          source: FirewallSource.lists(cloudflare.ipv4Cidrs, cloudflare.ipv6Cidrs),
        },
      ],
      nodeBalancerIds: [this.nodeBalancer.nodeBalancerId],
    });
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
    const mode = this.zoneSettings.sslMode;
    check(
      mode === SslMode.STRICT || mode === SslMode.FULL,
      this,
      "zoneSettings.sslMode",
      mode,
      "With SslMode.FLEXIBLE or SslMode.OFF Cloudflare reaches the origin over plain HTTP on port 80, which is closed: use SslMode.STRICT, or plainHttp: PlainHttp.FORWARD.",
    );
    if (!this.zoneSettings.alwaysUseHttps) {
      Annotations.of(this).addWarning(
        "alwaysUseHttps is off while port 80 is closed: plain http:// visitors get Cloudflare error 522 unless a redirect rule sends them to https://. Turn alwaysUseHttps on, or forward port 80 with PlainHttp.FORWARD.",
      );
    }
  }
}
