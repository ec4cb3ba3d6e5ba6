import { promises as fs } from "node:fs";
import * as path from "node:path";
import { PACKAGE_NAME } from "../private/package-root";
import { PublishError, errorText } from "./publish-error";
import { display, isInside, realpathOfExistingPrefix } from "./util";

/** The manifest publish writes at the top of the output folder. */
export const MANIFEST_FILE = "manifest.json";

/**
 * Refuses an output folder that publish must not replace: inside cdktf's synth output, the project
 * itself (or above it), a file, or a non-empty folder without publish's manifest.
 */
export async function validateOutLocation(cwd: string, out: string, outDir: string, cdktfOutput: string): Promise<void> {
  const real = (p: string): string => realpathOfExistingPrefix(p);
  const realOut = real(out);
  const synthOut = path.resolve(cwd, cdktfOutput);
  if (isInside(realOut, real(synthOut)) || isInside(out, synthOut)) {
    throw new PublishError(
      `--out ${outDir} is inside ${display(cwd, synthOut)}, cdktf's synth output which every synth rewrites; choose a folder of its own, e.g. --out ops/terraform`,
    );
  }
  if (isInside(real(cwd), realOut)) {
    throw new PublishError(`--out ${outDir} is the project folder or contains it; choose a subfolder of its own, e.g. --out ops/terraform`);
  }
  let stat;
  try {
    stat = await fs.stat(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new PublishError(`cannot use --out ${outDir}: ${errorText(e)}`);
  }
  if (!stat.isDirectory()) throw new PublishError(`--out ${outDir} exists and is not a folder`);
  const entries = await fs.readdir(out);
  if (entries.length === 0) return;
  // The whole folder is replaced on write: refuse to throw away a folder this command did not make.
  let ours = false;
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(out, MANIFEST_FILE), "utf8")) as { package?: { name?: unknown } };
    ours = manifest?.package?.name === PACKAGE_NAME;
  } catch {
    ours = false;
  }
  if (!ours) {
    throw new PublishError(
      `--out ${outDir} is not empty and has no ${MANIFEST_FILE} written by ${PACKAGE_NAME} publish; publishing replaces the whole folder, so choose a new or empty one`,
    );
  }
}
