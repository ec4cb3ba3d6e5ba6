import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { runProcess } from "../private/spawn";
import { addressesFromOutputs, readStackSite } from "./read-stack";
import type { VerifySite } from "./site";
import { VerifyError } from "./verify-error";

/** Where {@link readSiteFromStack} finds the stack and its live addresses. */
export interface StackSourceOptions {
  /**
   * A folder written by `publish` (JSON), cdktf's `cdktf.out`, or one stack folder holding
   * `main.tf.json` or `cdk.tf.json`.
   */
  readonly from: string;
  /**
   * The stack to verify.
   * @default - the only stack of `from`
   */
  readonly stack?: string;
  /**
   * A file holding the output of `terraform output -json`, instead of running it.
   * @default - run `terraform output -json` in the stack's folder
   */
  readonly outputsFile?: string;
  /**
   * The NodeBalancer's addresses, instead of Terraform's outputs.
   * @default - the stack's address outputs, from `outputsFile` or `terraform output -json`
   */
  readonly nodeBalancerAddresses?: readonly string[];
  /**
   * Time limit for `terraform output -json`, in milliseconds.
   * @default 60000
   */
  readonly terraformTimeoutMs?: number;
}

interface LocatedStack {
  readonly name: string;
  readonly file: string;
  readonly workingDirectory: string;
}

const JSON_FILES = ["main.tf.json", "cdk.tf.json"];

/** Reads the site that a synthesized or published stack describes, with the NodeBalancer's addresses from Terraform's outputs. */
export async function readSiteFromStack(options: StackSourceOptions): Promise<VerifySite & { readonly stack: string }> {
  const located = await locateStack(path.resolve(options.from), options.stack);
  let config: unknown;
  try {
    config = JSON.parse(await fs.readFile(located.file, "utf8"));
  } catch (e) {
    throw new VerifyError(`cannot read the stack ${located.file}: ${(e as Error).message}`);
  }
  const site = readStackSite(config, located.name);
  if (options.nodeBalancerAddresses !== undefined && options.nodeBalancerAddresses.length > 0) {
    return { ...site, stack: located.name, nodeBalancerAddresses: options.nodeBalancerAddresses };
  }
  const outputs =
    options.outputsFile !== undefined
      ? await readJsonFile(options.outputsFile, "--outputs")
      : await terraformOutputs(located.workingDirectory, options.terraformTimeoutMs ?? 60_000);
  return { ...site, stack: located.name, nodeBalancerAddresses: addressesFromOutputs(site, outputs, located.name) };
}

async function locateStack(dir: string, wanted: string | undefined): Promise<LocatedStack> {
  const own = JSON_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (own !== undefined) return { name: wanted ?? path.basename(dir), file: own, workingDirectory: dir };
  if (existsSync(path.join(dir, "main.tf"))) {
    throw new VerifyError(`${dir} holds HCL (main.tf); verify reads JSON: publish without --hcl, or point --from at cdktf.out`);
  }
  if (!existsSync(path.join(dir, "manifest.json"))) {
    throw new VerifyError(`--from ${dir} holds no manifest.json (cdktf.out or a publish folder), main.tf.json or cdk.tf.json`);
  }
  const manifest = (await readJsonFile(path.join(dir, "manifest.json"), "--from")) as {
    stacks?: unknown;
    formats?: unknown;
  };
  // publish writes { stacks: [names], formats }; cdktf writes { stacks: { name: { synthesizedStackPath, workingDirectory } } }.
  const published = Array.isArray(manifest.stacks);
  const names = published ? (manifest.stacks as string[]) : Object.keys((manifest.stacks ?? {}) as object).sort();
  if (published && Array.isArray(manifest.formats) && manifest.formats.includes("hcl")) {
    throw new VerifyError(`${dir} was published with --hcl; verify reads JSON: publish without --hcl, or point --from at cdktf.out`);
  }
  const name = wanted ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined || !names.includes(name)) {
    throw new VerifyError(
      wanted === undefined
        ? `${dir} holds ${names.length} stacks (${names.join(", ")}): choose one with --stack`
        : `no stack "${wanted}" in ${dir}; available: ${names.join(", ")}`,
    );
  }
  if (published) return { name, file: path.join(dir, name, "main.tf.json"), workingDirectory: path.join(dir, name) };
  const entry = (manifest.stacks as Record<string, { synthesizedStackPath: string; workingDirectory: string }>)[name];
  return { name, file: path.join(dir, entry.synthesizedStackPath), workingDirectory: path.join(dir, entry.workingDirectory) };
}

async function readJsonFile(file: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    throw new VerifyError(`${flag}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VerifyError(`${flag}: ${file} is not JSON: ${(e as Error).message}`);
  }
}

/**
 * Runs `terraform output -json` in `cwd` within `timeoutMs`. Its output may hold sensitive values:
 * it is parsed here and never printed; only the first line of an error is reported.
 */
async function terraformOutputs(cwd: string, timeoutMs: number): Promise<unknown> {
  let r;
  try {
    r = await runProcess("terraform", {
      args: ["output", "-json", "-no-color"],
      cwd,
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      timeoutMs,
      stderrLimit: { chars: 8192, keep: "last" },
    });
  } catch (e) {
    throw new VerifyError(`cannot run terraform output -json in ${cwd}: ${(e as Error).message} (or pass --outputs or --nodebalancer-ip)`);
  }
  if (r.signal !== null) throw new VerifyError(`terraform output -json in ${cwd} did not finish within ${timeoutMs / 1000} s`);
  if (r.code !== 0) {
    const line = r.stderr.split("\n").map((l) => l.replace(/[│╷╵]/g, "").trim()).find((l) => l !== "") ?? `exit code ${r.code}`;
    throw new VerifyError(`terraform output -json in ${cwd} failed: ${line}`);
  }
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new VerifyError(`terraform output -json in ${cwd} printed no JSON`);
  }
}
