import { TerraformStack, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  AcmeKeyType,
  Backend,
  CipherSuite,
  FirewallSource,
  ListenerCertificate,
  PlainHttp,
  TerminateAtLoadBalancer,
  type TerminateAtLoadBalancerProps,
} from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack, warningsOf } from "../support/fixtures";

function site(stack: TerraformStack, overrides: Partial<TerminateAtLoadBalancerProps> = {}, keyType?: AcmeKeyType) {
  const certificate = new AcmeCertificate(stack, "Cert", {
    domainName: "www.example.com",
    dnsChallenge: AcmeDnsChallenge.linode(),
    keyType,
  });
  return new TerminateAtLoadBalancer(stack, "Site", {
    region: "us-east",
    certificate: ListenerCertificate.fromAcme(certificate),
    backends: [
      Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "101" }),
      Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "102" }),
    ],
    ...overrides,
  });
}

function configByPort(json: ReturnType<typeof synthJson>, port: number) {
  const configs = Object.values(resourcesOfType(json, "linode_nodebalancer_config"));
  return configs.find((c) => c.port === port);
}

describe("TerminateAtLoadBalancer", () => {
  test("serves the ACME full chain and key on an HTTPS 443 config", () => {
    // GIVEN a site with an ACME certificate
    const stack = newStack();
    site(stack);
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN 443 is HTTPS and references the certificate's leaf + issuer, and its key
    const https = configByPort(json, 443)!;
    expect(https.protocol).toBe("https");
    expect(https.ssl_cert).toMatch(/^\$\{acme_certificate\.Cert_[A-F0-9]+\.certificate_pem\}\$\{acme_certificate\.Cert_[A-F0-9]+\.issuer_pem\}$/);
    expect(https.ssl_key).toMatch(/^\$\{acme_certificate\.Cert_[A-F0-9]+\.private_key_pem\}$/);
    expect(https.cipher_suite).toBe("recommended");
  });

  test("forwards plain HTTP on 80 to the same backends by default", () => {
    const stack = newStack();
    site(stack);
    const json = synthJson(stack);
    const http = configByPort(json, 80)!;
    expect(http.protocol).toBe("http");
    expect(http.ssl_cert).toBeUndefined();
    const nodes = Object.values(resourcesOfType(json, "linode_nodebalancer_node"));
    // two backends on each of two configs, all on the backends' HTTP port
    expect(nodes).toHaveLength(4);
    expect(nodes.map((n) => n.address).sort()).toEqual(["192.168.130.10:80", "192.168.130.10:80", "192.168.130.11:80", "192.168.130.11:80"]);
  });

  test("PlainHttp.CLOSED leaves port 80 without a config", () => {
    const stack = newStack();
    site(stack, { plainHttp: PlainHttp.CLOSED });
    const json = synthJson(stack);
    expect(configByPort(json, 80)).toBeUndefined();
    expect(Object.keys(resourcesOfType(json, "linode_nodebalancer_node"))).toHaveLength(2);
  });

  test("nodes reference their config and NodeBalancer", () => {
    const stack = newStack();
    site(stack);
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: "linode_nodebalancer_node" }, {
      label: "app-1",
      address: "192.168.130.10:80",
      config_id: expect.stringMatching(/^\$\{linode_nodebalancer_config\.Site_LoadBalancer_NodeBalancer_Https_[A-F0-9]+\.id\}$/),
      nodebalancer_id: expect.stringMatching(/^\$\{linode_nodebalancer\.Site_LoadBalancer_NodeBalancer_[A-F0-9]+\.id\}$/),
    });
  });

  test("the backend firewall admits the app port only from the NodeBalancer range, and SSH from admins", () => {
    const stack = newStack();
    site(stack, { adminSources: FirewallSource.cidrs(["203.0.113.0/24", "2001:db8::/32"]) });
    const json = synthJson(stack);
    const [firewall] = Object.values(resourcesOfType(json, "linode_firewall"));
    expect(firewall.inbound_policy).toBe("DROP");
    expect(firewall.linodes).toEqual([101, 102]);
    expect(firewall.inbound).toEqual([
      { label: "from-nodebalancers", action: "ACCEPT", protocol: "TCP", ports: "80", ipv4: ["192.168.255.0/24"] },
      { label: "admin-ssh", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: ["203.0.113.0/24"], ipv6: ["2001:db8::/32"] },
    ]);
  });

  test("a custom backend port reaches nodes and firewall", () => {
    const stack = newStack();
    site(stack, { backendPort: 8080 });
    const json = synthJson(stack);
    const nodes = Object.values(resourcesOfType(json, "linode_nodebalancer_node"));
    expect(new Set(nodes.map((n) => n.address))).toEqual(new Set(["192.168.130.10:8080", "192.168.130.11:8080"]));
    const [firewall] = Object.values(resourcesOfType(json, "linode_firewall"));
    expect((firewall.inbound as { ports: string }[])[0].ports).toBe("8080");
  });

  test("the health check applies to both configs", () => {
    const stack = newStack();
    site(stack, { healthCheck: { path: "/healthz", intervalSeconds: 10, timeoutSeconds: 4, attempts: 3 } });
    const json = synthJson(stack);
    for (const port of [80, 443]) {
      expect(configByPort(json, port)).toMatchObject({ check: "http", check_path: "/healthz", check_interval: 10, check_timeout: 4, check_attempts: 3 });
    }
  });

  test("the legacy cipher suite is allowed with a warning", () => {
    const stack = newStack();
    site(stack, { cipherSuite: CipherSuite.LEGACY });
    const json = synthJson(stack);
    expect(configByPort(json, 443)!.cipher_suite).toBe("legacy");
    expect(warningsOf(stack)).toEqual([expect.stringContaining("cipherSuite LEGACY")]);
  });

  test("rejects an ECDSA certificate, naming the HTTPS config", () => {
    const stack = newStack();
    expect(() => site(stack, {}, AcmeKeyType.EC_P256)).toThrow(/test\/Site\/LoadBalancer\/NodeBalancer\/Https: invalid 'certificate': received "ECDSA"\. NodeBalancers serve RSA/);
  });

  test("rejects zero backends", () => {
    expect(() => site(newStack(), { backends: [] })).toThrow(/test\/Site\/LoadBalancer: invalid 'backends': received \[\]/);
  });

  test("rejects a backend listed twice", () => {
    const b = Backend.fromAddress("192.168.130.10");
    expect(() => site(newStack(), { backends: [b, b] })).toThrow(/invalid 'backends': received "app-192-168-130-10"/);
  });

  test("rejects two backends on one address", () => {
    const backends = [Backend.fromAddress("192.168.130.10", { label: "a-1" }), Backend.fromAddress("192.168.130.10", { label: "a-2" })];
    expect(() => site(newStack(), { backends })).toThrow(/invalid 'backends': received "192\.168\.130\.10"/);
  });

  test("warns when admin sources open SSH to the whole internet", () => {
    const stack = newStack();
    site(stack, { adminSources: FirewallSource.cidrs(["0.0.0.0/0"]) });
    expect(warningsOf(stack)).toEqual([expect.stringContaining("adminSources 0.0.0.0/0 opens SSH on every backend to the whole internet")]);
  });

  test("warns when a backend firewall cannot be attached", () => {
    const stack = newStack();
    site(stack, { backends: [Backend.fromAddress("192.168.130.10")] });
    synthJson(stack);
    expect(warningsOf(stack)).toEqual([expect.stringContaining("no Linode ID")]);
  });
});
