import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { synthesizeExampleStacks } from "../support/example-stacks";

// The scheduled-apply workflow takes its cadence and alert threshold from the outputs the stacks
// synthesize. Its shell steps run here against synthesized JSON, with `date` and `terraform` shimmed.

const WORKFLOW = readFileSync(resolve(__dirname, "../../examples/github-actions/scheduled-apply.yml"), "utf8");
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The `run: |` script of the step named `name`. */
function stepScript(name: string): string {
  const lines = WORKFLOW.split("\n");
  const start = lines.findIndex((l) => l.trim() === `- name: ${name}`);
  expect(start, `step '${name}'`).toBeGreaterThanOrEqual(0);
  const run = lines.findIndex((l, i) => i > start && l.trim() === "run: |");
  const indent = lines[run].indexOf("run:");
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== "" && line.search(/\S/) <= indent) break;
    body.push(line.slice(indent + 2));
  }
  return body.join("\n");
}

/** Runs a step's script in a folder holding `cdkTfJson`, with shims for `date -u +%u` and `terraform output -raw`. */
function runStep(name: string, options: { cdkTfJson?: unknown; weekday?: number; event?: string; outputs?: Record<string, string>; env?: Record<string, string> }) {
  const dir = mkdtempSync(join(tmpdir(), "workflow-"));
  temps.push(dir);
  if (options.cdkTfJson !== undefined) writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(options.cdkTfJson));
  const bin = join(dir, "bin");
  spawnSync("mkdir", [bin]);
  writeFileSync(join(bin, "date"), `#!/bin/bash\nif [ "$*" = "-u +%u" ]; then echo ${options.weekday ?? 1}; else exec /bin/date "$@"; fi\n`);
  const outputs = Object.entries(options.outputs ?? {}).map(([k, v]) => `  ${k}) echo -n '${v}';;`).join("\n");
  writeFileSync(join(bin, "terraform"), `#!/bin/bash\ncase "$3" in\n${outputs}\n  *) exit 1;;\nesac\n`);
  chmodSync(join(bin, "date"), 0o755);
  chmodSync(join(bin, "terraform"), 0o755);
  const githubOutput = join(dir, "github-output");
  writeFileSync(githubOutput, "");
  const r = spawnSync("bash", ["-e", "-c", stepScript(name)], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_EVENT_NAME: options.event ?? "schedule", GITHUB_OUTPUT: githubOutput, ...options.env },
  });
  return { status: r.status, stdout: r.stdout + r.stderr, outputs: readFileSync(githubOutput, "utf8") };
}

const stacks = synthesizeExampleStacks();
const CADENCE = "Cadence from the stack's renewal policy and certificate profile";
const EXPIRY = "Fail loudly when the certificate expires within expiry_alert_hours";
const ARI = "Fail loudly when an apply ran past the end of the CA's renewal window (ARI)";
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString().replace(/\.\d+Z$/, "Z");

describe("scheduled-apply workflow", () => {
  test("wakes daily, which any certificate's schedule allows", () => {
    expect(WORKFLOW).toMatch(/cron: "17 4 \* \* \*"/);
  });

  test.each([...stacks.keys()])("%s synthesizes the literal outputs the workflow reads", (name) => {
    const output = stacks.get(name)!.output!;
    expect(["daily", "weekly"]).toContain(output.apply_schedule.value);
    expect(typeof output.expiry_alert_hours.value).toBe("number");
    expect(output).toHaveProperty("certificate_not_after");
  });

  test("a weekly stack applies on Mondays and on manual runs only; a daily one every day", () => {
    const weekly = stacks.get("terminate-at-load-balancer")!;
    expect(weekly.output!.apply_schedule.value).toBe("weekly");
    expect(runStep(CADENCE, { cdkTfJson: weekly, weekday: 1 }).outputs).toBe("due=true\nalert_hours=336\n");
    expect(runStep(CADENCE, { cdkTfJson: weekly, weekday: 3 }).outputs).toBe("due=false\nalert_hours=336\n");
    expect(runStep(CADENCE, { cdkTfJson: weekly, weekday: 3, event: "workflow_dispatch" }).outputs).toBe("due=true\nalert_hours=336\n");
    const daily = { output: { apply_schedule: { value: "daily" }, expiry_alert_hours: { value: 48 } } };
    expect(runStep(CADENCE, { cdkTfJson: daily, weekday: 3 }).outputs).toBe("due=true\nalert_hours=48\n");
  });

  test("the expiry check fails below expiry_alert_hours and passes above", () => {
    expect(runStep(EXPIRY, { outputs: { certificate_not_after: hoursFromNow(100) }, env: { ALERT_HOURS: "48" } }).status).toBe(0);
    const late = runStep(EXPIRY, { outputs: { certificate_not_after: hoursFromNow(30) }, env: { ALERT_HOURS: "48" } });
    expect(late.status).not.toBe(0);
    expect(late.stdout).toMatch(/\b(29|30) hours left, alert below 48/);
    // Cloudflare Origin CA's format
    expect(runStep(EXPIRY, { outputs: { certificate_not_after: "2040-04-05 13:40:00 +0000 UTC" }, env: { ALERT_HOURS: "336" } }).status).toBe(0);
  });

  test("the ARI check fails once the window has ended, and passes without a window", () => {
    expect(runStep(ARI, { outputs: { certificate_renewal_window_end: hoursFromNow(24) } }).status).toBe(0);
    expect(runStep(ARI, { outputs: { certificate_renewal_window_end: hoursFromNow(-1) } }).status).not.toBe(0);
    expect(runStep(ARI, { outputs: {} }).stdout).toMatch(/no ARI window/);
  });
});
