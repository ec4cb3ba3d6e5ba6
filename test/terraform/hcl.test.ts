import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { afterAll, describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  AppServers,
  Backend,
  CloudflareInFront,
  CloudflareOrigin,
  CloudflareSslScope,
  CloudflareZone,
  configureProviders,
  FirewallSource,
  HclStack,
  ListenerCertificate,
  RequiredProvider,
  SiteStack,
  SiteTls,
  SshCredentials,
  StateBackend,
  TcpPassthrough,
} from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { renderHcl } from "../../src/hcl";
import { publish } from "../../src/publish";
import { addExampleStacks } from "../../stacks/app";
import { synthesizeAllExampleStacks, synthesizeExampleStacks } from "../support/example-stacks";
import { judge, TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle, type TerraformPlan } from "../support/tfsim";

// The HCL that renderHcl writes, through real Terraform (tfsim's fake providers serve the pinned
// schemas): init, validate, plan, apply and a clean replan, like the JSON it comes from; and the
// same plan as that JSON. judge.sh strips provisioners before apply from JSON only (no SSH host is
// there), so a stack with provisioners is planned with them and applied without them.

const ROOT = resolve(__dirname, "../..");
const TIMEOUT = 180_000;
const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExample ops@example.com";
const temps: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding exactly these files. */
function folder(prefix: string, files: Record<string, string>): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function hasProvisioners(json: SynthesizedStack): boolean {
  return Object.values(json.resource ?? {}).some((byName) => Object.values(byName).some((body) => body.provisioner !== undefined || body.connection !== undefined));
}

function withoutProvisioners(json: SynthesizedStack): SynthesizedStack {
  const copy = JSON.parse(JSON.stringify(json)) as SynthesizedStack;
  for (const byName of Object.values(copy.resource ?? {})) {
    for (const body of Object.values(byName)) {
      delete body.provisioner;
      delete body.connection;
    }
  }
  return copy;
}

function expectJudged(dir: string, what: string): string {
  const result = judge(dir);
  // judge() appends stderr after stdout, so its `verdict` can be a stderr note ("backend replaced");
  // the step summary is the stdout line that starts with "tfsim: init".
  const verdict = result.output.split("\n").filter((l) => l.startsWith("tfsim: init")).pop() ?? result.verdict;
  expect(result.ok, `${what}: ${verdict}\n${result.output.slice(-3000)}`).toBe(true);
  expect(verdict, what).toMatch(/^tfsim: init ok, validate ok \(0 warnings\), plan \+\d+, (provisioners of \d+ resources validated, not run, )?apply ok, replan clean$/);
  return verdict;
}

/** `terraform validate` and `plan` of one configuration through tfsim; the plan's meaningful parts. */
function planOf(files: Record<string, string>): Pick<TerraformPlan, "resource_changes"> & { planned_values: unknown; output_changes: unknown } {
  const work = new TerraformWorkdir("hcl-plan-");
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(work.dir, name), text);
    work.init();
    const validate = JSON.parse(work.terraform(["validate", "-json", "-no-color"]).stdout) as { valid: boolean; warning_count: number };
    expect(validate).toMatchObject({ valid: true, warning_count: 0 });
    const plan = work.plan() as TerraformPlan & { planned_values: unknown; output_changes: unknown };
    return { planned_values: plan.planned_values, output_changes: plan.output_changes, resource_changes: plan.resource_changes };
  } finally {
    work.dispose();
  }
}

/**
 * Checks a stack's JSON and its HCL through Terraform: both judged (HCL with provisioners: planned
 * with them, judged without them), and both planned to the same changes. Returns the verdicts.
 */
function checkStack(name: string, json: SynthesizedStack, extraFiles: Record<string, string> = {}): string[] {
  const hcl = renderHcl(json);
  const verdicts = [`${name} json: ${expectJudged(folder("hcl-json-", { "main.tf.json": JSON.stringify(json, null, 2), ...extraFiles }), `${name} (JSON)`)}`];
  if (hasProvisioners(json)) {
    const stripped = renderHcl(withoutProvisioners(json));
    verdicts.push(`${name} hcl without provisioners: ${expectJudged(folder("hcl-", { "main.tf": stripped, ...extraFiles }), `${name} (HCL, provisioners stripped)`)}`);
  } else {
    verdicts.push(`${name} hcl: ${expectJudged(folder("hcl-", { "main.tf": hcl, ...extraFiles }), `${name} (HCL)`)}`);
  }
  // The same plan from both syntaxes, provisioners included.
  const fromJson = planOf({ "main.tf.json": JSON.stringify(json, null, 2), ...extraFiles });
  const fromHcl = planOf({ "main.tf": hcl, ...extraFiles });
  expect(fromHcl, `${name}: the HCL plans differently from the JSON`).toEqual(fromJson);
  verdicts.push(`${name}: HCL and JSON plans identical (${fromJson.resource_changes?.length ?? 0} resource changes)`);
  console.log(verdicts.join("\n"));
  return verdicts;
}

/** A stack like a user's: local state and the providers the site needs. */
function userStack(providers: RequiredProvider[]): HclStack {
  const stack = new HclStack(new App({ stackTraces: false, outdir: tempDir("hcl-app-") }), "user");
  StateBackend.local().bind(stack);
  configureProviders(stack, providers);
  return stack;
}

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("renderHcl output through Terraform"), () => {
  const examples = TFSIM_AVAILABLE ? synthesizeExampleStacks() : new Map<string, SynthesizedStack>();

  test.each([...examples.keys()])("example stack %s: JSON and HCL pass init, validate, plan, apply and replan, with the same plan", (name) => {
    checkStack(name, examples.get(name) as SynthesizedStack);
  }, TIMEOUT);

  test("Cloudflare in front of Linode instances, zone-wide scope: the NodeBalancer firewall's nodebalancers list and the zone filter attribute", () => {
    // GIVEN a CloudflareInFront site whose backends are AppServers (Backend.fromInstance), with the
    // zone-wide TLS settings (the example stacks cover the per-hostname rules)
    const stack = userStack([RequiredProvider.LINODE, RequiredProvider.TLS, RequiredProvider.CLOUDFLARE]);
    const servers = new AppServers(stack, "Web", { region: "us-east", count: 2, authorizedKeys: [PUBLIC_KEY], labelPrefix: "web" });
    const site = new CloudflareInFront(stack, "Site", {
      zone: CloudflareZone.fromZoneName(stack, "Zone", "example.com"),
      hostnames: ["example.com", "www.example.com"],
      sslScope: CloudflareSslScope.zoneWide(),
      region: "us-east",
      backends: servers.backends,
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
      healthCheck: { path: "/healthz" },
    });
    new TerraformOutput(stack, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    const json = synthJson(stack);
    const hcl = renderHcl(json);
    // THEN the firewall attaches by a list of references, and the zone lookup is an attribute
    expect(hcl).toMatch(/nodebalancers += \[linode_nodebalancer\.\w+\.id\]/);
    expect(hcl).toMatch(/ filter = \{\n/);
    expect(Object.values(json.resource?.cloudflare_zone_setting ?? {}).map((z) => z.setting_id).sort()).toEqual(["always_use_https", "min_tls_version", "ssl"]);
    expect(json.resource?.cloudflare_ruleset).toBeUndefined();
    // AND Terraform accepts it with the JSON's meaning
    checkStack("cloudflare-in-front on AppServers", json);
  }, TIMEOUT);

  test("TCP passthrough pushing with a private key from a sensitive variable: provisioners, connection, multi-line output", () => {
    // GIVEN a passthrough site on AppServers whose certificate push logs in with a variable's key
    const stack = userStack([RequiredProvider.LINODE, RequiredProvider.ACME, RequiredProvider.TLS]);
    const key = new TerraformVariable(stack, "ssh_private_key", { type: "string", sensitive: true, description: "SSH key of the push" });
    const servers = new AppServers(stack, "Web", { region: "us-east", count: 2, authorizedKeys: [PUBLIC_KEY], labelPrefix: "web" });
    const certificate = new AcmeCertificate(stack, "Certificate", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com" });
    const site = new TcpPassthrough(stack, "Site", {
      region: "us-east",
      backends: servers.backends,
      certificate: ListenerCertificate.fromAcme(certificate),
      sshCredentials: SshCredentials.privateKey(key.stringValue),
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    });
    new TerraformOutput(stack, "web_server_config", { value: site.webServerConfig, description: "nginx configuration for the app servers" });
    const json = synthJson(stack);
    const hcl = renderHcl(json);
    // THEN the HCL has the provisioners in order with their connection, and the output as a heredoc
    expect(hcl).toMatch(/variable "ssh_private_key" \{\n(.*\n)*? {2}sensitive += true\n/);
    expect(hcl).toMatch(/ connection \{\n(.*\n)*? {4}private_key += var\.ssh_private_key\n/);
    const jsonOrder = Object.values(json.resource ?? {}).flatMap((byName) =>
      Object.values(byName).flatMap((body) => ((body.provisioner ?? []) as Record<string, unknown>[]).flatMap((p) => Object.keys(p))),
    );
    expect(jsonOrder).toContain("file");
    expect([...hcl.matchAll(/provisioner "([a-z-]+)"/g)].map((m) => m[1])).toEqual(jsonOrder);
    expect(hcl).toMatch(/value += <<EOT\n# TLS passthrough/);
    // AND Terraform accepts it with the JSON's meaning
    const tfvars = { "push.auto.tfvars.json": JSON.stringify({ ssh_private_key: "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-key\n-----END OPENSSH PRIVATE KEY-----\n" }) };
    checkStack("tcp-passthrough with a private key variable", json, tfvars);
  }, TIMEOUT);

  test.each([false, true])("publish (hcl: %s) of the repository's app: every stack folder passes judge", async (hcl) => {
    // GIVEN the repository's own app published outside the project
    const out = join(tempDir("hcl-publish-"), "published");
    const result = await publish({ out, cwd: ROOT, hcl, log: () => undefined });
    expect(result.stacks.length).toBeGreaterThan(0);
    const verdicts: string[] = [];
    for (const stack of result.stacks) {
      const dir = join(out, stack);
      // THEN each folder holds one format only
      expect(readdirSync(dir), stack).toEqual([hcl ? "main.tf" : "main.tf.json"]);
      if (hcl && /provisioner "/.test(readFileSync(join(dir, "main.tf"), "utf8"))) {
        // with provisioners: the published file plans; its apply is judged without them
        const json = examples.get(stack) as SynthesizedStack;
        expect(readFileSync(join(dir, "main.tf"), "utf8"), `${stack}: published HCL is renderHcl of the stack`).toBe(renderHcl(json));
        planOf({ "main.tf": readFileSync(join(dir, "main.tf"), "utf8") });
        verdicts.push(`publish --hcl ${stack}: plans with provisioners; ${expectJudged(folder("hcl-", { "main.tf": renderHcl(withoutProvisioners(json)) }), `${stack} (published HCL, provisioners stripped)`)}`);
      } else {
        verdicts.push(`publish ${hcl ? "--hcl " : ""}${stack}: ${expectJudged(dir, `${stack} (published ${hcl ? "HCL" : "JSON"})`)}`);
      }
    }
    console.log(verdicts.join("\n"));
  }, 2 * TIMEOUT);
});

// `cdktf synth --hcl` as a user runs it: an App with hclOutput (what `cdktf synth --hcl` sets
// through SYNTH_HCL_OUTPUT) writes stacks/<name>/cdk.tf; Terraform runs init, validate and plan on
// that folder as written, and the plan equals the one of the same app synthesized to JSON.

const PRIVATE_KEY_TFVARS = { "push.auto.tfvars.json": JSON.stringify({ ssh_private_key: "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-key\n-----END OPENSSH PRIVATE KEY-----\n" }) };

/** One stack shape of the package: builds its stacks into an app. */
type Shape = (app: App) => void;

/** A SiteStack with one `tls` line, on addresses or on AppServers (Linode instances), as in README's facade example. */
function siteStack(tls: (stack: SiteStack, sshKey: TerraformVariable) => SiteTls, backends: "addresses" | "instances"): Shape {
  return (app) => {
    const stack = new SiteStack(app, "shop");
    const sshKey = new TerraformVariable(stack, "ssh_private_key", { type: "string", sensitive: true });
    stack.addSite({
      domainNames: ["www.example.com", "example.com"],
      region: "us-east",
      backends:
        backends === "instances"
          ? new AppServers(stack, "App", { region: "us-east", count: 2, authorizedKeys: [PUBLIC_KEY], labelPrefix: "app" }).backends
          : [
              Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "41000001", sshHost: "198.51.100.10" }),
              Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "41000002", sshHost: "198.51.100.11" }),
            ],
      healthCheck: { path: "/healthz" },
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
      tls: tls(stack, sshKey),
    });
  };
}

const SHAPES: Record<string, Shape> = {
  "SiteStack option 1 (terminate), addresses": siteStack(() => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com" }), "addresses"),
  "SiteStack option 1 (own certificate), instances": siteStack(
    (stack) =>
      SiteTls.ownCertificate({
        certificate: ListenerCertificate.fromPem({
          fullChainPem: new TerraformVariable(stack, "tls_chain", { type: "string", default: "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n" }).stringValue,
          privateKeyPem: new TerraformVariable(stack, "tls_key", { type: "string", sensitive: true, default: "-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----\n" }).stringValue,
        }),
      }),
    "instances",
  ),
  "SiteStack option 2 (passthrough), instances": siteStack((_stack, key) => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.cloudflare(), sshCredentials: SshCredentials.privateKey(key.stringValue) }), "instances"),
  "SiteStack option 2 (passthrough), addresses": siteStack((_stack, key) => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.privateKey(key.stringValue) }), "addresses"),
  "SiteStack option 3 (Cloudflare in front), instances": siteStack(() => SiteTls.cloudflare({ zoneName: "example.com" }), "instances"),
  "SiteStack option 3 (Cloudflare to the app servers), instances": siteStack(
    (_stack, key) => SiteTls.cloudflare({ zoneName: "example.com", origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.privateKey(key.stringValue) }) }),
    "instances",
  ),
  "the example stacks (HclStack and SiteStack)": addExampleStacks,
};

/** Synthesizes the shape's app as `cdktf synth` does, in HCL or JSON; the folder of each stack by name. */
function synthApp(shape: Shape, hcl: boolean): Map<string, string> {
  const outdir = tempDir(hcl ? "synth-hcl-" : "synth-json-");
  const app = new App({ hclOutput: hcl, outdir, stackTraces: false });
  shape(app);
  app.synth();
  const stacks = app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
  return new Map(stacks.map((stack) => [stack.node.id, join(outdir, "stacks", stack.node.id)]));
}

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("cdktf synth --hcl of every stack shape the package builds, through Terraform"), () => {
  test.each(Object.keys(SHAPES))("%s: cdk.tf passes init, validate and plan, and plans as its JSON does", (name) => {
    const hclDirs = synthApp(SHAPES[name], true);
    const jsonDirs = synthApp(SHAPES[name], false);
    const verdicts: string[] = [];
    for (const [stack, dir] of hclDirs) {
      // THEN the stack folder holds the package's HCL (what renderHcl writes for its JSON)
      const hcl = readFileSync(join(dir, "cdk.tf"), "utf8");
      const json = JSON.parse(readFileSync(join(jsonDirs.get(stack) as string, "cdk.tf.json"), "utf8")) as SynthesizedStack;
      expect(hcl, `${stack}: cdk.tf is renderHcl of the stack`).toBe(renderHcl(json));
      expect(hcl).not.toMatch(/\$ \{|= \[\s*\$\{/);
      // AND Terraform accepts it as written, with the JSON's plan
      const tfvars = /variable "ssh_private_key"/.test(hcl) ? PRIVATE_KEY_TFVARS : {};
      const fromHcl = planOf({ "cdk.tf": hcl, ...tfvars });
      const fromJson = planOf({ "cdk.tf.json": JSON.stringify(json, null, 2), ...tfvars });
      expect(fromHcl, `${stack}: the HCL plans differently from the JSON`).toEqual(fromJson);
      verdicts.push(`${name} / ${stack}: cdk.tf init ok, validate ok (0 warnings), plan ${fromHcl.resource_changes?.length ?? 0} changes = JSON's`);
    }
    console.log(verdicts.join("\n"));
  }, 2 * TIMEOUT);

  test("npx cdktf synth --hcl of the repository's app (the cdktf CLI, as a user runs it): every cdk.tf passes init, validate and plan", () => {
    // GIVEN the project's cdktf.json app, synthesized by the cdktf CLI into a folder of its own
    const outdir = tempDir("cdktf-cli-hcl-");
    const r = spawnSync("npx", ["cdktf", "synth", "--hcl", "--output", outdir], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1", CI: "1" },
      timeout: TIMEOUT,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const examples = synthesizeAllExampleStacks();
    const stacks = readdirSync(join(outdir, "stacks")).sort();
    expect(stacks).toEqual([...examples.keys()].sort());
    for (const stack of stacks) {
      // THEN each stack's cdk.tf is the package's HCL (planned as its JSON in the test above), and
      // Terraform runs init, validate and plan on it as written
      const hcl = readFileSync(join(outdir, "stacks", stack, "cdk.tf"), "utf8");
      // cdktf resolves function calls such as jsonencode({...}) with spaces inside the braces when
      // the app synthesizes HCL, and without them for JSON: the same expression, laid out twice.
      const braces = (text: string) => text.replace(/\{ /g, "{").replace(/ \}/g, "}");
      expect(braces(hcl), stack).toBe(braces(renderHcl(examples.get(stack) as SynthesizedStack)));
      expect(planOf({ "cdk.tf": hcl }).resource_changes?.length, stack).toBeGreaterThan(0);
    }
  }, 3 * TIMEOUT);
});
