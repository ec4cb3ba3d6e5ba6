import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import { CloudflareSslScope } from "../../src/cloudflare/cloudflare-ssl-scope";
import { CloudflareZone } from "../../src/cloudflare/cloudflare-zone";
import { OriginCaKeyType, OriginCaValidity } from "../../src/cloudflare/origin-ca-certificate";
import { SshCredentials } from "../../src/push/ssh-credentials";
import { FirewallSource } from "../../src/firewall/firewall-source";
import { CipherSuite } from "../../src/nodebalancer/enums";
import { CloudflareOrigin } from "../../src/topologies/cloudflare-origin";
import { SslMode } from "../../src/cloudflare/edge-tls";
import { Backend } from "../../src/nodebalancer/backend";
import { dataSourcesOfType, resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { CloudflareInFront, type CloudflareInFrontProps } from "../../src/topologies/cloudflare-in-front";
import { PlainHttp } from "../../src/site/plain-http";
import { CloudflareInFrontStack } from "../../stacks/cloudflare-in-front";
import { newStack, warningsOf } from "../support/fixtures";

const ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

function zoneOf(stack: TerraformStack): CloudflareZone {
  return CloudflareZone.fromZoneId(stack, "Zone", { zoneId: ZONE_ID, zoneName: "example.com" });
}

/** A site in zone `example.com` (given by id) for `example.com` and `www.example.com`, one backend. */
function site(stack: TerraformStack, props: Partial<CloudflareInFrontProps> = {}): CloudflareInFront {
  return new CloudflareInFront(stack, "Site", {
    zone: props.zone ?? zoneOf(stack),
    hostnames: ["example.com", "www.example.com"],
    region: "us-east",
    backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "41000001" })],
    ...props,
  });
}

/** The one resource of a type: its logical name and body. */
function only(json: SynthesizedStack, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(resourcesOfType(json, type));
  expect(entries, type).toHaveLength(1);
  return entries[0];
}

/** The firewall whose label ends with a suffix. */
function firewall(json: SynthesizedStack, labelSuffix: string): Record<string, unknown> {
  const found = Object.values(resourcesOfType(json, "linode_firewall")).filter((f) => String(f.label).endsWith(labelSuffix));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The DNS records as `type name → content`. */
function records(json: SynthesizedStack): Record<string, unknown> {
  return Object.fromEntries(Object.values(resourcesOfType(json, "cloudflare_dns_record")).map((r) => [`${r.type} ${r.name}`, r.content]));
}

describe("CloudflareInFront", () => {
  test("serves the Origin CA certificate and its key on the NodeBalancer's HTTPS 443", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    const [certName, cert] = only(json, "cloudflare_origin_ca_certificate");
    const [keyName] = only(json, "tls_private_key");
    const [, config] = only(json, "linode_nodebalancer_config");
    expect(cert).toMatchObject({ hostnames: ["example.com", "www.example.com"], request_type: "origin-rsa" });
    expect(config).toMatchObject({
      protocol: "https",
      port: 443,
      ssl_cert: `\${cloudflare_origin_ca_certificate.${certName}.certificate}`,
      ssl_key: `\${tls_private_key.${keyName}.private_key_pem}`,
    });
  });

  test("forwards 443 to the backends' plain HTTP port", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { backendPort: 8080 });
    // THEN
    expect(only(synthJson(stack), "linode_nodebalancer_node")[1].address).toBe("192.168.130.10:8080");
  });

  test("publishes proxied A and AAAA records of every hostname, pointing at the NodeBalancer", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    const [nb] = only(json, "linode_nodebalancer");
    expect(records(json)).toEqual({
      "A example.com": `\${linode_nodebalancer.${nb}.ipv4}`,
      "AAAA example.com": `\${linode_nodebalancer.${nb}.ipv6}`,
      "A www.example.com": `\${linode_nodebalancer.${nb}.ipv4}`,
      "AAAA www.example.com": `\${linode_nodebalancer.${nb}.ipv6}`,
    });
    for (const record of Object.values(resourcesOfType(json, "cloudflare_dns_record"))) {
      expect(record).toMatchObject({ zone_id: ZONE_ID, proxied: true, ttl: 1 });
    }
  });

  test("publishes A records only when IPv6 is off", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { ipv6: false });
    // THEN
    expect(Object.keys(records(synthJson(stack)))).toEqual(["A example.com", "A www.example.com"]);
  });

  test("puts a wildcard on the certificate but publishes no record for it", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { hostnames: ["example.com", "*.example.com"] });
    // THEN
    const json = synthJson(stack);
    expect(only(json, "cloudflare_origin_ca_certificate")[1].hostnames).toEqual(["*.example.com", "example.com"]);
    expect(Object.keys(records(json))).toEqual(["A example.com", "AAAA example.com"]);
  });

  test("sets Full (strict) and the HTTPS redirect by rules that match exactly its hostnames, and no zone setting", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    expect(resourcesOfType(json, "cloudflare_zone_setting")).toEqual({});
    const rulesets = Object.values(resourcesOfType(json, "cloudflare_ruleset"));
    expect(Object.fromEntries(rulesets.map((r) => [r.phase, r]))).toEqual({
      http_config_settings: expect.objectContaining({
        zone_id: ZONE_ID,
        kind: "zone",
        rules: [expect.objectContaining({ action: "set_config", expression: '(http.host in {"example.com" "www.example.com"})', action_parameters: { ssl: "strict" } })],
      }),
      http_request_dynamic_redirect: expect.objectContaining({
        zone_id: ZONE_ID,
        kind: "zone",
        rules: [expect.objectContaining({ action: "redirect", expression: '(http.host in {"example.com" "www.example.com"}) and not ssl' })],
      }),
    });
  });

  test("leaves the wildcard out of the rules: it has no record of the site", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { hostnames: ["example.com", "*.example.com"] });
    // THEN
    const expressions = Object.values(resourcesOfType(synthJson(stack), "cloudflare_ruleset")).map((r) => (r.rules as { expression: string }[])[0].expression);
    expect(expressions).toEqual(['(http.host in {"example.com"})', '(http.host in {"example.com"}) and not ssl']);
  });

  test("sets the whole zone to Full (strict), Always Use HTTPS and TLS 1.2 when asked, with a warning about the reach", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneWide = site(stack, { sslScope: CloudflareSslScope.zoneWide() });
    // THEN
    const json = synthJson(stack);
    const settings = Object.values(resourcesOfType(json, "cloudflare_zone_setting"));
    expect(Object.fromEntries(settings.map((s) => [s.setting_id, s.value]))).toEqual({ ssl: "strict", always_use_https: "on", min_tls_version: "1.2" });
    settings.forEach((s) => expect(s.zone_id).toBe(ZONE_ID));
    expect(resourcesOfType(json, "cloudflare_ruleset")).toEqual({});
    expect(warningsOf(zoneWide)).toEqual([expect.stringMatching(/^Zone-wide TLS settings apply to every proxied hostname of 'example\.com'/)]);
  });

  test("admits only Cloudflare's ranges to the NodeBalancer, on 443, through a firewall attached to it", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    const [ranges] = Object.keys(dataSourcesOfType(json, "cloudflare_ip_ranges"));
    const [nb, nodeBalancer] = only(json, "linode_nodebalancer");
    expect(firewall(json, "-cloudflare")).toMatchObject({
      label: "Site-cloudflare",
      inbound_policy: "DROP",
      inbound: [
        {
          label: "from-cloudflare",
          action: "ACCEPT",
          protocol: "TCP",
          ports: "443",
          ipv4: `\${sort(data.cloudflare_ip_ranges.${ranges}.ipv4_cidrs)}`,
          ipv6: `\${sort(data.cloudflare_ip_ranges.${ranges}.ipv6_cidrs)}`,
        },
      ],
      nodebalancers: [`\${linode_nodebalancer.${nb}.id}`],
    });
    expect(nodeBalancer.firewall_id).toBeUndefined();
  });

  test("stops the plan before a firewall rule would take more addresses than Linode allows", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    const [ranges] = Object.keys(dataSourcesOfType(json, "cloudflare_ip_ranges"));
    const data = `data.cloudflare_ip_ranges.${ranges}`;
    expect((firewall(json, "-cloudflare").lifecycle as { precondition: unknown[] }).precondition).toEqual([
      { condition: `\${length(${data}.ipv4_cidrs) + length(${data}.ipv6_cidrs) <= 255}`, error_message: expect.stringContaining("split the from-cloudflare rule") },
    ]);
  });

  test("leaves port 80 closed by default", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const configs = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_config"));
    expect(configs.map((c) => c.port)).toEqual([443]);
  });

  test("forwards port 80 on request and opens it to Cloudflare too", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { plainHttp: PlainHttp.FORWARD });
    // THEN
    const json = synthJson(stack);
    const configs = Object.values(resourcesOfType(json, "linode_nodebalancer_config"));
    expect(Object.fromEntries(configs.map((c) => [c.port, c.protocol]))).toEqual({ 80: "http", 443: "https" });
    expect(firewall(json, "-cloudflare").inbound).toEqual([expect.objectContaining({ ports: "80,443" })]);
  });

  test("keeps the backends behind the backend firewall, reachable from the NodeBalancers only", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    expect(firewall(synthJson(stack), "-backends")).toMatchObject({
      label: "Site-backends",
      inbound: [{ label: "from-nodebalancers", ports: "80", ipv4: ["192.168.255.0/24"] }],
      linodes: [41000001],
    });
  });

  test("uses the zone id of a zone looked up by name", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack, { zone: CloudflareZone.fromZoneName(stack, "Zone", "example.com") });
    // THEN
    const json = synthJson(stack);
    const zones = dataSourcesOfType(json, "cloudflare_zone");
    const [zone] = Object.keys(zones);
    expect(zones[zone]).toMatchObject({ filter: { name: "example.com" } });
    const zoneIds = [...Object.values(resourcesOfType(json, "cloudflare_dns_record")), ...Object.values(resourcesOfType(json, "cloudflare_ruleset"))].map((r) => r.zone_id);
    expect(new Set(zoneIds)).toEqual(new Set([`\${data.cloudflare_zone.${zone}.id}`]));
  });

  test("rejects a hostname outside the zone", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { hostnames: ["www.example.com", "www.example.org"] })).toThrow(
      `test/Site: invalid 'hostnames[1]': received "www.example.org". Each hostname must be 'example.com' or lie below it, such as 'www.example.com': use a zone that contains it.`,
    );
  });

  test("rejects a name that merely ends like the zone", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { hostnames: ["notexample.com"] })).toThrow(`test/Site: invalid 'hostnames[0]': received "notexample.com".`);
  });

  test("rejects a multi-level wildcard", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { hostnames: ["*.*.example.com"] })).toThrow(/^test\/Site\/Certificate: invalid 'hostnames\[0\]': received "\*\.\*\.example\.com"\. .*single leading '\*\.' label/);
  });

  test("rejects a misplaced wildcard", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { hostnames: ["www.*.example.com"] })).toThrow(/^test\/Site\/Certificate: invalid 'hostnames\[0\]': received "www\.\*\.example\.com"\./);
  });

  test("rejects an empty hostname list", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { hostnames: [] })).toThrow(/^test\/Site\/Certificate: invalid 'hostnames': received \[\]\./);
  });

  test("rejects a hostname that is a reference", () => {
    // GIVEN
    const stack = newStack();
    const name = new TerraformVariable(stack, "name", { type: "string" });
    // WHEN / THEN
    expect(() => site(stack, { hostnames: [name.stringValue] })).toThrow(/^test\/Site: invalid 'hostnames\[0\]': received ".*"\. Give literal names/);
  });

  test("rejects a validity Cloudflare does not offer", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { certificateValidity: 100 as OriginCaValidity })).toThrow(/^test\/Site\/Certificate: invalid 'validity': received 100\. Use an OriginCaValidity/);
  });

  test("rejects an ECC Origin CA certificate, which the NodeBalancer cannot serve", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { certificateKeyType: OriginCaKeyType.ECC })).toThrow(
      `test/Site/LoadBalancer/NodeBalancer/Https: invalid 'certificate': received "ECDSA". NodeBalancers serve RSA certificates only: issue the certificate with an RSA key.`,
    );
  });

  test.each([[SslMode.FLEXIBLE], [SslMode.OFF]])("rejects SSL mode %s while port 80 is closed", (sslMode) => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => site(stack, { sslScope: CloudflareSslScope.hostnames({ sslMode }) })).toThrow(
      `test/Site: invalid 'sslScope.sslMode': received "${sslMode}". With SslMode.FLEXIBLE or SslMode.OFF Cloudflare reaches the origin over plain HTTP on port 80, which is closed`,
    );
  });

  test("accepts SSL mode flexible when port 80 is forwarded, with the settings' warning", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const flexible = site(stack, { sslScope: CloudflareSslScope.hostnames({ sslMode: SslMode.FLEXIBLE }), plainHttp: PlainHttp.FORWARD });
    // THEN
    const config = Object.values(resourcesOfType(synthJson(stack), "cloudflare_ruleset")).find((r) => r.phase === "http_config_settings");
    expect((config?.rules as { action_parameters: unknown }[])[0].action_parameters).toEqual({ ssl: "flexible" });
    expect(warningsOf(flexible)).toEqual([expect.stringContaining("sslMode 'flexible'")]);
  });

  test("warns that plain-HTTP visitors fail when Always Use HTTPS is off and port 80 is closed", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const open = site(stack, { sslScope: CloudflareSslScope.hostnames({ alwaysUseHttps: false }) });
    // THEN
    expect(warningsOf(open)).toContainEqual(expect.stringMatching(/^alwaysUseHttps is off while port 80 is closed: .*error 522/));
  });

  test("warns about hostnames deeper than Universal SSL covers", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const deep = site(stack, { hostnames: ["www.example.com", "api.eu.example.com", "*.eu.example.com"] });
    // THEN
    const warnings = warningsOf(deep);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^'api\.eu\.example\.com' is more than one level below 'example\.com': .*Universal SSL/);
    expect(warnings[1]).toMatch(/^'\*\.eu\.example\.com' is more than one level below/);
  });

  test("warns about nothing with the defaults", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const plain = site(stack);
    // THEN
    expect(warningsOf(plain)).toEqual([]);
  });
});

describe("CloudflareInFront with CloudflareOrigin.appServers()", () => {
  /** The site with TLS on the backends (one backend with an SSH host), its push through the agent. */
  function toServers(stack: TerraformStack, props: Partial<CloudflareInFrontProps> = {}): CloudflareInFront {
    return site(stack, {
      backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "41000001", sshHost: "198.51.100.10" })],
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
      origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }),
      ...props,
    });
  }

  test("forwards 443 as TCP without PROXY protocol to the backends' 443, with no certificate at the NodeBalancer", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    toServers(stack);
    // THEN
    const json = synthJson(stack);
    const [, config] = only(json, "linode_nodebalancer_config");
    expect(config).toMatchObject({ port: 443, protocol: "tcp", proxy_protocol: "none" });
    expect(config.ssl_cert).toBeUndefined();
    expect(config.ssl_key).toBeUndefined();
    expect(only(json, "linode_nodebalancer_node")[1].address).toBe("192.168.130.10:443");
  });

  test("pushes the Origin CA certificate, its key and the zone's client certificate (0644) to every backend", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const servers = toServers(stack);
    // THEN
    const json = synthJson(stack);
    const [certName] = only(json, "cloudflare_origin_ca_certificate");
    const [clientName] = only(json, "tls_self_signed_cert");
    const push = resourcesOfType(json, "terraform_data")[Object.keys(resourcesOfType(json, "terraform_data")).find((n) => !n.includes("Cleanup"))!];
    const files = (push.provisioner as { file?: { content: string; destination: string } }[]).flatMap((p) => (p.file ? [[p.file.destination, p.file.content]] : []));
    expect(Object.fromEntries(files)).toMatchObject({
      "/etc/ssl/site/fullchain.pem": `\${cloudflare_origin_ca_certificate.${certName}.certificate}`,
      "/etc/ssl/site/client-ca.pem": `\${tls_self_signed_cert.${clientName}.cert_pem}`,
    });
    expect(push.triggers_replace).toMatchObject({ client_ca_file: "/etc/ssl/site/client-ca.pem 0644", client_ca_sha256: `\${sha256(tls_self_signed_cert.${clientName}.cert_pem)}` });
    expect(servers.push?.clientCaPath).toBe("/etc/ssl/site/client-ca.pem");
  });

  test("uploads the client certificate only after the push, and publishes the records once pulls are on", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    toServers(stack);
    // THEN
    const json = synthJson(stack);
    const push = Object.keys(resourcesOfType(json, "terraform_data")).find((n) => !n.includes("Cleanup"));
    const [, upload] = only(json, "cloudflare_authenticated_origin_pulls_certificate");
    const [settingsName] = only(json, "cloudflare_authenticated_origin_pulls_settings");
    expect(upload.depends_on).toEqual([`terraform_data.${push}`]);
    for (const record of Object.values(resourcesOfType(json, "cloudflare_dns_record"))) {
      expect(record.depends_on).toContain(`cloudflare_authenticated_origin_pulls_settings.${settingsName}`);
    }
  });

  test("renders a web-server configuration that requires the client certificate and takes the visitor from CF-Connecting-IP", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const servers = toServers(stack);
    // THEN
    expect(servers.webServerConfig).toContain("ssl_client_certificate /etc/ssl/site/client-ca.pem;\n    ssl_verify_client on;");
    expect(servers.webServerConfig).toContain("set_real_ip_from 192.168.255.0/24;\n    real_ip_header CF-Connecting-IP;");
    expect(servers.webServerConfig).not.toContain("proxy_protocol");
  });

  test("serves an ECC Origin CA certificate, which only the NodeBalancer could not", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    toServers(stack, { certificateKeyType: OriginCaKeyType.ECC });
    // THEN
    expect(only(synthJson(stack), "cloudflare_origin_ca_certificate")[1].request_type).toBe("origin-ecc");
  });

  test("admits the NodeBalancers to the backends' 443 and the admins to SSH", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    toServers(stack);
    // THEN
    const inbound = firewall(synthJson(stack), "-backends").inbound as { ports: string; ipv4: unknown }[];
    expect(inbound.map((r) => [r.ports, r.ipv4])).toEqual([
      ["443", ["192.168.255.0/24"]],
      ["22", ["203.0.113.0/24"]],
    ]);
  });

  test("rejects a cipher suite: the NodeBalancer does not terminate TLS", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => toServers(stack, { cipherSuite: CipherSuite.RECOMMENDED })).toThrow(/^test\/Site: invalid 'cipherSuite': received "recommended"\. .*set ciphers in the web server/);
  });

  test("rejects a site without admin sources: the push needs SSH", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => toServers(stack, { adminSources: undefined })).toThrow(/invalid 'adminSources'/);
  });
});

describe("CloudflareZone", () => {
  test("uses a zone id as given, without lookup", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    site(stack);
    // THEN
    const json = synthJson(stack);
    expect(dataSourcesOfType(json, "cloudflare_zone")).toEqual({});
    expect(Object.values(resourcesOfType(json, "cloudflare_ruleset")).map((r) => r.zone_id)).toEqual([ZONE_ID, ZONE_ID]);
  });

  test.each([["023E105F4ECEF8AD9CA31A8372D0C353"], ["example.com"], ["023e105f"]])("rejects the zone id %s", (zoneId) => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => CloudflareZone.fromZoneId(stack, "Zone", { zoneId, zoneName: "example.com" })).toThrow(
      `test/Zone: invalid 'zoneId': received "${zoneId}". Use the zone's id: 32 lower-case hexadecimal digits`,
    );
  });

  test.each([["*.example.com"], ["Example.com"], ["com"]])("rejects the zone name %s", (zoneName) => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => CloudflareZone.fromZoneName(stack, "Zone", zoneName)).toThrow(`test/Zone: invalid 'zoneName': received "${zoneName}".`);
  });

  test("does not judge a zone name that is a reference, nor check hostnames against it", () => {
    // GIVEN
    const stack = newStack();
    const zoneName = new TerraformVariable(stack, "zone", { type: "string" });
    // WHEN
    site(stack, { zone: CloudflareZone.fromZoneName(stack, "Zone", zoneName.stringValue), hostnames: ["www.example.org"] });
    // THEN
    expect(Object.values(dataSourcesOfType(synthJson(stack), "cloudflare_zone"))).toEqual([{ filter: { name: "${var.zone}" } }]);
  });
});

describe("CloudflareInFrontStack", () => {
  test("synthesizes without credentials, warnings or key material", () => {
    // GIVEN
    const app = Testing.app();
    // WHEN
    const stack = new CloudflareInFrontStack(app, "cloudflare-in-front");
    // THEN
    const json = synthJson(stack);
    expect(json.provider).toEqual({ cloudflare: [{}], linode: [{}], tls: [{}] });
    expect(JSON.stringify(json)).not.toMatch(/BEGIN|PRIVATE KEY|api_token|api_key/i);
    expect(Object.keys(json.output ?? {}).sort()).toEqual(["apply_schedule", "certificate_not_after", "expiry_alert_hours", "nodebalancer_ipv4"]);
    expect(warningsOf(stack)).toEqual([]);
  });
});
