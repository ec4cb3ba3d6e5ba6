import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { ChangedFile } from "./types";
import { PublishError, errorText } from "./publish-error";
import { sortStrings } from "./util";

/** How the files in the output folder differ from what would be written. */
export interface TreeDifference {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly ChangedFile[];
}

/** Every file under `root` by `/`-separated relative path (none when `root` does not exist). */
export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && dir === root) return;
      throw new PublishError(`cannot read ${dir}: ${errorText(e)}`);
    }
    for (const entry of entries) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full, rel);
      } else {
        // A file that cannot be read (a dangling link, say) counts as changed.
        files.set(rel, await fs.readFile(full, "utf8").catch(() => "\u0000unreadable"));
      }
    }
  };
  await walk(root, "");
  return files;
}

/** Compares what is published with what would be written (both by relative path). */
export function compareTrees(existing: ReadonlyMap<string, string>, files: ReadonlyMap<string, string>): TreeDifference {
  const wanted = sortStrings([...files.keys()]);
  const added = wanted.filter((f) => !existing.has(f));
  const removed = sortStrings([...existing.keys()].filter((f) => !files.has(f)));
  const changed: ChangedFile[] = [];
  for (const f of wanted) {
    const current = existing.get(f);
    const expected = files.get(f) as string;
    if (current !== undefined && current !== expected) changed.push(firstDifference(f, current, expected));
  }
  return { added, removed, changed };
}

function firstDifference(file: string, current: string, expected: string): ChangedFile {
  const a = current.split("\n");
  const b = expected.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { file, line: i + 1, published: a.slice(i, i + 3), expected: b.slice(i, i + 3) };
}

export function checkSummary(outDir: string, added: readonly string[], removed: readonly string[], changed: readonly ChangedFile[]): string {
  const lines = [
    `${outDir} is stale: ${changed.length} changed, ${added.length} added, ${removed.length} removed; run publish without --check to update it`,
  ];
  const clip = (s: string): string => (s.length > 160 ? `${s.slice(0, 157)}...` : s);
  for (const c of changed) {
    lines.push(`  changed  ${c.file} (first difference at line ${c.line}; - published, + would write)`);
    for (const l of c.published) lines.push(`    - ${clip(l)}`);
    for (const l of c.expected) lines.push(`    + ${clip(l)}`);
  }
  for (const f of added) lines.push(`  added    ${f}`);
  for (const f of removed) lines.push(`  removed  ${f}`);
  return lines.join("\n");
}
