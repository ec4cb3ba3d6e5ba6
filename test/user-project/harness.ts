/**
 * Processes and fresh projects for the user-project test (./user-project.test.ts): running npm, tsc
 * and the CDK CLIs as a user would, in temporary projects made from ./fixture.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export const FIXTURE = join(__dirname, "fixture");
export const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline"];

export interface Run {
  readonly command: string;
  readonly cwd: string;
  readonly status: number | null;
  /** stdout and stderr, interleaved. */
  readonly output: string;
  readonly stdout: string;
  readonly seconds: number;
}

/**
 * The environment of every child: this process's, without the npm_* variables an outer `npm test`
 * sets (npm_config_local_prefix and the like would point the inner npm at this repository),
 * keeping the cache and registry settings.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig", "npm_config_globalconfig"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.toLowerCase().startsWith("npm_") || keep.has(k.toLowerCase())) env[k] = v;
  }
  return { ...env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1", CI: "true", FORCE_COLOR: "0", NO_COLOR: "1", ...extra };
}

export const timings: string[] = [];

/** Runs a command (its own process group, killed on timeout) and resolves with its combined output. */
export function run(label: string, command: string, args: readonly string[], cwd: string, options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const started = Date.now();
  const shown = [command, ...args].join(" ");
  return new Promise((done) => {
    const child = spawn(command, [...args], { cwd, env: childEnv(options.env), stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    let stdout = "";
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8")).slice(-200_000);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      keep(chunk);
    });
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      output += `\n[killed after ${options.timeoutMs ?? 240_000} ms]`;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? 240_000);
    const finish = (status: number | null): void => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      timings.push(`${label}: ${seconds.toFixed(1)} s (exit ${status})`);
      done({ command: shown, cwd, status, output, stdout, seconds });
    };
    child.on("error", (e) => {
      output += `\n${e.message}`;
      finish(null);
    });
    child.on("close", (code) => finish(code));
  });
}

/** The failure text of a run: the command, where, and the end of what it printed. */
export function explain(r: Run): string {
  const lines = r.output.trimEnd().split("\n");
  const tail = lines.length > 80 ? ["...", ...lines.slice(-80)] : lines;
  return `\`${r.command}\` in ${r.cwd} exited with ${r.status}:\n${tail.join("\n")}`;
}

export function expectOk(r: Run): void {
  expect(r.status, explain(r)).toBe(0);
}

/** The package.json inside a tarball written by `npm pack`. */
export function tarballPackage(tarball: string): { name: string; version: string; bin?: Record<string, string> } {
  return JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
}

/** The version of a package installed in a project. */
export function installedVersion(dir: string, pkg: string): string {
  return (JSON.parse(readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

export function atLeast(v: string, min: readonly number[]): boolean {
  const parts = v.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < min.length; i++) {
    if (parts[i] !== min[i]) return parts[i] > min[i];
  }
  return true;
}

interface LsNode {
  readonly version?: string;
  readonly dependencies?: Record<string, LsNode>;
}

/** Every `constructs` in `npm ls --all --json`, by dependency path. */
export function constructsCopies(node: LsNode, at: string[] = [], found: { path: string; version: string }[] = []): { path: string; version: string }[] {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    const here = [...at, name];
    if (name === "constructs") found.push({ path: here.join(" > "), version: child.version ?? "(missing)" });
    constructsCopies(child, here, found);
  }
  return found;
}

/**
 * Writes a fresh project into `dir`: the files of `overlay` (package.json, cdktf.json, tsconfig.json
 * as the CDK's `init --template=typescript` writes them) and the fixture app as main.ts, with its
 * two imports switched to `core` (`cdktf` or `cdktn`) and to the package under test.
 */
export function writeProject(dir: string, overlay: string, constructsSpec: string, core: string, packageName: string): void {
  mkdirSync(dir);
  for (const file of readdirSync(overlay)) {
    // main.ts.txt -> main.ts: stored with .txt so that this repository's tsc leaves it alone.
    if (file !== "main.ts.txt") cpSync(join(overlay, file), join(dir, file));
  }
  let app = readFileSync(join(FIXTURE, "main.ts.txt"), "utf8");
  for (const [from, to] of [
    ['from "cdktf";', `from "${core}";`],
    ['from "cdktf-nodebalancer-ssl";', `from "${packageName}";`],
  ]) {
    if (!app.includes(from)) throw new Error(`fixture/main.ts.txt has no import ${from}`);
    app = app.split(from).join(to);
  }
  writeFileSync(join(dir, "main.ts"), app);
  const pkgFile = join(dir, "package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { dependencies: Record<string, string> };
  pkg.dependencies.constructs = constructsSpec;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
}

/**
 * A `bin` folder holding a Node.js of at least `min` (major, minor): undefined when this process's
 * Node.js already is one, otherwise Node.js `major`.x from the npm registry (`node-<platform>-<arch>`,
 * which ships the binary), installed into `into`.
 */
export async function nodeAtLeast(min: readonly [number, number], into: string): Promise<string | undefined> {
  if (atLeast(process.versions.node, min)) return undefined;
  const pkg = `node-${process.platform}-${process.arch}`;
  mkdirSync(into, { recursive: true });
  writeFileSync(join(into, "package.json"), '{ "private": true }\n');
  const r = await run(`npm install ${pkg}@${min[0]}`, "npm", ["install", ...NPM_FLAGS, `${pkg}@^${min[0]}.${min[1]}.0`], into, { timeoutMs: 240_000 });
  const bin = join(into, "node_modules", pkg, "bin");
  if (r.status !== 0 || !existsSync(join(bin, "node"))) throw new Error(`cannot install Node.js ${min.join(".")}+ from the npm registry:\n${explain(r)}`);
  return bin;
}
