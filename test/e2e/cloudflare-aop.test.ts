import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Backend,
  CloudflareInFront,
  CloudflareOrigin,
  CloudflareZone,
  configureProviders,
  FirewallSource,
  RequiredProvider,
  SshCredentials,
} from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { type AppServer, waitFor } from "../support/e2e/app-server";
import type { ClientCertificate, IssuedCertificate } from "../support/e2e/pki";
import { E2E_SKIP_REASON } from "../support/e2e/requirements";
import { CLIENT_ADDRESS, NODEBALANCER_ADDRESS, UNTRUSTED_SENDER_ADDRESS } from "../support/e2e/site-network";
import { type ServerSpec, SiteServers, SSH_PORT } from "../support/e2e/site-servers";
import { TerraformWorkdir } from "../support/tfsim";

// Option 3 encrypted to the app servers, for real: `terraform apply` of a CloudflareInFront stack
// with CloudflareOrigin.appServers() (tfsim's fake cloud providers; the certificate push runs for
// real over SSH) against app servers made of real sshd and nginx with the package's rendered
// configuration, behind a plain TCP forwarder from the NodeBalancers' range (a TCP config without
// PROXY protocol). The test plays Cloudflare: it connects with the zone's Authenticated Origin Pulls
// client certificate, with another one, or with none, and sends CF-Connecting-IP.
//
// tfsim issues no real certificate, so the synthesized stack's references to the Origin CA
// certificate, its key and the AOP client certificate are pointed at variables that carry PEMs this
// test made; everything else (the push, its triggers, the paths, the nginx configuration) is the
// package's own output.

const DOMAIN = "www.example.com";
const CLIENT_CA = "/etc/ssl/site/client-ca.pem";
const SERVERS: readonly ServerSpec[] = [
  { label: "app-1", privateIpv4: "192.168.130.21", loopbackOctet: 21, linodeId: "201" },
  { label: "app-2", privateIpv4: "192.168.130.22", loopbackOctet: 22, linodeId: "202" },
];
/** What the Cloudflare edge would send as the visitor's address. */
const VISITOR = "198.51.100.23";

/** The real stack's references to certificates, and the variables that carry this test's PEMs instead. */
const REAL_PEMS: readonly [RegExp, string][] = [
  [/cloudflare_origin_ca_certificate\.\w+\.certificate/g, "var.chain_pem"],
  [/tls_private_key\.Site_Certificate_Key_\w+\.private_key_pem/g, "var.key_pem"],
  [/tls_self_signed_cert\.Site_OriginPulls_Certificate_\w+\.cert_pem/g, "var.client_ca_pem"],
];

/** The stack for these servers, with the certificate push's PEMs taken from variables. */
function siteStack(servers: readonly AppServer[]): { json: SynthesizedStack; webServerConfig: string } {
  const stack = new TerraformStack(new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "e2e-aop-synth-")) }), "e2e");
  configureProviders(stack, [RequiredProvider.LINODE, RequiredProvider.TLS, RequiredProvider.CLOUDFLARE]);
  for (const name of ["chain_pem", "key_pem", "client_ca_pem"]) new TerraformVariable(stack, name, { type: "string", sensitive: true });
  const sshKey = new TerraformVariable(stack, "ssh_private_key", { type: "string", sensitive: true });
  const site = new CloudflareInFront(stack, "Site", {
    zone: CloudflareZone.fromZoneId(stack, "Zone", { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", zoneName: "example.com" }),
    hostnames: [DOMAIN],
    region: "us-east",
    backends: servers.map((s) => {
      const spec = SERVERS.find((x) => x.label === s.label)!;
      return Backend.fromAddress(spec.privateIpv4, { label: s.label, sshHost: s.options.sshHost, sshHostKey: s.hostKey, linodeId: spec.linodeId });
    }),
    adminSources: FirewallSource.cidrs(["127.0.0.0/8"]),
    origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.privateKey(sshKey.stringValue), sshPort: SSH_PORT, sshTimeoutSeconds: 10 }),
  });
  const json = synthJson(stack);
  const pushes = JSON.stringify(json.resource!.terraform_data);
  const redirected = REAL_PEMS.reduce((text, [pattern, variable]) => {
    expect(text, `the push refers to ${variable}'s certificate`).toMatch(pattern);
    return text.replace(pattern, variable);
  }, pushes);
  return { json: { ...json, resource: { ...json.resource, terraform_data: JSON.parse(redirected) } }, webServerConfig: site.webServerConfig! };
}

describe.skipIf(E2E_SKIP_REASON !== undefined)(`Cloudflare to the app servers end to end${E2E_SKIP_REASON ? ` (${E2E_SKIP_REASON})` : ""}`, () => {
  let site: SiteServers;
  let work: TerraformWorkdir;
  let certificate: IssuedCertificate;
  /** The zone's Authenticated Origin Pulls certificate: what Cloudflare presents for this zone. */
  let zoneClient: ClientCertificate;
  /** A certificate Cloudflare would not send for this zone (another zone's, or anyone's). */
  let otherClient: ClientCertificate;
  const server = (label: string) => site.get(label);

  function apply(): void {
    work.useConfig(siteStack(site.all()).json);
    const env = { TF_VAR_chain_pem: certificate.fullChainPem, TF_VAR_key_pem: certificate.privateKeyPem, TF_VAR_client_ca_pem: zoneClient.certificatePem, TF_VAR_ssh_private_key: site.sshKey };
    work.terraform(["apply", "-input=false", "-no-color", "-auto-approve"], { env, timeoutMs: 240_000 });
  }

  /** One HTTPS request to a backend, as Cloudflare would send it, from the NodeBalancer or from elsewhere. */
  function pull(label: string, client: ClientCertificate | undefined, options: { readonly path?: string; readonly untrusted?: boolean } = {}) {
    const n = Number(label.slice(-1));
    const request = {
      port: (options.untrusted ? 8540 : 8440) + n,
      localAddress: CLIENT_ADDRESS,
      servername: DOMAIN,
      ca: site.pki.rootPem,
      cert: client?.certificatePem,
      key: client?.privateKeyPem,
      headers: { "CF-Connecting-IP": VISITOR },
      path: options.path ?? "/",
    };
    return site.request<{ authorized?: boolean; serial?: string; status?: number; error?: string }>(request);
  }

  beforeAll(async () => {
    site = new SiteServers("e2e-aop-", SERVERS);
    certificate = site.pki.issue(DOMAIN);
    zoneClient = site.pki.clientCertificate("cdktf-nodebalancer-ssl origin pull");
    otherClient = site.pki.clientCertificate("another zone's origin pull");
    await site.start(siteStack(site.all()).webServerConfig);
    await site.forward(
      SERVERS.flatMap((spec, i) => [
        { listen: 8441 + i, to: spec.privateIpv4, port: 443, from: NODEBALANCER_ADDRESS, proxyProtocol: false },
        { listen: 8541 + i, to: spec.privateIpv4, port: 443, from: UNTRUSTED_SENDER_ADDRESS, proxyProtocol: false },
      ]),
    );
    work = new TerraformWorkdir("e2e-aop-tf-");
    work.useConfig(siteStack(site.all()).json);
    work.init();
  }, 120_000);

  afterAll(() => {
    site?.dispose();
    work?.dispose();
  });

  test("the rendered configuration passes nginx's own check once the push delivered certificate, key and client CA", async () => {
    // GIVEN backends whose nginx cannot start yet (no certificate, no client CA)
    expect(server("app-1").nginxPid()).toBeUndefined();
    // WHEN the stack is applied: the push's reload runs `nginx -t -q` on each server before starting nginx
    apply();
    // THEN every backend holds the client CA (0644) next to the chain and key, and nginx runs with the rendered site
    for (const label of ["app-1", "app-2"]) {
      expect(server(label).nginxPid(), `${label}: nginx -t refused the rendered site, or nginx did not start`).toBeDefined();
      expect(server(label).mode(CLIENT_CA)).toBe(0o644);
      expect(readFileSync(server(label).local(CLIENT_CA), "utf8")).toBe(zoneClient.certificatePem);
      await waitFor(`${label} to serve the Origin CA certificate`, 15_000, () => pull(label, zoneClient).serial === certificate.serial);
    }
  }, 120_000);

  test("a pull with the zone's client certificate is served; another certificate or none is refused", () => {
    // WHEN Cloudflare's pull for this zone, another client certificate and no certificate reach app-1
    const zone = pull("app-1", zoneClient);
    const other = pull("app-1", otherClient);
    const none = pull("app-1", undefined);
    // THEN the zone's pull passes TLS and client verification (nginx answers the site, not 400)
    expect(zone).toMatchObject({ authorized: true, serial: certificate.serial, status: 200 });
    // AND the others get nginx's 400 for a failed or missing client certificate, and no page
    expect(other).toMatchObject({ authorized: true, status: 400 });
    expect(none).toMatchObject({ authorized: true, status: 400 });
  }, 60_000);

  test("the visitor's address comes from CF-Connecting-IP, believed from the NodeBalancers' range only", () => {
    // WHEN pulls arrive through the NodeBalancer and from a sender outside 192.168.255.0/24
    pull("app-2", zoneClient, { path: "/through-nodebalancer" });
    pull("app-2", zoneClient, { path: "/from-elsewhere", untrusted: true });
    // THEN nginx logs the visitor for the NodeBalancer's connection and the sender for the other
    const log = server("app-2").accessLog();
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^${VISITOR.replaceAll(".", "\\.")} .*"GET /through-nodebalancer `)));
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^${UNTRUSTED_SENDER_ADDRESS.replaceAll(".", "\\.")} .*"GET /from-elsewhere `)));
  }, 60_000);

  test("a new zone client certificate is pushed to every backend: the new one passes, the old one no longer does", async () => {
    // GIVEN the zone's client certificate rotated
    const previous = zoneClient;
    zoneClient = site.pki.clientCertificate("cdktf-nodebalancer-ssl origin pull (renewed)");
    // WHEN applied
    apply();
    // THEN each backend holds the new client CA, accepts the new certificate and refuses the old one
    for (const label of ["app-1", "app-2"]) {
      expect(readFileSync(server(label).local(CLIENT_CA), "utf8")).toBe(zoneClient.certificatePem);
      await waitFor(`${label} to accept the renewed client certificate`, 15_000, () => pull(label, zoneClient).status === 200);
      expect(pull(label, previous).status).toBe(400);
    }
  }, 120_000);
});
