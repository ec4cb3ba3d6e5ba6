import { App, TerraformStack, Token } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  AcmeKeyType,
  Backend,
  FirewallSource,
  HealthCheckType,
  ListenerCertificate,
  PlainHttp,
  Protocol,
  ProxyProtocol,
} from "../../src";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { SshCredentials } from "../../src/push/ssh-credentials";
import { WebServer } from "../../src/push/web-server";
import { TcpPassthrough, type TcpPassthroughProps } from "../../src/topologies/tcp-passthrough";
import { TcpPassthroughStack } from "../../stacks/tcp-passthrough";
import { newStack } from "../support/fixtures";

const APP_1 = Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", linodeId: "101" });
const APP_2 = Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.11", linodeId: "102" });
const APP_3 = Backend.fromAddress("192.168.130.12", { label: "app-3", sshHost: "198.51.100.12", linodeId: "103" });

function site(stack: TerraformStack, overrides: Partial<TcpPassthroughProps> = {}, keyType?: AcmeKeyType): TcpPassthrough {
  const certificate = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), keyType });
  return new TcpPassthrough(stack, "Site", {
    region: "us-east",
    certificate: ListenerCertificate.fromAcme(certificate),
    sshCredentials: SshCredentials.agent(),
    backends: [APP_1, APP_2],
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    ...overrides,
  });
}

function configByPort(json: SynthesizedStack, port: number): Record<string, unknown> | undefined {
  return Object.values(resourcesOfType(json, "linode_nodebalancer_config")).find((c) => c.port === port);
}

function nodeAddresses(json: SynthesizedStack): string[] {
  return Object.values(resourcesOfType(json, "linode_nodebalancer_node")).map((n) => String(n.address)).sort();
}

function firewall(json: SynthesizedStack): Record<string, unknown> {
  const firewalls = Object.values(resourcesOfType(json, "linode_firewall"));
  expect(firewalls).toHaveLength(1);
  return firewalls[0];
}

/** The push's terraform_data (the other one is its clean-up). */
function pushResource(json: SynthesizedStack): Record<string, unknown> {
  const pushes = Object.entries(resourcesOfType(json, "terraform_data")).filter(([name]) => !name.includes("_Cleanup_"));
  expect(pushes).toHaveLength(1);
  return pushes[0][1];
}

describe("TcpPassthrough", () => {
  test("forwards 443 as TCP with PROXY protocol v2 to the backends' 443, with no certificate at the NodeBalancer", () => {
    // GIVEN a passthrough site with defaults
    const stack = newStack();
    site(stack);
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN 443 is a TCP config with PROXY v2 and no TLS settings
    const tls = configByPort(json, 443)!;
    expect(tls).toMatchObject({ protocol: "tcp", proxy_protocol: "v2" });
    expect(tls.ssl_cert).toBeUndefined();
    expect(tls.ssl_key).toBeUndefined();
    expect(tls.cipher_suite).toBeUndefined();
    expect(nodeAddresses(json).filter((a) => a.endsWith(":443"))).toEqual(["192.168.130.10:443", "192.168.130.11:443"]);
  });

  test.each([
    [ProxyProtocol.V1, "v1"],
    [ProxyProtocol.NONE, "none"],
  ])("sends PROXY protocol %s when configured, on 443 and 80", (proxyProtocol, expected) => {
    // GIVEN a site with another PROXY protocol version
    const stack = newStack();
    site(stack, { proxyProtocol });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN both configs use it
    expect(configByPort(json, 443)!.proxy_protocol).toBe(expected);
    expect(configByPort(json, 80)!.proxy_protocol).toBe(expected);
  });

  test("forwards port 80 as TCP with the same PROXY protocol to the backends' 80 by default", () => {
    // GIVEN a site with defaults
    const stack = newStack();
    site(stack);
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN 80 is TCP with PROXY v2 to port 80 of each backend
    expect(configByPort(json, 80)).toMatchObject({ protocol: "tcp", proxy_protocol: "v2", check: "connection" });
    expect(nodeAddresses(json).filter((a) => a.endsWith(":80"))).toEqual(["192.168.130.10:80", "192.168.130.11:80"]);
  });

  test("PlainHttp.CLOSED leaves port 80 without a config and closed on the backends", () => {
    // GIVEN a site that refuses plain HTTP
    const stack = newStack();
    const s = site(stack, { plainHttp: PlainHttp.CLOSED });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN there is no port 80 config, the firewall admits 443 only, and nginx gets no port-80 server
    expect(configByPort(json, 80)).toBeUndefined();
    expect((firewall(json).inbound as Record<string, unknown>[])[0].ports).toBe("443");
    expect(s.webServerConfig).not.toMatch(/listen 80/);
  });

  test("checks backends with a TCP connection, keeping the site's timing", () => {
    // GIVEN a site health check with timing only
    const stack = newStack();
    site(stack, { healthCheck: { intervalSeconds: 10, timeoutSeconds: 4, attempts: 3 } });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN both configs open connections with that timing
    for (const port of [443, 80]) {
      expect(configByPort(json, port)).toMatchObject({ check: "connection", check_interval: 10, check_timeout: 4, check_attempts: 3 });
      expect(configByPort(json, port)!.check_path).toBeUndefined();
    }
  });

  test("takes another backend port for TLS", () => {
    // GIVEN backends that terminate TLS on 8443
    const stack = newStack();
    const s = site(stack, { backendPort: 8443 });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the nodes, the firewall and the nginx config use 8443
    expect(nodeAddresses(json).filter((a) => !a.endsWith(":80"))).toEqual(["192.168.130.10:8443", "192.168.130.11:8443"]);
    expect((firewall(json).inbound as Record<string, unknown>[])[0].ports).toBe("80,8443");
    expect(s.webServerConfig).toContain("listen 8443 ssl proxy_protocol;");
  });

  test("admits 443 and 80 from the NodeBalancers' range only and SSH from the admin sources, on the backends' Linodes", () => {
    // GIVEN a site with admin sources and backends with Linode IDs
    const stack = newStack();
    site(stack);
    // WHEN synthesized
    const fw = firewall(synthJson(stack));
    // THEN exactly two rules, attached to the backends
    expect(fw.inbound).toEqual([
      { label: "from-nodebalancers", action: "ACCEPT", protocol: "TCP", ports: "80,443", ipv4: ["192.168.255.0/24"] },
      { label: "admin-ssh", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: ["203.0.113.0/24"] },
    ]);
    expect(fw.inbound_policy).toBe("DROP");
    expect(fw.linodes).toEqual([101, 102]);
  });

  test("pushes the certificate to every backend once the backend firewall exists", () => {
    // GIVEN a site with three backends and custom paths
    const stack = newStack();
    site(stack, { backends: [APP_1, APP_2, APP_3], certificatePath: "/etc/nginx/tls/chain.pem", privateKeyPath: "/etc/nginx/tls/key.pem" });
    // WHEN synthesized
    const push = pushResource(synthJson(stack));
    // THEN one terraform_data iterates over the three backends, after the firewall, writing the configured paths
    expect(Object.keys(push.for_each as object)).toEqual(["app-1", "app-2", "app-3"]);
    expect(push.depends_on).toEqual([expect.stringMatching(/^linode_firewall\.Site_LoadBalancer_BackendFirewall_[A-F0-9]+$/)]);
    const destinations = (push.provisioner as Record<string, { destination?: string }>[]).flatMap((p) => (p.file ? [p.file.destination] : []));
    expect(destinations).toEqual(["/etc/nginx/tls/chain.pem", "/etc/nginx/tls/key.pem"]);
    expect((push.triggers_replace as Record<string, string>).certificate_sha256).toMatch(/^\$\{sha256\("\$\{acme_certificate\.Cert_[A-F0-9]+\.certificate_pem\}/);
  });

  test("serves an ECDSA certificate: only the backends see it", () => {
    // GIVEN an ECDSA ACME certificate, which a NodeBalancer could not serve
    const stack = newStack();
    site(stack, {}, AcmeKeyType.EC_P256);
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN it is accepted and pushed
    expect(Object.values(resourcesOfType(json, "acme_certificate"))[0].key_type).toBe("P256");
    expect(Object.keys(pushResource(json).for_each as object)).toEqual(["app-1", "app-2"]);
  });

  test("opens the SSH port given to the admin sources, and connects to it", () => {
    // GIVEN backends whose sshd listens on 2222
    const stack = newStack();
    site(stack, { sshPort: 2222 });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the firewall admits 2222 (not 22) from the admin sources and the push connects there
    expect((firewall(json).inbound as Record<string, unknown>[])[1]).toMatchObject({ label: "admin-ssh", ports: "2222" });
    expect(pushResource(json).connection).toMatchObject({ port: 2222 });
  });

  describe("webServerConfig", () => {
    test("is HAProxy's whole haproxy.cfg with WebServer.haproxy(), with HAProxy's paths", () => {
      const stack = newStack();
      const s = site(stack, { webServer: WebServer.haproxy() });
      expect(s.webServerConfig).toContain("    bind :443 ssl crt /etc/haproxy/certs/site.pem\n");
      expect(s.webServerConfig).toContain("tcp-request connection expect-proxy layer4 if { src 192.168.255.0/24 }");
    });

    test("is undefined with WebServer.custom(...)", () => {
      const stack = newStack();
      expect(site(stack, { webServer: WebServer.custom({ reloadCommand: "systemctl reload caddy" }) }).webServerConfig).toBeUndefined();
    });

    test("is plain nginx text with PROXY protocol, real IPs from the NodeBalancers and the pushed paths", () => {
      // GIVEN a site with custom paths
      const stack = newStack();
      const s = site(stack, { certificatePath: "/etc/nginx/tls/chain.pem", privateKeyPath: "/etc/nginx/tls/key.pem" });
      // WHEN its web server config is read
      const config = s.webServerConfig!;
      // THEN it has no Terraform references and the expected directives, for 443 and 80
      expect(Token.isUnresolved(config)).toBe(false);
      expect(config).not.toContain("${");
      expect(config).toContain("    listen 443 ssl proxy_protocol;\n");
      expect(config).toContain("    listen 80 proxy_protocol;\n");
      expect(config.match(/set_real_ip_from 192\.168\.255\.0\/24;/g)).toHaveLength(2);
      expect(config.match(/real_ip_header proxy_protocol;/g)).toHaveLength(2);
      expect(config).toContain("    ssl_certificate /etc/nginx/tls/chain.pem;\n");
      expect(config).toContain("    ssl_certificate_key /etc/nginx/tls/key.pem;\n");
      expect(config).toContain("return 301 https://$host$request_uri;");
    });

    test("has no PROXY protocol directives with ProxyProtocol.NONE", () => {
      // GIVEN a site without PROXY protocol
      const stack = newStack();
      const s = site(stack, { proxyProtocol: ProxyProtocol.NONE });
      // WHEN its web server config is read
      // THEN TLS is still configured, without proxy_protocol or real-IP directives
      expect(s.webServerConfig).toContain("    listen 443 ssl;\n");
      expect(s.webServerConfig).toContain("    listen 80;\n");
      expect(s.webServerConfig).not.toMatch(/proxy_protocol;|set_real_ip_from|real_ip_header/);
      expect(s.webServerConfig).toContain("ssl_certificate /etc/ssl/site/fullchain.pem;");
    });
  });

  describe("rejects", () => {
    test("a site without admin sources, since the push needs SSH", () => {
      // GIVEN no admin sources
      const stack = newStack();
      // WHEN the site is built
      // THEN the error names the construct, the prop and the fix
      expect(() => site(stack, { adminSources: undefined })).toThrow(/^test\/Site: invalid 'adminSources': received nothing\. The certificate push connects to the backends over SSH/);
    });

    test("an HTTP health check on the passthrough configs", () => {
      const stack = newStack();
      expect(() => site(stack, { healthCheck: { type: HealthCheckType.HTTP, path: "/healthz" } })).toThrow(
        /^test\/Site: invalid 'healthCheck\.type': received "http"\. TCP passthrough checks that the backends accept connections/,
      );
    });

    test("backends without an SSH host", () => {
      const stack = newStack();
      const bare = Backend.fromAddress("192.168.130.20", { label: "bare-1", linodeId: "120" });
      expect(() => site(stack, { backends: [APP_1, bare] })).toThrow(/^test\/Site\/CertificatePush: invalid 'backends': received \["bare-1"\]\. .*'sshHost'/);
    });

    test("the same backend twice", () => {
      const stack = newStack();
      expect(() => site(stack, { backends: [APP_1, APP_1] })).toThrow(/^test\/Site\/LoadBalancer: invalid 'backends': received "app-1"\./);
    });

    test("a relative destination path", () => {
      const stack = newStack();
      expect(() => site(stack, { privateKeyPath: "site.key" })).toThrow(/^test\/Site\/CertificatePush: invalid 'privateKeyPath': received "site\.key"\. Use an absolute path/);
    });

    test("TLS on the backends' port 80 while port 80 is forwarded", () => {
      const stack = newStack();
      expect(() => site(stack, { backendPort: 80 })).toThrow(/^test\/Site: invalid 'backendPort': received 80\..*PlainHttp\.CLOSED/);
    });

    test("a certificate on a TCP config added to the NodeBalancer", () => {
      // GIVEN a passthrough site
      const stack = newStack();
      const s = site(stack);
      const certificate = ListenerCertificate.fromAcme(stack.node.findChild("Cert") as AcmeCertificate);
      // WHEN someone adds a TCP config with a certificate
      // THEN the config refuses it: passthrough puts the certificate on the backends
      expect(() => s.nodeBalancer.addConfig("Extra", { protocol: Protocol.TCP, port: 8443, certificate })).toThrow(
        /^test\/Site\/LoadBalancer\/NodeBalancer\/Extra: invalid 'certificate': received "a certificate"\./,
      );
    });

    test("PROXY protocol on a non-TCP config added to the NodeBalancer", () => {
      const stack = newStack();
      const s = site(stack);
      expect(() => s.nodeBalancer.addConfig("Extra", { protocol: Protocol.HTTP, port: 8080, proxyProtocol: ProxyProtocol.V2 })).toThrow(
        /^test\/Site\/LoadBalancer\/NodeBalancer\/Extra: invalid 'proxyProtocol': received "v2"\. PROXY protocol works with Protocol\.TCP only/,
      );
    });

    test("a literal private key as SSH credentials", () => {
      const stack = newStack();
      expect(() => site(stack, { sshCredentials: SshCredentials.privateKey("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----") })).toThrow(
        /^SshCredentials\.privateKey: invalid 'privateKey'/,
      );
    });
  });
});

describe("TcpPassthroughStack", () => {
  test("synthesizes without credentials: three backends, one push over the agent, outputs for IPv4, expiry and nginx", () => {
    // GIVEN the example stack
    const stack = new TcpPassthroughStack(new App({ stackTraces: false }), "tcp-passthrough");
    // WHEN synthesized with validations
    const json = synthJson(stack);
    // THEN it pushes to three backends through the ssh-agent, and exposes the outputs
    const push = pushResource(json);
    expect(Object.keys(push.for_each as object)).toEqual(["app-1", "app-2", "app-3"]);
    expect(push.connection).toMatchObject({ type: "ssh", host: "${each.value.ssh_host}", user: "root", agent: true, timeout: "60s" });
    expect(Object.keys(json.output ?? {}).sort()).toEqual([
      "apply_schedule",
      "certificate_not_after",
      "certificate_renewal_window_end",
      "certificate_renewal_window_start",
      "expiry_alert_hours",
      "nodebalancer_ipv4",
      "web_server_config",
    ]);
    expect(JSON.stringify(json)).not.toMatch(/-----BEGIN/);
  });
});
