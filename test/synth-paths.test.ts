import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "node_modules", ".bin");
const ENV = { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" };

function stacksIn(outdir: string): Map<string, string> {
  const dir = join(outdir, "stacks");
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name, "cdk.tf.json"), "utf8")]));
}

describe("the two ways to synthesize", () => {
  test("`npm run synth` (tsx stacks/main.ts) and `npx cdktf synth` write the same stacks", () => {
    // GIVEN two empty output folders
    const direct = mkdtempSync(join(tmpdir(), "synth-direct-"));
    const viaCli = mkdtempSync(join(tmpdir(), "synth-cli-"));
    // WHEN the app runs directly, and through the cdktf CLI (which reads cdktf.json)
    execFileSync(join(BIN, "tsx"), ["stacks/main.ts"], { cwd: ROOT, env: { ...ENV, CDKTF_OUTDIR: direct }, stdio: "pipe" });
    execFileSync(join(BIN, "cdktf"), ["synth", "--output", viaCli], { cwd: ROOT, env: ENV, stdio: "pipe" });
    // THEN both hold the same stacks, byte for byte
    const a = stacksIn(direct);
    const b = stacksIn(viaCli);
    expect([...a.keys()]).toEqual([
      "cloudflare-in-front",
      "cloudflare-to-app-servers",
      "lke-cloudflare-aop",
      "lke-cloudflare-in-front",
      "lke-cluster",
      "lke-tcp-passthrough",
      "lke-terminate-at-load-balancer",
      "load-balanced-site",
      "tcp-passthrough",
      "terminate-at-load-balancer",
    ]);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, json] of a) expect(b.get(name), name).toBe(json);
  });
});
