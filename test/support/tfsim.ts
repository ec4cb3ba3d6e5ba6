import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * The offline Terraform harness beside the project (`../shared/tfsim`): the real `terraform` CLI
 * with fake providers that serve the pinned schemas. A user's clone has no `../shared`, so every
 * test that needs it skips, with {@link TFSIM_SKIP_REASON} in its title.
 */
export const TFSIM_DIR = resolve(__dirname, "../../../shared/tfsim");
const SCHEMAS_DIR = resolve(__dirname, "../../../shared/provider-schemas");

function terraformOnPath(): boolean {
  const r = spawnSync("terraform", ["version"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return r.status === 0;
}

/** Why the Terraform tests skip here, or undefined where they can run. */
export const TFSIM_SKIP_REASON: string | undefined = !existsSync(join(TFSIM_DIR, "judge.sh"))
  ? `skipped: ${TFSIM_DIR} not found (it exists for this project's CI only)`
  : !terraformOnPath()
    ? "skipped: terraform is not on PATH"
    : undefined;

/** Whether real-Terraform tests can run. */
export const TFSIM_AVAILABLE = TFSIM_SKIP_REASON === undefined;

/** A describe title that says why the block skips. */
export function tfsimTitle(title: string): string {
  return TFSIM_AVAILABLE ? title : `${title} (${TFSIM_SKIP_REASON})`;
}

let mirrorDir: string | undefined;

/** A filesystem mirror of the fake providers, made once per test process. */
export function tfsimMirror(): string {
  if (mirrorDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "tfsim-mirror-"));
    const r = spawnSync("bash", [join(TFSIM_DIR, "mirror.sh"), SCHEMAS_DIR, dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`tfsim mirror.sh failed: ${r.stderr}`);
    mirrorDir = dir;
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return mirrorDir;
}

/** The environment that makes `terraform` use the fake providers, offline and quiet. */
export function tfsimEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const mirror = tfsimMirror();
  return { ...process.env, TF_CLI_CONFIG_FILE: join(mirror, "terraformrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", ...extra };
}

/** The verdict of `judge.sh` on one folder. */
export interface JudgeResult {
  /** Whether every step (init, validate, plan, apply, replan) passed. */
  readonly ok: boolean;
  /** judge.sh's last line, e.g. `tfsim: init ok, validate ok (0 warnings), plan +16, apply ok, replan clean`. */
  readonly verdict: string;
  /** Everything it printed, for failure messages. */
  readonly output: string;
}

/** Runs `judge.sh DIR` (init, validate, plan, apply, and a replan that must be clean). */
export function judge(dir: string, env: NodeJS.ProcessEnv = {}): JudgeResult {
  const r = spawnSync("bash", [join(TFSIM_DIR, "judge.sh"), dir], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", TFSIM_MIRROR: tfsimMirror(), TFSIM_REPLAN: "1", ...env },
    timeout: 300_000,
  });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  const verdict = output.trim().split("\n").filter((l) => l.startsWith("tfsim:")).pop() ?? output.trim().split("\n").pop() ?? "";
  return { ok: r.status === 0, verdict, output };
}

/** A Terraform working folder on one state, for several steps (apply A, then plan/apply B). */
export class TerraformWorkdir {
  /** The folder. */
  public readonly dir: string;

  constructor(prefix = "tfwork-") {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
  }

  /** Replaces the configuration with one synthesized stack's `cdk.tf.json` (or any file name). */
  public useConfig(json: unknown, fileName = "cdk.tf.json"): void {
    for (const f of ["cdk.tf.json", "main.tf.json", "main.tf", "cdk.tf"]) rmSync(join(this.dir, f), { force: true });
    writeFileSync(join(this.dir, fileName), typeof json === "string" ? json : JSON.stringify(json, null, 2));
  }

  /** Copies every file of `from` into the folder. */
  public copyFrom(from: string): void {
    cpSync(from, this.dir, { recursive: true });
  }

  /** Runs one terraform command; throws with its output when it fails (unless `allowFailure`). */
  public terraform(
    args: readonly string[],
    options: { readonly allowFailure?: boolean; readonly env?: NodeJS.ProcessEnv; readonly timeoutMs?: number } = {},
  ): SpawnSyncReturns<string> {
    const r = spawnSync("terraform", ["-chdir=" + this.dir, ...args], { encoding: "utf8", env: tfsimEnv(options.env), timeout: options.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024 });
    if (!options.allowFailure && r.status !== 0) {
      throw new Error(`terraform ${args.join(" ")} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    return r;
  }

  /** `init`, with any lock file from elsewhere removed. */
  public init(): void {
    rmSync(join(this.dir, ".terraform.lock.hcl"), { force: true });
    this.terraform(["init", "-input=false", "-no-color"]);
  }

  /** `plan -out=plan` then the plan as JSON (`terraform show -json`). */
  public plan(): TerraformPlan {
    this.terraform(["plan", "-input=false", "-no-color", "-out=plan"]);
    const shown = this.terraform(["show", "-json", "plan"]);
    return JSON.parse(shown.stdout) as TerraformPlan;
  }

  /** Applies the saved plan and returns what apply printed. */
  public applyPlan(): string {
    return this.terraform(["apply", "-input=false", "-no-color", "-auto-approve", "plan"]).stdout;
  }

  /** Removes the folder. */
  public dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The parts of `terraform show -json <plan>` the tests read. */
export interface TerraformPlan {
  readonly resource_changes?: readonly ResourceChange[];
}

/** One planned change. */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly change: { readonly actions: readonly string[]; readonly before: Record<string, unknown> | null; readonly after: Record<string, unknown> | null };
}
