import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main";
import { synthesizeExampleStacks } from "../support/example-stacks";
import { TestPki } from "./support/pki";
import { LoopbackServers, PlainHttpBehaviour } from "./support/servers";

const STACK = "terminate-at-load-balancer";
const SECRET = "-----BEGIN PRIVATE KEY----- not-for-output";

let pki: TestPki;
let servers: LoopbackServers;
let dir: string;
let nb: string;
let ports: { https: number; http: number };

/** Writes what `cdktf synth` leaves: cdktf.out/manifest.json and stacks/<name>/cdk.tf.json. */
function writeCdktfOut(root: string): string {
  const out = join(root, "cdktf.out");
  const stacks = synthesizeExampleStacks();
  const manifest: Record<string, unknown> = {};
  for (const [name, json] of stacks) {
    mkdirSync(join(out, "stacks", name), { recursive: true });
    writeFileSync(join(out, "stacks", name, "cdk.tf.json"), JSON.stringify(json));
    manifest[name] = { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, workingDirectory: `stacks/${name}` };
  }
  writeFileSync(join(out, "manifest.json"), JSON.stringify({ stacks: manifest }));
  return out;
}

/** Runs the CLI in `dir`, capturing what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

/** The flags that point the example stack's names at the loopback NodeBalancer. */
const loopback = (): string[] => [
  "--resolve", `www.example.com=${nb}`, "--resolve", `example.com=${nb}`,
  "--ca-file", "root.pem", "--https-port", String(ports.https), "--http-port", String(ports.http), "--timeout", "3",
];

beforeAll(async () => {
  pki = new TestPki();
  servers = new LoopbackServers();
  dir = mkdtempSync(join(tmpdir(), "verify-cli-"));
  writeFileSync(join(dir, "root.pem"), pki.rootPem);
  writeCdktfOut(dir);
  const leaf = pki.issue({ names: ["www.example.com", "example.com"], toDays: 60 });
  nb = servers.address();
  ports = { https: await servers.https({ address: nb, cert: leaf.fullChainPem, key: leaf.keyPem }), http: await servers.http(nb, PlainHttpBehaviour.REDIRECT) };
  writeFileSync(join(dir, "outputs.json"), JSON.stringify({ nodebalancer_ipv4: { value: nb }, private_key: { sensitive: true, value: SECRET } }));
});

afterAll(async () => {
  await servers.closeAll();
  pki.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("verify --help and bad input", () => {
  test("--help documents every check and flag, and the exit codes", async () => {
    const { code, stdout } = await cli("verify", "--help");
    expect(code).toBe(0);
    for (const text of ["--from <dir>", "--stack <name>", "--outputs <file>", "--hostname <name>", "--nodebalancer-ip <ip>", "--ca-file <file>", "--min-days <n>", "--timeout <seconds>", "--json", "--strict", "tls.legacy", "origin.firewall", "backends.same-cert", "Exit codes: 0"]) {
      expect(stdout).toContain(text);
    }
  });

  test("the top-level help points to verify", async () => {
    expect((await cli("--help")).stdout).toContain('Run "cdktf-nodebalancer-ssl verify --help" for its options.');
  });

  test.each([
    [["verify", "--bogus"], "Unknown option '--bogus'"],
    [["verify"], "give --from <dir> (cdktf.out or a published folder), or --option and at least one --hostname"],
    [["verify", "--option", "tls-everywhere", "--hostname", "a.test"], '--option "tls-everywhere" is not one of terminate-at-load-balancer, tcp-passthrough, cloudflare-in-front'],
    [["verify", "--from", "cdktf.out"], "holds 5 stacks (cloudflare-in-front, cloudflare-to-app-servers, load-balanced-site, tcp-passthrough, terminate-at-load-balancer): choose one with --stack"],
    [["verify", "--from", "cdktf.out", "--stack", STACK, "--outputs", "outputs.json", "--timeout", "0"], '--timeout "0" must be a number from 0.1 to 600'],
    [["verify", "--from", "nowhere", "--outputs", "outputs.json"], "holds no manifest.json (cdktf.out or a publish folder), main.tf.json or cdk.tf.json"],
    [["verify", "--from", "cdktf.out", "--stack", "shop"], 'no stack "shop" in'],
    // Issue 20: a bad --resolve is a bad flag (2), not a DNS failure of the site (1).
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "a.test", "--resolve", "a.test=not-an-ip"], '--resolve "a.test=not-an-ip": "not-an-ip" is not an IPv4 or IPv6 address'],
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "a.test", "--resolve", "a.test=203.0.113.7,"], '--resolve "a.test=203.0.113.7,": "" is not an IPv4 or IPv6 address'],
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "a.test", "--resolve", "a.test=203.0.113.7=x"], "must look like www.example.com=203.0.113.10"],
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "a.test", "--resolve", "https://a.test=203.0.113.7"], '--resolve "https://a.test" is not a host name'],
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "https://www.example.com/"], '--hostname "https://www.example.com/" is not a host name'],
    [["verify", "--option", "tcp-passthrough", "--hostname", "a.test", "--backend-header", "X Backend"], '--backend-header "X Backend" is not an HTTP header name'],
    [["verify", "--option", "tcp-passthrough", "--hostname", "a.test", "--backends", "2.5"], '--backends "2.5" must be a whole number'],
    [["verify", "--option", "terminate-at-load-balancer", "--hostname", "a.test", "--nodebalancer-ip", "nb.example"], 'NodeBalancer address "nb.example" is not an IP address'],
  ])("%j exits 2 with a usage error", async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe("");
  });

  test("a folder published as HCL is refused with the way out", async () => {
    const hcl = join(dir, "published-hcl");
    mkdirSync(join(hcl, STACK), { recursive: true });
    writeFileSync(join(hcl, "manifest.json"), JSON.stringify({ formats: ["hcl"], package: { name: "cdktf-nodebalancer-ssl" }, stacks: [STACK] }));
    const { code, stderr } = await cli("verify", "--from", "published-hcl", "--outputs", "outputs.json");
    expect(code).toBe(2);
    expect(stderr).toContain("was published with --hcl; verify reads JSON: publish without --hcl, or point --from at cdktf.out");
  });
});

describe("verify against the loopback NodeBalancer", () => {
  test("reads cdktf.out and the saved outputs, prints the table, exits 0, and prints no secret", async () => {
    const { code, stdout, stderr } = await cli("verify", "--from", "cdktf.out", "--stack", STACK, "--outputs", "outputs.json", ...loopback());
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^STATUS +CHECK +TARGET +EVIDENCE\n/);
    expect(stdout).toContain(`PASS    dns            www.example.com  ${nb} = NodeBalancer`);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("PASS: 22 passed, 0 warned, 0 failed");
    expect(stdout).not.toContain("PRIVATE KEY");
  });

  test("a folder written by publish (JSON) reads the same", async () => {
    const published = join(dir, "published");
    mkdirSync(join(published, STACK), { recursive: true });
    writeFileSync(join(published, "manifest.json"), JSON.stringify({ formats: ["json"], package: { name: "cdktf-nodebalancer-ssl" }, stacks: [STACK] }));
    writeFileSync(join(published, STACK, "main.tf.json"), JSON.stringify(synthesizeExampleStacks().get(STACK)));
    const { code, stdout } = await cli("verify", "--from", "published", "--outputs", "outputs.json", "--json", ...loopback());
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ status: "pass", counts: { pass: 22, warn: 0, fail: 0 } });
    expect(report.results[0]).toEqual({ check: "dns", target: "www.example.com", status: "pass", evidence: `${nb} = NodeBalancer` });
  });

  test("runs terraform output -json in the stack's folder, within its time limit, and prints none of it", async () => {
    // GIVEN a terraform on PATH that prints outputs with a sensitive value
    const bin = join(dir, "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, "terraform"), `#!/bin/sh\npwd > "${join(dir, "terraform-cwd")}"\ncat "${join(dir, "outputs.json")}"\n`);
    chmodSync(join(bin, "terraform"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      // WHEN
      const { code, stdout } = await cli("verify", "--from", "cdktf.out", "--stack", STACK, "--min-days", "90", "--json", ...loopback());
      // THEN it ran in cdktf.out/stacks/<stack>, and the 59 days left fail the 90-day threshold
      expect(readFileSync(join(dir, "terraform-cwd"), "utf8").trim()).toBe(join(realpathSync(dir), "cdktf.out", "stacks", STACK));
      expect(code).toBe(1);
      const failed = JSON.parse(stdout).results.filter((r: { status: string }) => r.status === "fail").map((r: { check: string }) => r.check);
      expect(failed).toEqual(["tls.expiry", "tls.expiry"]);
      expect(stdout).not.toContain("PRIVATE KEY");
    } finally {
      process.env.PATH = path;
    }
  });

  test("hostnames and address by hand, no stack", async () => {
    const { code, stdout } = await cli("verify", "--option", "terminate-at-load-balancer", "--hostname", "www.example.com", "--nodebalancer-ip", nb, ...loopback());
    expect(code).toBe(0);
    expect(stdout).toContain("no automatic renewal");
  });
});
