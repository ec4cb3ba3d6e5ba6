import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { describe, expect, test } from "vitest";
import { addExampleStacks } from "../stacks/app";

/** Every file cdktf writes for the example stacks, as JSON (`cdk.tf.json`) and as HCL (`cdk.tf`). */
function synthesizedFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const hclOutput of [false, true]) {
    const outdir = mkdtempSync(join(tmpdir(), "secrets-"));
    const app = new App({ stackTraces: false, outdir, hclOutput });
    addExampleStacks(app);
    app.synth();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else out.set(`${hclOutput ? "hcl" : "json"}:${path.slice(outdir.length + 1)}`, readFileSync(path, "utf8"));
      }
    };
    walk(outdir);
  }
  return out;
}

/** What key material, tokens and machine paths look like when they leak. */
const LEAKS: [string, RegExp][] = [
  ["PEM material", /-----BEGIN [A-Z ]+-----/],
  ["an OpenSSH key", /ssh-(rsa|ed25519) AAAA[0-9A-Za-z+/]{20,}/],
  ["a hex token", /(?<![0-9a-f])[0-9a-f]{40,}(?![0-9a-f])/],
  ["a base62 token", /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{32,}(?![A-Za-z0-9_-])/],
  ["an absolute path of the build machine", new RegExp(`${escape(process.cwd())}|${escape(tmpdir())}/|/home/|/root/|/Users/`)],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const files = synthesizedFiles();

describe("no secrets in synthesized files", () => {
  test("every example stack was written as JSON and HCL", () => {
    const kinds = new Set([...files.keys()].map((k) => k.split(":")[0]));
    expect(kinds).toEqual(new Set(["json", "hcl"]));
    expect([...files.keys()].some((k) => k.endsWith("cdk.tf.json"))).toBe(true);
    expect([...files.keys()].some((k) => k.endsWith("cdk.tf"))).toBe(true);
  });

  test("the detectors catch planted leaks and pass cdktf's own ids", () => {
    const planted = [
      "-----BEGIN RSA PRIVATE KEY-----",
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1yLq0mWnF3",
      "3f1c9a7e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e",
      "Zx8Qp3LmN7vB2kR9tY4wE6uI1oA5sD0fG3hJ",
      `${process.cwd()}/terraform.tfstate`,
    ];
    planted.forEach((text, i) => expect(LEAKS[i][1].test(text), LEAKS[i][0]).toBe(true));
    const clean = ["Site_LoadBalancer_NodeBalancer_Https_app-1_D7A912F2", "${acme_certificate.Certificate_4E7ABB08.private_key_pem}", "terraform.site.tfstate"];
    for (const text of clean) expect(LEAKS.filter(([, p]) => p.test(text)).map(([w]) => w), text).toEqual([]);
  });

  test.each(LEAKS)("no file holds %s", (_what, pattern) => {
    const hits = [...files].filter(([, text]) => pattern.test(text)).map(([name, text]) => `${name}: ${text.match(pattern)![0]}`);
    expect(hits).toEqual([]);
  });

  test("credential arguments are never set to literals", () => {
    const credential = /^(token|api_token|api_key|password|root_pass|secret_key|access_key|private_key|ssl_key|obj_secret_key|obj_access_key)$/;
    const literals: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) {
          if (credential.test(key) && typeof child === "string" && !child.includes("${")) literals.push(`${path}.${key}`);
          visit(child, `${path}.${key}`);
        }
      }
    };
    for (const [name, text] of files) if (name.endsWith(".json") && name.includes("stacks/")) visit(JSON.parse(text), name);
    expect(literals).toEqual([]);
  });

  test("every output or variable that surfaces a private key is sensitive", () => {
    const exposed: string[] = [];
    for (const [name, text] of files) {
      if (!name.endsWith("cdk.tf.json")) continue;
      const json = JSON.parse(text) as { output?: Record<string, { value: unknown; sensitive?: boolean }>; variable?: Record<string, { sensitive?: boolean }> };
      for (const [id, output] of Object.entries(json.output ?? {})) {
        if (/private_key|ssl_key|account_key/.test(JSON.stringify(output.value)) && output.sensitive !== true) exposed.push(`${name} output ${id}`);
      }
      for (const [id, variable] of Object.entries(json.variable ?? {})) {
        if (/key|token|secret|password/i.test(id) && variable.sensitive !== true) exposed.push(`${name} variable ${id}`);
      }
    }
    expect(exposed).toEqual([]);
  });
});
