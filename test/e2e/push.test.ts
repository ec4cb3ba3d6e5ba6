import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Backend,
  configureProviders,
  FirewallSource,
  ListenerCertificate,
  RequiredProvider,
  SshCredentials,
  TcpPassthrough,
  WebServer,
} from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { type AppServer, type AuditEntry, waitFor } from "../support/e2e/app-server";
import type { IssuedCertificate } from "../support/e2e/pki";
import { E2E_SKIP_REASON } from "../support/e2e/requirements";
import { CLIENT_ADDRESS, NODEBALANCER_ADDRESS, UNTRUSTED_SENDER_ADDRESS } from "../support/e2e/site-network";
import { type ServerSpec, SiteServers, SSH_PORT } from "../support/e2e/site-servers";
import { TerraformWorkdir } from "../support/tfsim";

// Option 2 for real: `terraform apply` of a passthrough stack (tfsim's fake cloud providers; the
// provisioners run for real, over SSH) against app servers made of real sshd and nginx with the
// package's rendered configuration, behind a PROXY v2 sender that stands in for the NodeBalancer.
// Everything stays on this machine: sshd on loopback addresses, nginx and the sender in network
// namespaces the test creates and deletes. E2E_KEEP=1 keeps the servers' folders for inspection.

const SSH_TIMEOUT_SECONDS = 10;
const DOMAIN = "www.example.com";
const CERT = "/etc/ssl/site/fullchain.pem";
const KEY = "/etc/ssl/site/privkey.pem";

const SKIP_REASON = E2E_SKIP_REASON;
const SERVERS: readonly ServerSpec[] = [
  { label: "app-1", privateIpv4: "192.168.130.11", loopbackOctet: 11, linodeId: "101" },
  { label: "app-2", privateIpv4: "192.168.130.12", loopbackOctet: 12, linodeId: "102" },
  { label: "app-3", privateIpv4: "192.168.130.13", loopbackOctet: 13, linodeId: "103" },
];

/** How the stack's SSH credentials are given: a key file (the default), or the key in a sensitive variable. */
enum KeyGiven {
  FILE = "file",
  REFERENCE = "reference",
}

/**
 * The passthrough stack for these servers, each pinned to `pins[label]` or its own host key (or none
 * with `pins: "none"`), optionally through a bastion.
 */
function siteStack(servers: readonly AppServer[], pins: Record<string, string> | "none" = {}, bastion?: AppServer, keyGiven = KeyGiven.FILE): { json: SynthesizedStack; webServerConfig: string } {
  const stack = new TerraformStack(new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "e2e-synth-")) }), "e2e");
  configureProviders(stack, [RequiredProvider.LINODE]);
  const chain = new TerraformVariable(stack, "chain_pem", { type: "string", sensitive: true });
  const key = new TerraformVariable(stack, "key_pem", { type: "string", sensitive: true });
  const sshKey = new TerraformVariable(stack, "ssh_private_key", { type: "string", sensitive: true, default: "" });
  const sshKeyFile = new TerraformVariable(stack, "ssh_private_key_file", { type: "string", default: "" });
  const site = new TcpPassthrough(stack, "Site", {
    region: "us-east",
    backends: servers.map((s) => {
      const spec = SERVERS.find((x) => x.label === s.label)!;
      return Backend.fromAddress(spec.privateIpv4, { label: s.label, sshHost: s.options.sshHost, sshHostKey: pins === "none" ? undefined : (pins[s.label] ?? s.hostKey), linodeId: spec.linodeId });
    }),
    certificate: ListenerCertificate.fromPem({ fullChainPem: chain.stringValue, privateKeyPem: key.stringValue }),
    sshCredentials: keyGiven === KeyGiven.FILE ? SshCredentials.privateKeyFile(sshKeyFile.stringValue) : SshCredentials.privateKey(sshKey.stringValue),
    sshPort: SSH_PORT,
    sshTimeoutSeconds: SSH_TIMEOUT_SECONDS,
    sshBastion: bastion ? { host: bastion.options.sshHost, port: SSH_PORT, hostKey: bastion.hostKey } : undefined,
    webServer: WebServer.nginx(),
    adminSources: FirewallSource.cidrs(["127.0.0.0/8"]),
  });
  return { json: synthJson(stack), webServerConfig: site.webServerConfig! };
}

/** True when another local user could change the script (or swap it) before root runs it. */
function writableByOthers(entry: AuditEntry): boolean {
  const modes = entry.modes!;
  const reachable = (from: number) => modes.slice(from).every((m) => (m & 0o001) !== 0);
  const scriptWritable = (modes[0] & 0o002) !== 0 && reachable(1);
  const directoryWritable = modes.slice(1).some((m, i) => (m & 0o002) !== 0 && (m & 0o1000) === 0 && reachable(i + 2));
  return scriptWritable || directoryWritable;
}

describe.skipIf(SKIP_REASON !== undefined)(`certificate push end to end${SKIP_REASON ? ` (${SKIP_REASON})` : ""}`, () => {
  let site: SiteServers;
  let work: TerraformWorkdir;
  let certificate: IssuedCertificate;
  let scriptsInTmpBefore: string[];

  const server = (label: string) => site.get(label);
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    TF_VAR_chain_pem: certificate.fullChainPem,
    TF_VAR_key_pem: certificate.privateKeyPem,
    TF_VAR_ssh_private_key: site.sshKey,
    TF_VAR_ssh_private_key_file: join(site.root, "client"),
    SSH_AUTH_SOCK: "",
    ...extra,
  });
  /** Everything Terraform printed in this suite, searched for key material at the end. */
  const printed: string[] = [];
  const scriptsInTmp = () => execFileSync("sh", ["-c", "ls /tmp | grep -E '^terraform_[0-9]+\\.sh$' || true"], { encoding: "utf8" }).split("\n").filter(Boolean);

  /** Applies the stack for these servers; returns terraform's result and how long it took. */
  function apply(members: readonly string[], pins: Record<string, string> | "none" = {}, allowFailure = false, bastion?: AppServer, keyGiven = KeyGiven.FILE, extraEnv: NodeJS.ProcessEnv = {}) {
    work.useConfig(siteStack(members.map(server), pins, bastion, keyGiven).json);
    const started = Date.now();
    const r = work.terraform(["apply", "-input=false", "-no-color", "-auto-approve"], { env: env(extraEnv), allowFailure, timeoutMs: 240_000 });
    printed.push(`${r.stdout}${r.stderr}`);
    return { ...r, seconds: (Date.now() - started) / 1000 };
  }

  /** What a visitor sees on one backend's port, from `from` (a PROXY sender's address). */
  function visit(label: string, options: { readonly tls?: boolean; readonly untrusted?: boolean; readonly path?: string } = {}) {
    const n = Number(label.slice(-1));
    const port = options.tls === false ? 8080 + n : options.untrusted ? 8540 + n : 8440 + n;
    const request = { port, localAddress: CLIENT_ADDRESS, servername: DOMAIN, ca: options.tls === false ? null : site.pki.rootPem, path: options.path ?? "/" };
    return site.request<{ authorized?: boolean; authorizationError?: string; chain?: string[]; serial?: string; protocol?: string; status?: number; location?: string; error?: string }>(request);
  }

  /** Waits (bounded) until the backend serves the certificate with this serial. */
  async function serves(label: string, serial: string): Promise<void> {
    await waitFor(`${label} to serve ${serial}`, 15_000, () => visit(label).serial === serial);
  }

  /** Every script root ran on the backends so far: none could be changed by another user, none is left behind. */
  function expectScriptsPrivateAndGone(): AuditEntry[] {
    const scripts = site.all().flatMap((s) => s.audit().filter((e) => e.script !== undefined).map((e) => ({ ...e, server: s })));
    for (const entry of scripts) {
      expect(entry.user).toBe("root");
      expect(writableByOthers(entry), `${entry.server.label}: ${entry.script} (modes ${entry.modes!.map((m) => m.toString(8)).join(" ")}) could be changed by another user before root ran it`).toBe(false);
      const where = entry.script!.startsWith("/root/") ? entry.server.local(entry.script!) : entry.script!;
      expect(existsSync(where), `${entry.server.label}: ${entry.script} was left behind`).toBe(false);
    }
    for (const s of site.all()) expect(s.homeEntries(), `${s.label}: left in /root`).toEqual([]);
    expect(scriptsInTmp().filter((f) => !scriptsInTmpBefore.includes(f)), "scripts left in /tmp").toEqual([]);
    return scripts;
  }

  const pushes = (label: string) => server(label).audit().filter((e) => e.script !== undefined).length;

  beforeAll(async () => {
    scriptsInTmpBefore = scriptsInTmp();
    site = new SiteServers("e2e-push-", SERVERS);
    certificate = site.pki.issue(DOMAIN);
    await site.start(siteStack(site.all()).webServerConfig);
    await site.forward(
      SERVERS.flatMap((spec, i) => [
        { listen: 8441 + i, to: spec.privateIpv4, port: 443, from: NODEBALANCER_ADDRESS },
        { listen: 8081 + i, to: spec.privateIpv4, port: 80, from: NODEBALANCER_ADDRESS },
        { listen: 8541 + i, to: spec.privateIpv4, port: 443, from: UNTRUSTED_SENDER_ADDRESS },
      ]),
    );
    work = new TerraformWorkdir("e2e-push-tf-");
    work.useConfig(siteStack([server("app-1"), server("app-2")]).json);
    work.init();
  }, 120_000);

  afterAll(() => {
    site?.dispose();
    work?.dispose();
  });

  test("the first apply writes chain (0644) and key (0600) on every backend, and nginx serves the full chain", async () => {
    // GIVEN two backends whose nginx cannot start yet (no certificate)
    expect(server("app-1").nginxPid()).toBeUndefined();
    // WHEN the stack is applied
    apply(["app-1", "app-2"]);
    // THEN each backend holds the files with their modes, and the push's reload started nginx
    for (const label of ["app-1", "app-2"]) {
      expect(server(label).mode(CERT)).toBe(0o644);
      expect(server(label).mode(KEY)).toBe(0o600);
      expect(readFileSync(server(label).local(CERT), "utf8")).toBe(certificate.fullChainPem);
      expect(readFileSync(server(label).local(KEY), "utf8")).toBe(certificate.privateKeyPem);
      // AND a TLS client that trusts only the root verifies the chain (so the intermediate is served)
      await serves(label, certificate.serial);
      expect(visit(label)).toMatchObject({ authorized: true, chain: [DOMAIN, "e2e intermediate", "e2e root"] });
    }
  }, 120_000);

  test("the client's address arrives through PROXY v2 from the NodeBalancers' range only, and port 80 redirects", () => {
    // WHEN a visitor connects through the NodeBalancer, and a sender outside 192.168.255.0/24 claims the same client
    expect(visit("app-1", { path: "/through-nodebalancer" }).status).toBeDefined();
    expect(visit("app-1", { untrusted: true, path: "/from-elsewhere" }).status).toBeDefined();
    const plain = visit("app-1", { tls: false, path: "/plain" });
    // THEN nginx logs the visitor's address for the NodeBalancer's connection only
    const log = server("app-1").accessLog();
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^${CLIENT_ADDRESS} ${CLIENT_ADDRESS} "GET /through-nodebalancer `)));
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^${UNTRUSTED_SENDER_ADDRESS} ${CLIENT_ADDRESS} "GET /from-elsewhere `)));
    // AND plain HTTP is redirected to HTTPS with the same host and path
    expect(plain).toMatchObject({ status: 301, location: `https://${DOMAIN}/plain` });
  }, 60_000);

  test("no script that another local user could change ever ran as root, and none is left behind", () => {
    // GIVEN the scripts the pushes ran so far  THEN each sat in a directory no other user can enter, and is gone
    const scripts = expectScriptsPrivateAndGone();
    expect(scripts.length).toBeGreaterThanOrEqual(4);
  });

  test("a renewal re-pushes once to every backend, and nginx serves the new certificate", async () => {
    // GIVEN a renewed certificate
    const before = { "app-1": pushes("app-1"), "app-2": pushes("app-2") };
    certificate = site.pki.issue(DOMAIN);
    // WHEN applied
    apply(["app-1", "app-2"]);
    // THEN each backend ran one more push (two scripts) and serves the new certificate
    for (const label of ["app-1", "app-2"] as const) {
      expect(pushes(label) - before[label]).toBe(2);
      await serves(label, certificate.serial);
    }
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("an added backend gets exactly one push; the others none", async () => {
    // GIVEN a third backend
    const before = { "app-1": pushes("app-1"), "app-2": pushes("app-2") };
    // WHEN applied
    apply(["app-1", "app-2", "app-3"]);
    // THEN only app-3 was pushed to, once, and it serves the certificate
    expect(pushes("app-3")).toBe(2);
    expect({ "app-1": pushes("app-1"), "app-2": pushes("app-2") }).toEqual(before);
    await serves("app-3", certificate.serial);
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("a removed backend loses the chain and the key; the others keep theirs", () => {
    // WHEN app-3 leaves the site
    apply(["app-1", "app-2"]);
    // THEN its files are deleted, and the remaining backends are untouched
    expect(server("app-3").mode(KEY)).toBeUndefined();
    expect(server("app-3").mode(CERT)).toBeUndefined();
    expect(server("app-1").mode(KEY)).toBe(0o600);
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("with the key in a variable, a removed backend is cleaned up through the ssh-agent, and the state never holds the key", async () => {
    // GIVEN app-3 back in the site, pushed to with the key given as a sensitive variable
    apply(["app-1", "app-2", "app-3"], {}, false, undefined, KeyGiven.REFERENCE);
    await serves("app-3", certificate.serial);
    // AND an ssh-agent (started here, stopped by its PID) holding that key
    const socket = join(site.root, "agent.sock");
    const agent: ChildProcess = spawn("ssh-agent", ["-D", "-a", socket], { stdio: "ignore" });
    try {
      await waitFor("the ssh-agent's socket", 10_000, () => existsSync(socket));
      execFileSync("ssh-add", [join(site.root, "client")], { env: { ...process.env, SSH_AUTH_SOCK: socket }, stdio: "ignore", timeout: 10_000 });
      // WHEN app-3 leaves the site
      apply(["app-1", "app-2"], {}, false, undefined, KeyGiven.REFERENCE, { SSH_AUTH_SOCK: socket });
    } finally {
      agent.kill();
    }
    // THEN its files are deleted, the others keep theirs, and no state file ever held the key
    expect(server("app-3").mode(KEY)).toBeUndefined();
    expect(server("app-1").mode(KEY)).toBe(0o600);
    const keyLines = site.sshKey.split("\n").filter((l) => l.length >= 40);
    for (const file of ["terraform.e2e.tfstate", "terraform.tfstate", "terraform.tfstate.backup"].map((f) => join(work.dir, f)).filter((f) => existsSync(f))) {
      const state = readFileSync(file, "utf8");
      for (const line of keyLines) expect(state.includes(line), `${file} holds the SSH key`).toBe(false);
    }
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("a rebuilt server (same address and Linode, new disk, new host key) is pushed to on the next apply", async () => {
    // GIVEN app-1 rebuilt: no certificate, nginx stopped, a new host key (and the pin updated)
    await server("app-1").rebuild();
    expect(server("app-1").mode(KEY)).toBeUndefined();
    const before = pushes("app-2");
    // WHEN applied with the new pin
    apply(["app-1", "app-2"]);
    // THEN app-1 is pushed to again and serves the certificate; app-2 is not touched
    expect(pushes("app-1")).toBe(2);
    expect(pushes("app-2")).toBe(before);
    expect(server("app-1").mode(KEY)).toBe(0o600);
    await serves("app-1", certificate.serial);
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("a renewal through a bastion reaches every backend", async () => {
    // GIVEN a renewed certificate and app-3's sshd, out of the site, as the bastion. The backends'
    // keys are not pinned here: Terraform before hashicorp/terraform#38318 (1.11 on this machine)
    // checks the bastion against the backend's host_key, so a pinned push through a bastion fails there.
    certificate = site.pki.issue(DOMAIN);
    const logins = () => readFileSync(join(server("app-3").dir, "ssh/sshd.log"), "utf8").match(/Accepted publickey for root/g)?.length ?? 0;
    const before = logins();
    // WHEN applied through the bastion
    apply(["app-1", "app-2"], "none", false, server("app-3"));
    // THEN Terraform logged in to the bastion for each SSH connection, and both backends serve the new certificate
    expect(logins() - before).toBeGreaterThanOrEqual(2);
    for (const label of ["app-1", "app-2"]) await serves(label, certificate.serial);
    expectScriptsPrivateAndGone();
  }, 120_000);

  test("a wrong pinned host key fails within the SSH timeout, and that server never receives the key", () => {
    // GIVEN app-3 back in the site, pinned to another server's host key
    const before = pushes("app-3");
    // WHEN applied
    const r = apply(["app-1", "app-2", "app-3"], { "app-3": server("app-2").hostKey }, true);
    // THEN the apply fails on the host key, within the timeout (plus Terraform's own start-up), and app-3 has no key
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/handshake failed|key mismatch/i);
    expect(r.seconds).toBeLessThan(SSH_TIMEOUT_SECONDS + 30);
    expect(server("app-3").mode(KEY)).toBeUndefined();
    expect(pushes("app-3")).toBe(before);
  }, 120_000);

  test("no apply of this suite printed key material (provisioners really ran)", () => {
    expect(printed.length).toBeGreaterThanOrEqual(8);
    const keyLines = [site.sshKey, certificate.privateKeyPem].flatMap((k) => k.split("\n").filter((l) => l.length >= 40));
    for (const text of printed) {
      expect(text).not.toMatch(/PRIVATE KEY/);
      for (const line of keyLines) expect(text.includes(line)).toBe(false);
    }
    expect(printed.some((t) => t.includes("Provisioning with 'remote-exec'"))).toBe(true);
  });
});
