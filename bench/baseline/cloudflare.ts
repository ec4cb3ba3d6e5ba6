/**
 * Baseline of SiteTls.cloudflare: zone lookup, Origin CA certificate (key, CSR, certificate), the
 * site's SSL mode and HTTPS redirect as two zone rulesets (per-hostname scope, the default), HTTPS
 * config only, proxied A/AAAA records, and a NodeBalancer firewall fed by Cloudflare's (sorted) ranges.
 */
import { type App, Fn, Token } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { DataCloudflareIpRanges } from "@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges";
import { DataCloudflareZone } from "@cdktf/provider-cloudflare/lib/data-cloudflare-zone";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { OriginCaCertificate } from "@cdktf/provider-cloudflare/lib/origin-ca-certificate";
import { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";
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
  const hosts = `(http.host in {${[...SITE.domainNames].sort().map((n) => `"${n}"`).join(" ")}})`;
  new Ruleset(stack, "ConfigRules", {
    zoneId: zone.id,
    kind: "zone",
    name: "configuration rules",
    phase: "http_config_settings",
    rules: [{ action: "set_config", actionParameters: { ssl: "strict" }, expression: hosts, enabled: true }],
  });
  new Ruleset(stack, "RedirectRules", {
    zoneId: zone.id,
    kind: "zone",
    name: "redirects",
    phase: "http_request_dynamic_redirect",
    rules: [
      {
        action: "redirect",
        actionParameters: { fromValue: { statusCode: 301, preserveQueryString: true, targetUrl: { expression: 'concat("https://", http.host, http.request.uri.path)' } } },
        expression: `${hosts} and not ssl`,
        enabled: true,
      },
    ],
  });
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
    inbound: [{ label: "from-cloudflare", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: Fn.sort(ranges.ipv4Cidrs), ipv6: Fn.sort(ranges.ipv6Cidrs) }],
    nodebalancers: [Token.asNumber(nodeBalancer.id)],
  });
  outputs(stack, nodeBalancer, certificate.expiresOn);
}
