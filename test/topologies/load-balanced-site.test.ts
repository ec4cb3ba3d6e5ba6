import { Fn, TerraformVariable, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeDnsChallenge,
  AppServers,
  Backend,
  CipherSuite,
  CloudflareOrigin,
  FirewallSource,
  ListenerCertificate,
  LoadBalancedSite,
  OriginCaKeyType,
  SiteStack,
  SiteTls,
  SshCredentials,
  StateBackend,
  Stickiness,
  type LoadBalancedSiteProps,
  type SiteStackProps,
} from "../../src";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { newStack } from "../support/fixtures";

const site = {
  domainNames: ["www.example.com", "example.com"],
  region: "us-east",
  label: "shop",
  backends: [
    Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "11", sshHost: "198.51.100.10" }),
    Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "12", sshHost: "198.51.100.11" }),
  ],
  healthCheck: { path: "/healthz", intervalSeconds: 10 },
  adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
};

const choices = {
  terminate: () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode() }),
  passthrough: () => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.agent() }),
  cloudflare: () => SiteTls.cloudflare({ zoneName: "example.com" }),
};
type Choice = keyof typeof choices;

function synthSite(tls: SiteTls, overrides: Partial<LoadBalancedSiteProps> = {}, stackProps: SiteStackProps = {}): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "site", stackProps);
  stack.addSite({ ...site, tls, ...overrides });
  return synthJson(stack);
}

/** Resource types present in a stack. */
function types(json: SynthesizedStack): string[] {
  return Object.keys(json.resource ?? {}).sort();
}

/** The parts of a stack every option shares: NodeBalancer, nodes' backends and backend firewall sources. */
function sharedParts(json: SynthesizedStack) {
  const [[nbAddress, nb]] = Object.entries(resourcesOfType(json, "linode_nodebalancer"));
  const nodes = Object.values(resourcesOfType(json, "linode_nodebalancer_node")).map((n) => String(n.address).split(":")[0]);
  const [firewallAddress, backendFirewall] = Object.entries(resourcesOfType(json, "linode_firewall")).find(([, f]) => f.label === "shop-backends")!;
  return { nbAddress, nb, firewallAddress, backends: [...new Set(nodes)].sort(), linodes: backendFirewall.linodes, admin: (backendFirewall.inbound as { label: string; ipv4: unknown }[]).find((r) => r.label === "admin-ssh") };
}

describe("LoadBalancedSite: one site, three SSL options", () => {
  const stacks = Object.fromEntries(Object.entries(choices).map(([name, make]) => [name, synthSite(make())])) as Record<Choice, SynthesizedStack>;

  test("the site's NodeBalancer, backends and backend firewall are the same in all three, at the same Terraform addresses", () => {
    const parts = Object.values(stacks).map(sharedParts);
    for (const p of parts) expect(p).toEqual(parts[0]);
    expect(parts[0].nb).toMatchObject({ label: "shop", region: "us-east" });
    expect(parts[0].backends).toEqual(["192.168.130.10", "192.168.130.11"]);
    // switching options keeps the NodeBalancer (and its IP): same logical id
    expect(parts[0].nbAddress).toMatch(/^Site_Tls_LoadBalancer_NodeBalancer_[A-F0-9]+$/);
  });

  test("one typed line puts Cloudflare in front with TLS to the app servers, at the same Terraform addresses", () => {
    // WHEN the Cloudflare option is given the app-server origin
    const toServers = synthSite(SiteTls.cloudflare({ zoneName: "example.com", origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }) }));
    // THEN the NodeBalancer forwards TCP, the certificate is pushed with the AOP client CA, and AOP is on
    expect(Object.values(resourcesOfType(toServers, "linode_nodebalancer_config")).map((c) => [c.port, c.protocol, c.proxy_protocol])).toEqual([[443, "tcp", "none"]]);
    expect(Object.keys(resourcesOfType(toServers, "terraform_data"))).toHaveLength(2);
    expect(Object.values(resourcesOfType(toServers, "cloudflare_authenticated_origin_pulls_settings"))).toEqual([expect.objectContaining({ enabled: true })]);
    // AND the shared parts keep the addresses of the other options
    expect(sharedParts(toServers).nbAddress).toBe(sharedParts(stacks.cloudflare).nbAddress);
    expect(sharedParts(toServers).firewallAddress).toBe(sharedParts(stacks.cloudflare).firewallAddress);
  });

  test("passthrough keeps the site's check timings but checks connections, not an HTTP path", () => {
    const tls = Object.values(resourcesOfType(stacks.passthrough, "linode_nodebalancer_config")).find((c) => c.port === 443)!;
    expect(tls).toMatchObject({ check: "connection", check_interval: 10 });
    expect(tls.check_path).toBeUndefined();
    const https = Object.values(resourcesOfType(stacks.terminate, "linode_nodebalancer_config")).find((c) => c.port === 443)!;
    expect(https).toMatchObject({ check: "http", check_path: "/healthz", check_interval: 10 });
  });

  test("only the TLS parts differ", () => {
    const common = ["linode_firewall", "linode_nodebalancer", "linode_nodebalancer_config", "linode_nodebalancer_node"];
    expect(types(stacks.terminate)).toEqual(["acme_certificate", "acme_registration", ...common, "tls_private_key"].sort());
    expect(types(stacks.passthrough)).toEqual(["acme_certificate", "acme_registration", ...common, "terraform_data", "tls_private_key"].sort());
    expect(types(stacks.cloudflare)).toEqual(["cloudflare_dns_record", "cloudflare_origin_ca_certificate", "cloudflare_ruleset", ...common, "tls_cert_request", "tls_private_key"].sort());
  });

  test("terminate: HTTPS 443 serves the ACME chain for all domain names", () => {
    const configs = Object.values(resourcesOfType(stacks.terminate, "linode_nodebalancer_config"));
    expect(configs.map((c) => [c.port, c.protocol]).sort()).toEqual([[443, "https"], [80, "http"]]);
    expect(configs.find((c) => c.port === 443)!.ssl_cert).toMatch(/acme_certificate\..*certificate_pem\}\$\{acme_certificate\..*issuer_pem\}$/);
    const [cert] = Object.values(resourcesOfType(stacks.terminate, "acme_certificate"));
    expect(cert).toMatchObject({ common_name: "www.example.com", subject_alternative_names: ["example.com"] });
  });

  test("passthrough: TCP 443 with PROXY v2, no certificate on the NodeBalancer, a push to both backends", () => {
    const configs = Object.values(resourcesOfType(stacks.passthrough, "linode_nodebalancer_config"));
    const tls = configs.find((c) => c.port === 443)!;
    expect(tls).toMatchObject({ protocol: "tcp", proxy_protocol: "v2", check: "connection" });
    expect(tls.ssl_cert).toBeUndefined();
    const [push] = Object.values(resourcesOfType(stacks.passthrough, "terraform_data"));
    expect(Object.keys(push.for_each as object)).toEqual(["app-1", "app-2"]);
  });

  test("cloudflare: proxied records for both names and the Origin CA certificate on 443", () => {
    const records = Object.values(resourcesOfType(stacks.cloudflare, "cloudflare_dns_record"));
    expect(records.map((r) => `${r.type} ${r.name} ${r.proxied}`).sort()).toEqual([
      "A example.com true",
      "A www.example.com true",
      "AAAA example.com true",
      "AAAA www.example.com true",
    ]);
    const https = Object.values(resourcesOfType(stacks.cloudflare, "linode_nodebalancer_config")).find((c) => c.port === 443)!;
    expect(https.ssl_cert).toMatch(/^\$\{cloudflare_origin_ca_certificate\..*\.certificate\}$/);
  });

  test("each stack configures all four providers, without credentials, so a switch can destroy what the last option left", () => {
    for (const json of Object.values(stacks)) {
      expect(Object.keys(json.provider!).sort()).toEqual(["acme", "cloudflare", "linode", "tls"]);
      expect(json.provider!.acme).toEqual([{ server_url: "https://acme-v02.api.letsencrypt.org/directory" }]);
      expect(JSON.stringify(json.provider)).not.toMatch(/token/i);
    }
  });

  test("each stack outputs the NodeBalancer addresses, the certificate expiry, the ARI window and the apply schedule", () => {
    expect(stacks.terminate.output).toEqual({
      nodebalancer_ipv4: { value: expect.stringMatching(/^\$\{linode_nodebalancer\..*\.ipv4\}$/) },
      nodebalancer_ipv6: { value: expect.stringMatching(/^\$\{linode_nodebalancer\..*\.ipv6\}$/) },
      certificate_not_after: { value: expect.stringMatching(/^\$\{acme_certificate\..*\.certificate_not_after\}$/), description: expect.any(String) },
      certificate_renewal_window_start: { value: expect.stringMatching(/^\$\{acme_certificate\..*\.renewal_info_window_start\}$/), description: expect.any(String) },
      certificate_renewal_window_end: { value: expect.stringMatching(/^\$\{acme_certificate\..*\.renewal_info_window_end\}$/), description: expect.any(String) },
      apply_schedule: { value: "weekly", description: expect.any(String) },
      expiry_alert_hours: { value: 336, description: expect.any(String) },
    });
    expect(stacks.cloudflare.output!.certificate_not_after).toMatchObject({ value: expect.stringMatching(/^\$\{cloudflare_origin_ca_certificate\..*\.expires_on\}$/) });
    expect(stacks.cloudflare.output!.apply_schedule).toMatchObject({ value: "weekly" });
    expect(stacks.cloudflare.output).not.toHaveProperty("certificate_renewal_window_end");
  });
});

describe("SiteTls.cloudflare", () => {
  test("passes the cipher suite and the IPv6 choice to the option", () => {
    const json = synthSite(SiteTls.cloudflare({ zoneName: "example.com", ipv6: false, cipherSuite: CipherSuite.RECOMMENDED }));
    expect(Object.values(resourcesOfType(json, "cloudflare_dns_record")).map((r) => r.type)).toEqual(["A", "A"]);
    expect(Object.values(resourcesOfType(json, "linode_nodebalancer_config")).find((c) => c.port === 443)!.cipher_suite).toBe("recommended");
  });
});

describe("SiteStack", () => {
  test("names the NodeBalancer and firewalls after the stack unless a label is given", () => {
    const json = synthSite(choices.cloudflare(), { label: undefined });
    expect(Object.values(resourcesOfType(json, "linode_nodebalancer"))[0].label).toBe("site");
    expect(Object.values(resourcesOfType(json, "linode_firewall")).map((f) => f.label).sort()).toEqual(["site-backends", "site-cloudflare"]);
  });

  test("keeps state locally by default, at a relative path", () => {
    expect(synthSite(choices.terminate()).terraform!.backend).toEqual({ local: { path: "terraform.site.tfstate" } });
  });

  test("takes a typed state backend", () => {
    const json = synthSite(choices.cloudflare(), {}, { backend: StateBackend.linodeObjectStorage({ bucket: "tfstate", key: "shop/site.tfstate", region: "us-east-1" }) });
    expect(json.terraform!.backend).toEqual({ s3: expect.objectContaining({ bucket: "tfstate", key: "shop/site.tfstate", region: "us-east-1" }) });
  });
});

describe("LoadBalancedSite rejects conflicting site props", () => {
  test.each([
    ["no domain names", choices.terminate, { domainNames: [] }, /site\/Site: invalid 'domainNames': received \[\]/],
    ["a repeated domain name", choices.terminate, { domainNames: ["example.com", "example.com"] }, /site\/Site: invalid 'domainNames': received "example.com"\. List each name once/],
    ["passthrough without admin sources", choices.passthrough, { adminSources: undefined }, /site\/Site: invalid 'adminSources': received nothing\. SiteTls.passthrough pushes the certificate over SSH/],
    ["a name outside the Cloudflare zone", choices.cloudflare, { domainNames: ["www.example.org"] }, /invalid 'hostnames.*received "www.example.org"/],
    ["an ECDSA key where the NodeBalancer serves it", () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), keyType: "P256" as never }), {}, /NodeBalancers serve RSA certificates only/],
  ] as [string, () => SiteTls, Partial<LoadBalancedSiteProps>, RegExp][])("%s", (_name, tls, overrides, message) => {
    expect(() => synthSite(tls(), overrides)).toThrow(message);
  });
});

describe("SiteStack in two steps", () => {
  test("GIVEN a sensitive variable declared in the stack first, WHEN the site pushes with it, THEN the connection refers to the variable", () => {
    const stack = new SiteStack(Testing.app(), "site");
    const sshKey = new TerraformVariable(stack, "ssh_private_key", { type: "string", sensitive: true });
    stack.addSite({ ...site, tls: SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.privateKey(sshKey.value) }) });
    const json = synthJson(stack);
    expect(json.variable).toEqual({ ssh_private_key: { type: "string", sensitive: true } });
    const [, push] = Object.entries(resourcesOfType(json, "terraform_data")).find(([name]) => !name.includes("_Cleanup_"))!;
    expect(JSON.stringify(push.connection)).toContain("${var.ssh_private_key}");
  });

  test("GIVEN AppServers in the stack, WHEN they are the site's backends, THEN the nodes use the instances' private addresses", () => {
    const stack = new SiteStack(Testing.app(), "site");
    const servers = new AppServers(stack, "App", { region: "us-east", count: 2, authorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForTests ops@example.com"] });
    stack.addSite({ ...site, backends: servers.backends, tls: choices.terminate() });
    const json = synthJson(stack);
    const nodes = Object.values(resourcesOfType(json, "linode_nodebalancer_node")).map((n) => String(n.address));
    expect(nodes.every((a) => /^\$\{linode_instance\..*\.private_ip_address\}:80$/.test(a))).toBe(true);
    expect(nodes).toHaveLength(4);
  });

  test("a second site is refused", () => {
    const stack = new SiteStack(Testing.app(), "site");
    stack.addSite({ ...site, tls: choices.terminate() });
    expect(() => stack.addSite({ ...site, tls: choices.terminate() })).toThrow(/site: invalid 'addSite': received "a second site"\. A SiteStack holds one site/);
  });

  test("a stack without a site fails at synth, naming the fix", () => {
    expect(() => synthJson(new SiteStack(Testing.app(), "site"))).toThrow(/the stack has no site: call addSite/);
  });
});

describe("SiteTls.ownCertificate", () => {
  test("serves your certificate (by reference) on 443, adds no issuance and no expiry output", () => {
    const stack = new SiteStack(Testing.app(), "site");
    const chain = new TerraformVariable(stack, "tls_chain", { type: "string", sensitive: true });
    const key = new TerraformVariable(stack, "tls_key", { type: "string", sensitive: true });
    stack.addSite({ ...site, tls: SiteTls.ownCertificate({ certificate: ListenerCertificate.fromPem({ fullChainPem: chain.value, privateKeyPem: key.value }) }) });
    const json = synthJson(stack);
    const https = Object.values(resourcesOfType(json, "linode_nodebalancer_config")).find((c) => c.port === 443)!;
    expect(https).toMatchObject({ protocol: "https", ssl_cert: "${var.tls_chain}", ssl_key: "${var.tls_key}" });
    expect(Object.keys(json.resource ?? {}).filter((t) => t.startsWith("acme_") || t.startsWith("cloudflare_"))).toEqual([]);
    expect(Object.keys(json.output!).sort()).toEqual(["nodebalancer_ipv4", "nodebalancer_ipv6"]);
  });
});

describe("stickiness on the site", () => {
  test("reaches every config", () => {
    const json = synthSite(choices.terminate(), { stickiness: Stickiness.HTTP_COOKIE });
    expect(Object.values(resourcesOfType(json, "linode_nodebalancer_config")).map((c) => c.stickiness)).toEqual(["http_cookie", "http_cookie"]);
  });

  test("TCP passthrough takes table stickiness", () => {
    const json = synthSite(choices.passthrough(), { stickiness: Stickiness.TABLE });
    expect(Object.values(resourcesOfType(json, "linode_nodebalancer_config")).map((c) => c.stickiness)).toEqual(["table", "table"]);
  });

  test("HTTP-cookie stickiness on passthrough is refused, naming the config and the prop", () => {
    expect(() => synthSite(choices.passthrough(), { stickiness: Stickiness.HTTP_COOKIE })).toThrow(
      /site\/Site\/Tls\/LoadBalancer\/NodeBalancer\/Https: invalid 'stickiness': received "http_cookie"\. A TCP config cannot set or read HTTP cookies/,
    );
  });
});

describe("several sites in one stack", () => {
  test("with their own labels and servers, they synthesize with validations", () => {
    // GIVEN two sites in one stack, each with its label and its servers
    const stack = newStack();
    new LoadBalancedSite(stack, "Shop", { ...site, tls: choices.terminate() });
    new LoadBalancedSite(stack, "Blog", {
      ...site,
      domainNames: ["blog.example.com"],
      label: "blog",
      backends: [Backend.fromAddress("192.168.130.20", { label: "app-3", linodeId: "13" })],
      tls: choices.terminate(),
    });
    // WHEN synthesized  THEN both NodeBalancers and firewalls are there, with distinct labels
    const json = synthJson(stack);
    expect(Object.values(resourcesOfType(json, "linode_nodebalancer")).map((nb) => nb.label).sort()).toEqual(["blog", "shop"]);
    expect(Object.values(resourcesOfType(json, "linode_firewall")).map((fw) => fw.label).sort()).toEqual(["blog-backends", "shop-backends"]);
  });
});

describe("the facade offers every prop of its topology, forwarded whole", () => {
  /** Each node's backend port, by the config's Terraform address suffix (Https, Http). */
  function backendPorts(json: SynthesizedStack): string[] {
    return [...new Set(Object.values(resourcesOfType(json, "linode_nodebalancer_node")).map((n) => String(n.address).split(":")[1]))].sort();
  }

  test.each([
    ["terminateAtLoadBalancer", () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), backendPort: 8080 }), ["8080"]],
    ["ownCertificate", () => SiteTls.ownCertificate({ certificate: ListenerCertificate.fromPem({ fullChainPem: Fn.file("chain.pem"), privateKeyPem: Fn.file("key.pem") }), backendPort: 8080 }), ["8080"]],
    ["passthrough", () => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.agent(), backendPort: 8443 }), ["80", "8443"]],
    ["cloudflare", () => SiteTls.cloudflare({ zoneName: "example.com", backendPort: 8080 }), ["8080"]],
  ] as const)("SiteTls.%s takes backendPort, and the NodeBalancer's nodes use it", (_name, tls, ports) => {
    // GIVEN a site whose backends serve on another port  WHEN synthesized through the facade
    const json = synthSite(tls());
    // THEN every node points at that port
    expect(backendPorts(json)).toEqual(ports);
  });

  test("SiteTls.cloudflare takes certificateKeyType (with the app servers as origin, where ECC is allowed)", () => {
    const json = synthSite(
      SiteTls.cloudflare({ zoneName: "example.com", certificateKeyType: OriginCaKeyType.ECC, origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }) }),
    );
    expect(Object.values(resourcesOfType(json, "cloudflare_origin_ca_certificate"))[0].request_type).toBe("origin-ecc");
    expect(Object.values(resourcesOfType(json, "tls_private_key"))).toContainEqual(expect.objectContaining({ algorithm: "ECDSA" }));
  });

  test("SiteTls.passthrough forwards every push option, e.g. the file paths, modes, owner and removeOnDestroy", () => {
    // GIVEN push options set on the facade's passthrough line
    const json = synthSite(
      SiteTls.passthrough({
        dnsChallenge: AcmeDnsChallenge.linode(),
        sshCredentials: SshCredentials.agent(),
        certificatePath: "/srv/tls/chain.pem",
        privateKeyPath: "/srv/tls/key.pem",
        privateKeyFileMode: "0640",
        fileOwner: "root:www-data",
        removeOnDestroy: false,
      }),
    );
    // THEN the push carries them, and there is no clean-up resource
    const data = Object.values(resourcesOfType(json, "terraform_data"));
    expect(data).toHaveLength(1);
    expect(data[0].triggers_replace).toMatchObject({ certificate_file: "/srv/tls/chain.pem 0644", private_key_file: "/srv/tls/key.pem 0640", file_owner: "root:www-data" });
  });
});

