import { realpathOfExistingPrefix, sortStrings } from "./util";

// Published configuration must be machine-independent: these find an absolute path of this
// machine (the project, the output folder, the synth folder) in what would be written.

/** The folders and their real paths, longest first (so the most specific is the one reported). */
export function machinePathsOf(dirs: readonly string[]): string[] {
  const all = new Set<string>();
  for (const d of dirs) {
    for (const p of [d, realpathOfExistingPrefix(d)]) {
      const trimmed = p.replace(/[\\/]+$/, "");
      if (trimmed.length > 1) all.add(trimmed);
    }
  }
  // Longest first, so the most specific path is the one reported.
  return [...all].sort((a, b) => b.length - a.length);
}

function indexOfPath(text: string, p: string): number {
  const variants = [p, JSON.stringify(p).slice(1, -1)];
  for (const v of variants) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(v, from);
      if (i < 0) break;
      const next = text.charAt(i + v.length);
      if (next === "" || !/[A-Za-z0-9_.-]/.test(next)) return i;
      from = i + 1;
    }
  }
  return -1;
}

export function findMachinePathInJson(value: unknown, paths: readonly string[], at = ""): { path: string; at: string } | undefined {
  if (typeof value === "string") {
    const p = paths.find((candidate) => indexOfPath(value, candidate) >= 0);
    return p === undefined ? undefined : { path: p, at: at === "" ? "(root)" : at };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findMachinePathInJson(value[i], paths, `${at}[${i}]`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const k of sortStrings(Object.keys(value))) {
      const key = findMachinePathInJson(k, paths, at);
      if (key !== undefined) return key;
      const hit = findMachinePathInJson((value as Record<string, unknown>)[k], paths, at === "" ? k : `${at}.${k}`);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

export function findMachinePathInText(text: string, paths: readonly string[]): { path: string; line: number } | undefined {
  for (const p of paths) {
    const i = indexOfPath(text, p);
    if (i >= 0) return { path: p, line: text.slice(0, i).split("\n").length };
  }
  return undefined;
}
