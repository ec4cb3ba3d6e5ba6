import { randomBytes } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { PublishError, errorText } from "./publish-error";
import { isInside } from "./util";

/**
 * Replaces the folder `out` with exactly `files` (relative `/`-separated path → text), atomically:
 * the files are written into a staging folder beside `out` (one file system, so renames are
 * atomic), which then takes `out`'s place. On failure `out` is left as it was, and neither the
 * staging folder nor parent folders this call created remain.
 */
export async function writeAtomically(out: string, outDir: string, files: ReadonlyMap<string, string>, log: (line: string) => void): Promise<void> {
  const parent = path.dirname(out);
  let createdParent: string | undefined;
  let staging: string | undefined;
  let swapped = false;
  try {
    try {
      createdParent = await fs.mkdir(parent, { recursive: true });
      staging = path.join(parent, `.${path.basename(out)}.publish-${randomBytes(6).toString("hex")}`);
      await fs.mkdir(staging);
    } catch (e) {
      throw new PublishError(`cannot write to ${outDir}: ${errorText(e)}`);
    }
    for (const [file, content] of files) {
      const target = path.join(staging, ...file.split("/"));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content);
    }
    await swapIn(staging, out, outDir, log);
    swapped = true;
  } finally {
    if (!swapped) {
      if (staging !== undefined) await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
      // A failed first run leaves no empty parent folders behind either.
      if (createdParent !== undefined) {
        for (let dir = parent; isInside(dir, createdParent); dir = path.dirname(dir)) {
          if (!(await fs.rmdir(dir).then(() => true, () => false))) break;
        }
      }
    }
  }
}

/** Replaces `out` with `staging`: rename the old folder away, rename the new one in, delete the old. */
async function swapIn(staging: string, out: string, outDir: string, log: (line: string) => void): Promise<void> {
  const old = existsSync(out) ? `${staging}.old` : undefined;
  try {
    if (old !== undefined) await fs.rename(out, old);
  } catch (e) {
    throw new PublishError(`cannot replace ${outDir}: ${errorText(e)}`);
  }
  try {
    await fs.rename(staging, out);
  } catch (e) {
    if (old !== undefined) await fs.rename(old, out).catch(() => undefined);
    throw new PublishError(`cannot replace ${outDir}: ${errorText(e)}`);
  }
  if (old !== undefined) {
    await fs.rm(old, { recursive: true, force: true }).catch((e: unknown) => {
      log(`warning: could not delete the previous publication ${old}: ${errorText(e)}`);
    });
  }
}
