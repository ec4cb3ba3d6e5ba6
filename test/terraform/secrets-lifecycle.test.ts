import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  AcmeDnsChallenge,
  Backend,
  CloudflareOrigin,
  configureProviders,
  FirewallSource,
  ListenerCertificate,
  RequiredProvider,
  SiteStack,
  SiteTls,
  SshCredentials,
  TcpPassthrough,
} from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { TerraformWorkdir, TFSIM_AVAILABLE, TFSIM_DIR, tfsimTitle } from "../support/tfsim";

// No private key in anything Terraform prints, in every lifecycle step a user runs: create, renewal,
// add, remove, rebuild, -replace, switch and destroy. Real PEM keys go in through sensitive variables
// (the SSH key, a bastion key and the certificate's key); keys that providers compute are tfsim's
// fakes ("sim-private_key_pem"), so a leak of those shows as that text. Every plan, apply, show and
// output of each step is searched, and the state must never hold the SSH keys.

const KEY_LEAK = /PRIVATE KEY|sim-private_key/;

interface Keys {
  readonly ssh: string;
  readonly bastion: string;
  readonly certificates: readonly { readonly chain: string; readonly key: string }[];
}

/** The base64 lines of a PEM or OpenSSH key, which must never appear even without the armour. */
function bodyLines(pem: string): string[] {
  return pem.split("\n").filter((l) => l.length >= 40 && !l.startsWith("-----"));
}

function makeKeys(dir: string): Keys {
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], timeout: 30_000 });
  run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "deploy", "-f", "ssh"]);
  run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "bastion", "-f", "bastion"]);
  const certificates = [1, 2].map((n) => {
    run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `cert${n}.key`, "-out", `cert${n}.pem`, "-days", "30", "-subj", "/CN=www.example.com", "-addext", "subjectAltName=DNS:www.example.com"]);
    return { chain: readFileSync(join(dir, `cert${n}.pem`), "utf8"), key: readFileSync(join(dir, `cert${n}.key`), "utf8") };
  });
  return { ssh: readFileSync(join(dir, "ssh"), "utf8"), bastion: readFileSync(join(dir, "bastion"), "utf8"), certificates };
}

const HOST_KEYS: Record<string, string> = {
  "app-1": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBJ3wTxaLYNLpfq4Xm3mBvPHkKp2r2GXJdGBvbsNf0Lq",
  "app-2": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM6Gm9cOuV1gpVw2y0bBxyLvW7ZTYoSH5Jd1dbUJbp0n",
  "app-3": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHw3R3oKvm8V8n2l3sVqWQ9hLqgq7mFQyLWy4R1GkO7P",
};
const REBUILT_HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE7m1d2Y1mYQyTfMZ8eKoYF5f1cXgB2TtIYkXeP0yP8w";

function backend(label: string, hostKey = HOST_KEYS[label]): Backend {
  const n = Number(label.slice(-1));
  return Backend.fromAddress(`192.168.130.${10 + n}`, { label, linodeId: String(10 + n), sshHost: `198.51.100.${10 + n}`, sshHostKey: hostKey });
}

/** Option 2 with its own certificate: the push and its clean-up with an SSH key and a bastion key from variables. */
function passthroughStack(labels: readonly string[], hostKeys: Record<string, string> = {}): SynthesizedStack {
  const stack = new TerraformStack(new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "secrets-synth-")) }), "secrets");
  configureProviders(stack, [RequiredProvider.LINODE]);
  const variable = (name: string) => new TerraformVariable(stack, name, { type: "string", sensitive: true }).stringValue;
  new TcpPassthrough(stack, "Site", {
    region: "us-east",
    backends: labels.map((l) => backend(l, hostKeys[l])),
    certificate: ListenerCertificate.fromPem({ fullChainPem: variable("chain_pem"), privateKeyPem: variable("key_pem") }),
    sshCredentials: SshCredentials.privateKey(variable("ssh_private_key")),
    sshBastion: { host: "bastion.example.com", credentials: SshCredentials.privateKey(variable("bastion_private_key")) },
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
  });
  return synthJson(stack);
}

const facadeOptions = {
  terminate: () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com" }),
  passthrough: (key: string) => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com", sshCredentials: SshCredentials.privateKey(key) }),
  "cloudflare-to-servers": (key: string) => SiteTls.cloudflare({ zoneName: "example.com", origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.privateKey(key) }) }),
  cloudflare: () => SiteTls.cloudflare({ zoneName: "example.com" }),
  "own-certificate": (_key: string, chain: string, certificateKey: string) => SiteTls.ownCertificate({ certificate: ListenerCertificate.fromPem({ fullChainPem: chain, privateKeyPem: certificateKey }) }),
};
type FacadeOption = keyof typeof facadeOptions;

/** The facade: one site whose `tls` line is `option`; every option declares the same variables. */
function facadeStack(option: FacadeOption): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "shop");
  const variable = (name: string) => new TerraformVariable(stack, name, { type: "string", sensitive: true }).stringValue;
  const [ssh, chain, key] = [variable("ssh_private_key"), variable("chain_pem"), variable("key_pem")];
  stack.addSite({
    domainNames: ["www.example.com"],
    region: "us-east",
    backends: [backend("app-1"), backend("app-2")],
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    tls: facadeOptions[option](ssh, chain, key),
  });
  return synthJson(stack);
}

/** Everything a user sees of one step: plan, the saved plan shown, apply, the state shown, outputs. */
class Lifecycle {
  public readonly work = new TerraformWorkdir("secrets-tf-");
  /** Each command's printed text, by step and command, for the assertions. */
  public readonly printed: { step: string; command: string; text: string }[] = [];

  constructor(private readonly env: () => NodeJS.ProcessEnv) {}

  public use(json: SynthesizedStack): void {
    this.work.useConfig(json);
    const r = spawnSync("node", [join(TFSIM_DIR, "strip-provisioners.js"), this.work.dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`strip-provisioners failed: ${r.stderr}`);
  }

  private record(step: string, args: readonly string[]): void {
    const r = this.work.terraform(args, { env: this.env() });
    this.printed.push({ step, command: `terraform ${args.join(" ")}`, text: `${r.stdout}${r.stderr}` });
  }

  /** plan, show of the plan, apply, show of the state, output (text and JSON). */
  public step(step: string, planArgs: readonly string[] = []): void {
    this.record(step, ["plan", "-input=false", "-no-color", "-out=plan", ...planArgs]);
    this.record(step, ["show", "-no-color", "plan"]);
    this.record(step, ["apply", "-input=false", "-no-color", "-auto-approve", "plan"]);
    this.record(step, ["show", "-no-color"]);
    this.record(step, ["output", "-no-color"]);
    this.record(step, ["output", "-json"]);
  }

  /** The state file's text (the local backend's). */
  public state(): string {
    const file = readdirSync(this.work.dir).find((f) => f.endsWith(".tfstate"));
    return file ? readFileSync(join(this.work.dir, file), "utf8") : "";
  }
}

/** No text any step printed holds key material. */
function expectNothingPrinted(lifecycle: Lifecycle, secrets: readonly string[]): void {
  expect(lifecycle.printed.length).toBeGreaterThan(0);
  for (const { step, command, text } of lifecycle.printed) {
    expect(KEY_LEAK.test(text), `${step}: '${command}' printed key material:\n${text.split("\n").filter((l) => KEY_LEAK.test(l)).join("\n")}`).toBe(false);
    for (const line of secrets) expect(text.includes(line), `${step}: '${command}' printed a line of a key`).toBe(false);
  }
}

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("no private key in any Terraform output, in every lifecycle step"), () => {
  let dir: string;
  let keys: Keys;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "secrets-keys-"));
    keys = makeKeys(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("option 2: create, renewal, add, remove, rebuild, -replace, destroy; the state never holds an SSH key", () => {
    // GIVEN a passthrough site whose SSH, bastion and certificate keys come from sensitive variables
    let certificate = keys.certificates[0];
    const lifecycle = new Lifecycle(() => ({ TF_VAR_ssh_private_key: keys.ssh, TF_VAR_bastion_private_key: keys.bastion, TF_VAR_chain_pem: certificate.chain, TF_VAR_key_pem: certificate.key }));
    const sshSecrets = [...bodyLines(keys.ssh), ...bodyLines(keys.bastion)];
    try {
      const expectStateClean = (step: string) => {
        const state = lifecycle.state();
        expect(state, `${step}: no state written`).toContain('"resources"');
        for (const line of sshSecrets) expect(state.includes(line), `${step}: the state holds an SSH key`).toBe(false);
      };
      // WHEN the user runs each step (plan, show, apply, show, output)
      lifecycle.use(passthroughStack(["app-1", "app-2"]));
      lifecycle.work.init();
      lifecycle.step("create");
      expectStateClean("create");
      certificate = keys.certificates[1];
      lifecycle.step("renewal");
      lifecycle.use(passthroughStack(["app-1", "app-2", "app-3"]));
      lifecycle.step("add a backend");
      lifecycle.use(passthroughStack(["app-1", "app-2"]));
      lifecycle.step("remove a backend");
      expectStateClean("remove");
      lifecycle.use(passthroughStack(["app-1", "app-2"], { "app-1": REBUILT_HOST_KEY }));
      lifecycle.step("rebuild a server");
      lifecycle.step("-replace a push", [`-replace=${address(lifecycle, /^terraform_data\.\S*CertificatePush_[0-9A-F]{8}\["app-2"\]$/)}`]);
      expectStateClean("replace");
      lifecycle.step("destroy", ["-destroy"]);
      // THEN nothing printed holds a key, and the steps really changed what they should have
      expectNothingPrinted(lifecycle, [...sshSecrets, ...keys.certificates.flatMap((c) => bodyLines(c.key))]);
      const plans = lifecycle.printed.filter((p) => p.command.startsWith("terraform plan"));
      expect(plans.map((p) => `${p.step}: ${/Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(p.text)?.slice(1).join("/")}`)).toEqual([
        expect.stringMatching(/^create: \d+\/0\/0$/),
        "renewal: 2/0/2", // each backend's push replaced; the NodeBalancer never holds the key here
        "add a backend: 4/1/0", // its two nodes, its push and its clean-up; the backend firewall updated
        "remove a backend: 0/1/4", // the same, leaving (the clean-up's destroy is the step that leaked before)
        "rebuild a server: 1/1/1", // its push replaced; its clean-up's input takes the new host key
        "-replace a push: 1/0/1",
        expect.stringMatching(/^destroy: 0\/0\/\d+$/),
      ]);
    } finally {
      lifecycle.work.dispose();
    }
  }, 300_000);

  test("the facade: terminate, -replace of the certificate, switch to passthrough, to Cloudflare with AOP, to Cloudflare, to an own certificate, destroy", () => {
    // GIVEN a site on option 1 whose SSH and own-certificate keys come from sensitive variables
    const certificate = keys.certificates[0];
    const lifecycle = new Lifecycle(() => ({ TF_VAR_ssh_private_key: keys.ssh, TF_VAR_chain_pem: certificate.chain, TF_VAR_key_pem: certificate.key, LINODE_TOKEN: "x", CLOUDFLARE_API_TOKEN: "0123456789abcdefghij0123456789ABCDEFGHIJ" }));
    try {
      // WHEN the user switches the tls line through every option, renewing on the way
      lifecycle.use(facadeStack("terminate"));
      lifecycle.work.init();
      lifecycle.step("create (terminate)");
      lifecycle.step("renewal (-replace of the certificate)", [`-replace=${address(lifecycle, /^acme_certificate\./)}`]);
      for (const option of ["passthrough", "cloudflare-to-servers", "cloudflare", "own-certificate"] as const) {
        lifecycle.use(facadeStack(option));
        lifecycle.step(`switch to ${option}`);
      }
      lifecycle.step("destroy", ["-destroy"]);
      // THEN nothing printed holds a key, and the state never held the SSH key
      expectNothingPrinted(lifecycle, [...bodyLines(keys.ssh), ...bodyLines(certificate.key)]);
      expect(lifecycle.printed.filter((p) => p.command.startsWith("terraform apply")).every((p) => /Apply complete!|Destroy complete!/.test(p.text))).toBe(true);
    } finally {
      lifecycle.work.dispose();
    }
  }, 300_000);
});

/** The one state address that matches (for -replace). */
function address(lifecycle: Lifecycle, pattern: RegExp): string {
  const list = lifecycle.work.terraform(["state", "list"]).stdout.split("\n").filter((a) => pattern.test(a));
  expect(list, `one address in the state matches ${pattern}`).toHaveLength(1);
  return list[0];
}
