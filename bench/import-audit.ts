/**
 * Import audit: loads the package entry point (lib/src/index.js) in this fresh process and checks,
 * from `require.cache`, that no provider root index is loaded (only deep, per-resource modules),
 * that no build-time tool comes along, and that importing does no work with side effects (no child
 * process, no file written).
 *
 * Usage: node lib/bench/import-audit.js [--json] [--entry <path>]
 * Exit code 1 when a violation is found. Nothing but node built-ins is loaded before the entry.
 */
// `import x = require()` keeps the real module objects (not interop copies), so that wrapping
// their functions is seen by every later caller.
import childProcess = require("node:child_process");
import fs = require("node:fs");
import * as path from "node:path";
import { performance } from "node:perf_hooks";

/** What the audit found. */
export interface ImportAudit {
  /** The module that was required. */
  readonly entry: string;
  /** ms spent in `require(entry)` in this process. */
  readonly requireMs: number;
  /** Modules in `require.cache` after the require (all of them, including the entry's own). */
  readonly modulesLoaded: number;
  /** Loaded modules per package (`cdktf`, `constructs`, `@cdktf/provider-tls`, `<package>` ...). */
  readonly modulesByPackage: Record<string, number>;
  /** Provider binding modules loaded, relative to the repository, with their size in bytes. */
  readonly providerModules: readonly { readonly module: string; readonly bytes: number }[];
  /** Bytes of provider binding JavaScript loaded. */
  readonly providerBytes: number;
  /** Root indexes or build tools that were loaded. Empty when the audit passes. */
  readonly violations: readonly string[];
  /** Side effects observed while requiring (child processes, file writes). Empty when the audit passes. */
  readonly sideEffects: readonly string[];
  /** True when there are no violations and no side effects. */
  readonly ok: boolean;
}

const ROOT = path.resolve(__dirname, "..", "..");

/** Modules that must never be loaded by the entry point (resolved against the repository). */
function forbidden(file: string): string | undefined {
  const rel = relative(file);
  if (/node_modules\/@cdktf\/provider-[^/]+\/lib\/index\.js$/.test(rel)) return `${rel}: provider package root index (loads every resource of the provider)`;
  if (/^lib\/src\/generated\/providers\/[^/]+\/(index|lazy-index)\.js$/.test(rel)) return `${rel}: generated provider root index (import the resource's own folder instead)`;
  if (/node_modules\/(cdktf-cli|@cdktf\/cli-core|@cdktf\/provider-generator|@cdktf\/commons|jsii[^/]*|typescript|tsx|esbuild|vitest)\//.test(rel)) return `${rel}: build/dev tool loaded at runtime`;
  return undefined;
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

function packageOf(rel: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel);
  if (m) return m[1];
  if (rel.startsWith("lib/src/generated/")) return "<package: generated bindings>";
  if (rel.startsWith("lib/")) return "<package>";
  return "<other>";
}

/** Wraps the functions that would reveal work at import time; returns the log they write to. */
function watchSideEffects(): string[] {
  const log: string[] = [];
  const wrap = (target: Record<string, unknown>, owner: string, names: readonly string[]) => {
    for (const name of names) {
      const original = target[name];
      if (typeof original !== "function") continue;
      target[name] = function (this: unknown, ...args: unknown[]) {
        log.push(`${owner}.${name}(${args.slice(0, 2).map((a) => JSON.stringify(a)?.slice(0, 80)).join(", ")})`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  };
  wrap(childProcess as unknown as Record<string, unknown>, "child_process", ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]);
  wrap(fs as unknown as Record<string, unknown>, "fs", ["writeFileSync", "writeFile", "appendFileSync", "mkdirSync", "mkdir", "rmSync", "renameSync", "copyFileSync"]);
  return log;
}

/** Requires `entry` and audits what it loaded. */
export function audit(entry: string): ImportAudit {
  const before = new Set(Object.keys(require.cache));
  const sideEffects = watchSideEffects();
  const t0 = performance.now();
  require(entry);
  const requireMs = performance.now() - t0;
  const loaded = Object.keys(require.cache).filter((key) => !before.has(key));

  const modulesByPackage: Record<string, number> = {};
  const providerModules: { module: string; bytes: number }[] = [];
  const violations: string[] = [];
  for (const file of loaded) {
    const rel = relative(file);
    const pkg = packageOf(rel);
    modulesByPackage[pkg] = (modulesByPackage[pkg] ?? 0) + 1;
    if (/node_modules\/@cdktf\/provider-[^/]+\/lib\//.test(rel) || rel.startsWith("lib/src/generated/providers/")) {
      providerModules.push({ module: rel, bytes: fs.statSync(file).size });
    }
    const problem = forbidden(file);
    if (problem) violations.push(problem);
  }
  providerModules.sort((a, b) => a.module.localeCompare(b.module));
  return {
    entry: relative(entry),
    requireMs,
    modulesLoaded: loaded.length,
    modulesByPackage: Object.fromEntries(Object.entries(modulesByPackage).sort(([, a], [, b]) => b - a)),
    providerModules,
    providerBytes: providerModules.reduce((sum, m) => sum + m.bytes, 0),
    violations,
    sideEffects: [...sideEffects],
    ok: violations.length === 0 && sideEffects.length === 0,
  };
}

function main(argv: readonly string[]): number {
  const json = argv.includes("--json");
  const at = argv.indexOf("--entry");
  const entry = path.resolve(at >= 0 ? argv[at + 1] : path.join(ROOT, "lib", "src", "index.js"));
  if (!fs.existsSync(entry)) {
    process.stderr.write(`import-audit: ${entry} does not exist: build first (npx tsc -p tsconfig.json).\n`);
    return 2;
  }
  const result = audit(entry);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const out: string[] = [];
    out.push(`Import audit of ${result.entry}: require took ${result.requireMs.toFixed(0)} ms in-process, ${result.modulesLoaded} modules loaded.`);
    out.push(`Modules per package: ${Object.entries(result.modulesByPackage).map(([p, n]) => `${p} ${n}`).join(", ")}`);
    out.push(`Provider modules loaded (${result.providerModules.length}, ${(result.providerBytes / 1024).toFixed(0)} KiB):`);
    for (const m of result.providerModules) out.push(`  ${m.module.padEnd(86)} ${(m.bytes / 1024).toFixed(0).padStart(5)} KiB`);
    out.push(result.violations.length === 0 ? "Root indexes / build tools: none loaded (OK)." : `VIOLATIONS (${result.violations.length}):`);
    for (const v of result.violations) out.push(`  ${v}`);
    out.push(result.sideEffects.length === 0 ? "Side effects at import: none (OK)." : `SIDE EFFECTS AT IMPORT (${result.sideEffects.length}):`);
    for (const s of result.sideEffects) out.push(`  ${s}`);
    process.stdout.write(`${out.join("\n")}\n`);
  }
  return result.ok ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
