/**
 * Baseline of SiteTls.cloudflare: zone lookup, Origin CA certificate (key, CSR, certificate), zone
 * TLS settings, HTTPS config only, proxied A/AAAA records, and a NodeBalancer firewall fed by
 * Cloudflare's IP ranges.
 */
import { type App, Token } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { DataCloudflareIpRanges } from "@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges";
import { DataCloudflareZone } from "@cdktf/provider-cloudflare/lib/data-cloudflare-zone";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { OriginCaCertificate } from "@cdktf/provider-cloudflare/lib/origin-ca-certificate";
import { ZoneSetting } from "@cdktf/provider-cloudflare/lib/zone-setting";
import { CertRequest } from "@cdktf/provider-tls/lib/cert-request";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Firewall } from "../../src/generated/providers/linode/firewall";
import { type BackendSpec, SITE } from "../common";
import { baseStack, HTTP_CHECK, loadBalancer, outputs } from "./shared";

export function build(app: App, backends: readonly BackendSpec[]): void {
  const stack = baseStack(app, {});
  new CloudflareProvider(stack, "cloudflare", {});
  const zone = new DataCloudflareZone(stack, "Zone", { filter: { name: SITE.zoneName } });
  const lifecycle = { createBeforeDestroy: true };
  const key = new PrivateKey(stack, "OriginKey", { algorithm: "RSA", rsaBits: 2048, lifecycle });
  const request = new CertRequest(stack, "OriginRequest", { privateKeyPem: key.privateKeyPem, subject: [{ commonName: SITE.domainNames[0] }], lifecycle });
  const certificate = new OriginCaCertificate(stack, "OriginCertificate", {
    csr: request.certRequestPem,
    hostnames: [...SITE.domainNames],
    requestType: "origin-rsa",
    requestedValidity: 5475,
    lifecycle,
  });
  for (const [settingId, value] of [["ssl", "strict"], ["always_use_https", "on"], ["min_tls_version", "1.2"]]) {
    new ZoneSetting(stack, `Setting-${settingId}`, { zoneId: zone.id, settingId, value: Token.asAny(value) });
  }
  const { nodeBalancer } = loadBalancer(stack, backends, [
    { id: "Https", backendPort: 80, port: 443, protocol: "https", ...HTTP_CHECK, cipherSuite: "recommended", sslCert: certificate.certificate, sslKey: key.privateKeyPem },
  ]);
  for (const name of SITE.domainNames) {
    for (const [type, content] of [["A", nodeBalancer.ipv4], ["AAAA", nodeBalancer.ipv6]]) {
      new DnsRecord(stack, `${type}-${name}`, { zoneId: zone.id, name, type, content, proxied: true, ttl: 1 });
    }
  }
  const ranges = new DataCloudflareIpRanges(stack, "CloudflareIpRanges", {});
  new Firewall(stack, "NodeBalancerFirewall", {
    label: `${SITE.label}-cloudflare`,
    inboundPolicy: "DROP",
    outboundPolicy: "ACCEPT",
    inbound: [{ label: "from-cloudflare", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ranges.ipv4Cidrs, ipv6: ranges.ipv6Cidrs }],
    nodebalancers: [Token.asNumber(nodeBalancer.id)],
  });
  outputs(stack, nodeBalancer, certificate.expiresOn);
}
