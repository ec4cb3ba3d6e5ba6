import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PACKAGE_NAME } from "../private/package-root";
import { runProcess } from "../private/spawn";
import type { CdktfConfig } from "./project";
import { MANIFEST_FILE } from "./out-location";
import { PublishError, errorText } from "./publish-error";
import { plural, sortStrings, tailLines } from "./util";

const STACK_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** The app's synthesized stacks. */
export interface Synthesis {
  /** The temporary folder the app wrote to (already deleted), for the machine-path scan. */
  readonly outdir: string;
  /** The selected stacks, sorted by name, each with its parsed JSON. */
  readonly stacks: ReadonlyArray<readonly [name: string, json: unknown]>;
}

/**
 * Runs the app once in JSON mode into a temporary folder (as `cdktf synth` does: `CDKTF_OUTDIR`,
 * cdktf.json's context in `CDKTF_CONTEXT_JSON`) and reads the `wanted` stacks (default: all).
 */
export async function synthesize(
  config: CdktfConfig,
  cwd: string,
  extraEnv: Readonly<Record<string, string | undefined>> | undefined,
  wanted: readonly string[] | undefined,
): Promise<Synthesis> {
  const outdir = await fs.mkdtemp(path.join(os.tmpdir(), `${PACKAGE_NAME}-json-`));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, CHECKPOINT_DISABLE: "1" };
    if (config.context !== undefined && env.CDKTF_CONTEXT_JSON === undefined) env.CDKTF_CONTEXT_JSON = JSON.stringify(config.context);
    await runApp(config.app, cwd, { ...env, CDKTF_OUTDIR: outdir, SYNTH_HCL_OUTPUT: "false" });
    const manifest = await readSynthManifest(outdir, config.app);
    const stacks: [string, unknown][] = [];
    for (const name of selectStacks(Object.keys(manifest), wanted)) {
      const raw = await readSynthFile(outdir, manifest[name], name);
      try {
        stacks.push([name, JSON.parse(raw)]);
      } catch (e) {
        throw new PublishError(`stack "${name}": synthesized JSON does not parse: ${(e as Error).message}`);
      }
    }
    return { outdir, stacks };
  } finally {
    await fs.rm(outdir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function runApp(app: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const limit = { chars: 64 * 1024, keep: "last" } as const;
  let result;
  try {
    result = await runProcess(app, { shell: true, cwd, env, stdoutLimit: limit, stderrLimit: limit });
  } catch (e) {
    throw new PublishError(`synth failed: cannot run \`${app}\`: ${(e as Error).message}`);
  }
  if (result.code === 0) return;
  const how = result.signal !== null ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  const tail = tailLines(result.stderr.trim() !== "" ? result.stderr : result.stdout, 15);
  throw new PublishError(`synth failed: \`${app}\` ${how}${tail === "" ? "" : `; its output ends with:\n${tail}`}`);
}

interface SynthStack {
  readonly synthesizedStackPath: string;
}

async function readSynthManifest(dir: string, app: string): Promise<Record<string, SynthStack>> {
  let manifest: { stacks?: Record<string, SynthStack> };
  try {
    manifest = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8"));
  } catch {
    throw new PublishError(`synth failed: \`${app}\` exited cleanly but wrote no cdktf manifest; does it call app.synth() and honour CDKTF_OUTDIR?`);
  }
  const stacks = manifest.stacks ?? {};
  for (const name of Object.keys(stacks)) {
    if (!STACK_NAME.test(name) || name === MANIFEST_FILE) {
      throw new PublishError(`stack name "${name}" cannot be a folder name; use letters, digits, '_', '.' and '-'`);
    }
  }
  return stacks;
}

async function readSynthFile(dir: string, entry: SynthStack, stack: string): Promise<string> {
  try {
    return await fs.readFile(path.join(dir, entry.synthesizedStackPath), "utf8");
  } catch (e) {
    throw new PublishError(`stack "${stack}": cannot read its synthesized file: ${errorText(e)}`);
  }
}
function selectStacks(available: string[], wanted: readonly string[] | undefined): string[] {
  const sorted = sortStrings(available);
  if (sorted.length === 0) throw new PublishError("the app synthesized no stacks");
  if (wanted === undefined || wanted.length === 0) return sorted;
  const missing = wanted.filter((s) => !sorted.includes(s));
  if (missing.length > 0) {
    throw new PublishError(
      `unknown ${plural(missing.length, "stack")} ${missing.map((s) => `"${s}"`).join(", ")}; available: ${sorted.join(", ")}`,
    );
  }
  return sortStrings([...new Set(wanted)]);
}
