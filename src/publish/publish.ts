import * as path from "node:path";
import { compareTrees, checkSummary, readTree } from "./check";
import { machinePathsOf } from "./machine-paths";
import { validateOutLocation, MANIFEST_FILE } from "./out-location";
import { readCdktfJson, readPackageInfo } from "./project";
import { PublishError } from "./publish-error";
import { manifestFile, stackFile } from "./render";
import { synthesize } from "./synth";
import type { PublishOptions, PublishResult } from "./types";
import { display, plural, sortStrings } from "./util";
import { writeAtomically } from "./write";

/**
 * Synthesizes the app and publishes one deterministic Terraform configuration per stack into
 * `options.out` (atomically), or with `check` reports whether `options.out` is up to date.
 *
 * Steps: read the inputs and refuse a bad output folder; synthesize once (JSON); build every file
 * in memory (each refused if it holds a path of this machine); then compare (`check`) or write.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (typeof options.out !== "string" || options.out.trim() === "") {
    throw new PublishError("--out is required: the folder to publish into, e.g. --out ops/terraform");
  }
  const out = path.resolve(cwd, options.out);
  const outDir = display(cwd, out);
  const hcl = options.hcl === true;
  const config = await readCdktfJson(cwd, options.app);
  await validateOutLocation(cwd, out, outDir, config.output);
  const pkg = await readPackageInfo();

  log(`synthesizing… (${config.app})`);
  const synthesis = await synthesize(config, cwd, options.env, options.stacks);
  const stacks = synthesis.stacks.map(([name]) => name);
  const machinePaths = machinePathsOf([cwd, out, synthesis.outdir]);
  const files = new Map<string, string>();
  for (const [name, json] of synthesis.stacks) {
    const [file, text] = await stackFile(name, json, hcl, machinePaths);
    files.set(file, text);
  }
  files.set(MANIFEST_FILE, manifestFile(pkg, stacks, hcl));
  const fileList = sortStrings([...files.keys()]);

  if (options.check) {
    const { added, removed, changed } = compareTrees(await readTree(out), files);
    const stale = added.length + removed.length + changed.length > 0;
    const summary = stale
      ? checkSummary(outDir, added, removed, changed)
      : `${outDir} is up to date (${stacks.length} ${plural(stacks.length, "stack")}, ${fileList.length} files)`;
    return { outDir, stacks, files: fileList, written: false, stale, added, removed, changed, summary };
  }

  await writeAtomically(out, outDir, files, log);
  const summary = `wrote ${stacks.length} ${plural(stacks.length, "stack")} to ${outDir}`;
  log(summary);
  return { outDir, stacks, files: fileList, written: true, stale: false, added: [], removed: [], changed: [], summary };
}
