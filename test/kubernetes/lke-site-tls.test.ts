import { Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import { AcmeDnsChallenge, AcmeKeyType, AcmeServer, CertificateProfile, PlainHttp } from "../../src";
import { CERTIFICATE_SHA256_ANNOTATION, ClusterAccess, LkeCloudflareOrigin, LkeSiteStack, LkeSiteTls, ServiceFirewall, type LkeSiteConstructProps } from "../../src/kubernetes";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { warningsOf } from "../support/fixtures";
import { APP, only, ownCertificate } from "./lke-fixtures";

const ANN = "service.beta.kubernetes.io/linode-loadbalancer-";

const choices = {
  terminate: () => LkeSiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode() }),
  passthrough: () => LkeSiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode() }),
  cloudflare: () => LkeSiteTls.cloudflare({ zoneName: "example.com" }),
  aop: () => LkeSiteTls.cloudflare({ zoneName: "example.com", origin: LkeCloudflareOrigin.traefik() }),
};
type Choice = keyof typeof choices;

function siteStack(tls: LkeSiteTls, overrides: Partial<LkeSiteConstructProps> = {}): LkeSiteStack {
  const stack = new LkeSiteStack(Testing.app(), "shop", { clusterAccess: ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml"), acmeServer: AcmeServer.LETS_ENCRYPT_STAGING });
  stack.addSite({ domainNames: ["www.example.com", "example.com"], namespace: "shop", app: APP, nodePortsFirewalled: true, tls, ...overrides });
  return stack;
}

function synthSite(tls: LkeSiteTls, overrides: Partial<LkeSiteConstructProps> = {}): SynthesizedStack {
  return synthJson(siteStack(tls, overrides));
}

/** The LoadBalancer Service: its address and body. */
function loadBalancer(json: SynthesizedStack): [string, { metadata: { name: string; namespace: string; annotations: Record<string, string> }; spec: { selector: Record<string, string>; port: { port: number; target_port: string }[] } }] {
  const entries = Object.entries(resourcesOfType(json, "kubernetes_service_v1")).filter(([, s]) => (s.spec as { type: string }).type === "LoadBalancer");
  expect(entries).toHaveLength(1);
  return entries[0] as never;
}

describe("LkeSiteTls: one line picks the option", () => {
  test("option 1: https with the Secret on 443, http on 80, an ACME certificate, the fingerprint of its chain", () => {
    const json = synthSite(choices.terminate());
    const [, service] = loadBalancer(json);
    const [, secret] = only(json, "kubernetes_secret_v1");
    expect(service.metadata.name).toBe("shop");
    expect(service.metadata.annotations[`${ANN}port-443`]).toBe('{"protocol":"https","tls-secret-name":"shop-tls"}');
    expect(service.metadata.annotations[`${ANN}port-80`]).toBe('{"protocol":"http"}');
    const chain = (secret.data_wo as Record<string, string>)["tls.crt"];
    expect(chain).toMatch(/^\$\{acme_certificate\.\w+\.certificate_pem\}\$\{acme_certificate\.\w+\.issuer_pem\}$/);
    expect(service.metadata.annotations[CERTIFICATE_SHA256_ANNOTATION]).toBe(`\${sha256("${chain}")}`);
    expect(secret.metadata).toEqual({ name: "shop-tls", namespace: service.metadata.namespace });
    expect(service.spec.selector).toEqual(APP.podSelector);
    expect(Object.keys(json.output ?? {})).toEqual(expect.arrayContaining(["nodebalancer_ipv4", "certificate_not_after", "apply_schedule", "expiry_alert_hours"]));
  });

  test("option 1 with an ECDSA key is refused where the NodeBalancer terminates", () => {
    expect(() => synthSite(LkeSiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), keyType: AcmeKeyType.EC_P256 }))).toThrow(
      `shop/Site/Tls/Service: invalid 'ports[0].tlsSecret.keyAlgorithm': received "ECDSA". NodeBalancers serve RSA certificates only: issue the certificate with an RSA key.`,
    );
  });

  test("option 2: tcp with PROXY protocol v2 to Traefik, which serves the Secret (ECDSA allowed) and routes to the app", () => {
    const json = synthSite(LkeSiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), keyType: AcmeKeyType.EC_P256 }));
    const [, service] = loadBalancer(json);
    expect(service.metadata.annotations).toMatchObject({ [`${ANN}default-protocol`]: "tcp", [`${ANN}default-proxy-protocol`]: "v2" });
    expect(service.metadata.annotations[CERTIFICATE_SHA256_ANNOTATION]).toMatch(/^\$\{sha256\(/);
    expect(service.spec.selector).toEqual({ "app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": "traefik-shop" });
    expect(service.spec.port.map((p) => [p.port, p.target_port])).toEqual([
      [443, "8443"],
      [80, "8000"],
    ]);
    const [, release] = only(json, "helm_release");
    const values = JSON.parse((release.values as string[])[0]);
    expect(values.tlsStore.default.defaultCertificate.secretName).toBe("shop-tls");
    expect(values.extraObjects[0].spec.routes[0]).toMatchObject({ match: "Host(`www.example.com`) || Host(`example.com`)", services: [{ name: "shop-app", port: 8080 }] });
    const app = Object.values(resourcesOfType(json, "kubernetes_service_v1")).find((s) => (s.metadata as { name: string }).name === "shop-app");
    expect(app?.spec).toMatchObject({ type: "ClusterIP", selector: APP.podSelector });
  });

  test("option 3: the Origin CA certificate on the NodeBalancer, a firewall-acl allow list of Cloudflare's ranges, proxied records to the Service's address", () => {
    const json = synthSite(choices.cloudflare());
    const [address, service] = loadBalancer(json);
    expect(service.metadata.annotations[`${ANN}port-443`]).toBe('{"protocol":"https","tls-secret-name":"shop-tls"}');
    expect(service.metadata.annotations[`${ANN}port-80`]).toBeUndefined();
    const [ranges] = Object.keys(json.data?.cloudflare_ip_ranges ?? {});
    expect(service.metadata.annotations[`${ANN}firewall-acl`]).toBe(
      `\${jsonencode({"allowList" = {"ipv4" = sort(data.cloudflare_ip_ranges.${ranges}.ipv4_cidrs), "ipv6" = sort(data.cloudflare_ip_ranges.${ranges}.ipv6_cidrs)}})}`,
    );
    const [, secret] = only(json, "kubernetes_secret_v1");
    expect((secret.data_wo as Record<string, string>)["tls.crt"]).toMatch(/^\$\{cloudflare_origin_ca_certificate\.\w+\.certificate\}$/);
    const records = Object.values(resourcesOfType(json, "cloudflare_dns_record"));
    expect(records.map((r) => [r.name, r.type, r.proxied, r.ttl]).sort()).toEqual([
      ["example.com", "A", true, 1],
      ["www.example.com", "A", true, 1],
    ]);
    expect(records[0].content).toBe(`\${try(kubernetes_service_v1.${address}.status[0].load_balancer[0].ingress[0].ip, "")}`);
  });

  test("option 3 with AOP: TCP to Traefik, which requires the zone's client certificate; the upload waits for Traefik", () => {
    const json = synthSite(choices.aop());
    const [, service] = loadBalancer(json);
    expect(service.metadata.annotations[`${ANN}default-protocol`]).toBe("tcp");
    expect(service.metadata.annotations[`${ANN}firewall-acl`]).toContain("cloudflare_ip_ranges");
    expect(service.spec.port.map((p) => p.port)).toEqual([443]);
    const [releaseAddress, release] = only(json, "helm_release");
    const values = JSON.parse((release.values as string[])[0]);
    expect(values.tlsOptions.default.clientAuth).toEqual({ secretNames: ["traefik-client-ca"], clientAuthType: "RequireAndVerifyClientCert" });
    expect(values.ports.web.http).toBeUndefined();
    const [, upload] = only(json, "cloudflare_authenticated_origin_pulls_certificate");
    expect(upload.depends_on).toEqual([`helm_release.${releaseAddress}`]);
    const ca = Object.values(resourcesOfType(json, "kubernetes_secret_v1")).find((s) => (s.metadata as { name: string }).name === "traefik-client-ca");
    expect((ca?.data as Record<string, string>)["ca.crt"]).toMatch(/^\$\{tls_self_signed_cert\.\w+\.cert_pem\}$/);
  });

  test("a switch of the tls line keeps the Service (same address, name and namespace) and the Secret, so the CCM keeps its NodeBalancer", () => {
    const built = (Object.keys(choices) as Choice[]).map((choice) => {
      const json = synthSite(choices[choice]());
      const [address, service] = loadBalancer(json);
      const [secretAddress] = Object.entries(resourcesOfType(json, "kubernetes_secret_v1")).find(([, s]) => (s.metadata as { name: string }).name === "shop-tls")!;
      return { address, name: service.metadata.name, namespace: service.metadata.namespace, secretAddress };
    });
    expect(new Set(built.map((b) => JSON.stringify(b))).size).toBe(1);
  });

  test("options are forwarded whole: the issuance's profile, the topology's plainHttp and firewall", () => {
    const json = synthSite(LkeSiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), profile: CertificateProfile.TLS_SERVER, plainHttp: PlainHttp.CLOSED, firewall: ServiceFirewall.id(99) }));
    const [, cert] = only(json, "acme_certificate");
    expect(cert.profile).toBe("tlsserver");
    const [, service] = loadBalancer(json);
    expect(service.metadata.annotations[`${ANN}port-80`]).toBeUndefined();
    expect(service.spec.port.map((p) => p.port)).toEqual([443]);
    expect(service.metadata.annotations[`${ANN}firewall-id`]).toBe("99");
  });

  test("the site's NodeBalancer options reach the Service's annotations", () => {
    const json = synthSite(choices.terminate(), { preserve: true, reservedIpv4: "203.0.113.7", healthCheck: { type: undefined, intervalSeconds: 10 } });
    const [, service] = loadBalancer(json);
    expect(service.metadata.annotations).toMatchObject({ [`${ANN}preserve`]: "true", [`${ANN}reserved-ipv4`]: "203.0.113.7", [`${ANN}check-interval`]: "10" });
  });

  test("ownCertificate: your certificate, no outputs the package cannot know", () => {
    const stack = new LkeSiteStack(Testing.app(), "shop", { clusterAccess: ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml") });
    stack.addSite({ domainNames: ["www.example.com"], app: APP, nodePortsFirewalled: true, tls: LkeSiteTls.ownCertificate({ certificate: ownCertificate(stack) }) });
    const json = synthJson(stack);
    expect(json.resource?.acme_certificate).toBeUndefined();
    expect(Object.keys(json.output ?? {})).toEqual(["nodebalancer_ipv4"]);
  });

  test("a wrong origin, a wrong namespace name, and plainHttp with Traefik are refused with the path and the fix", () => {
    expect(() => synthSite(choices.terminate(), { namespace: "Shop" })).toThrow(/^shop\/Site\/Tls: invalid 'namespace': received "Shop"\. Use a DNS label/);
    expect(() => synthSite(LkeSiteTls.cloudflare({ zoneName: "example.com", origin: LkeCloudflareOrigin.traefik(), plainHttp: PlainHttp.FORWARD }))).toThrow(/^shop\/Site\/Tls: invalid 'plainHttp': received "forward"\. Traefik as the origin takes 443 only/);
    expect(() => synthSite(LkeSiteTls.cloudflare({ zoneName: "example.org" }))).toThrow(/^shop\/Site\/Tls: invalid 'hostnames\[0\]': received "www\.example\.com"\. Each hostname must be 'example\.org'/);
  });

  test("warns about open NodePorts unless the nodes are firewalled", () => {
    const stack = siteStack(choices.cloudflare(), { nodePortsFirewalled: false });
    synthJson(stack);
    expect(warningsOf(stack).filter((w) => w.includes("nodePortsFirewalled"))).toHaveLength(1);
  });

  test("a stack without a site fails at synth", () => {
    const stack = new LkeSiteStack(Testing.app(), "shop", { clusterAccess: ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml") });
    expect(() => synthJson(stack)).toThrow(/the stack has no site/);
  });
});
