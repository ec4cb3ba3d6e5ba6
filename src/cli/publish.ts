import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, promises as fs, realpathSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderHcl, terraformFmt } from "../hcl/render-hcl";

/** Options of {@link publish}; the CLI's flags map one to one. */
export interface PublishOptions {
  /** Folder that receives the published configuration, relative to `cwd`. */
  readonly out: string;
  /**
   * Project folder: where `cdktf.json` is read and the app runs.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Publish HCL (`<stack>/main.tf`, rendered from the JSON synth by `renderHcl`) instead of JSON
   * (`<stack>/main.tf.json`). A stack folder holds one of the two, never both: Terraform would
   * read both files as one module and find everything declared twice.
   * @default false
   */
  readonly hcl?: boolean;
  /**
   * Write nothing; compare what would be written with `out` and report the differences.
   * @default false
   */
  readonly check?: boolean;
  /**
   * Shell command that synthesizes the app.
   * @default the `app` of `<cwd>/cdktf.json`
   */
  readonly app?: string;
  /**
   * Publish only these stacks.
   * @default every stack of the app
   */
  readonly stacks?: readonly string[];
  /**
   * Extra environment variables for the app, over `process.env`.
   * @default none
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Receives progress lines.
   * @default writes each line to stderr
   */
  readonly log?: (line: string) => void;
}

/** One published file whose bytes differ from what would be written now. */
export interface ChangedFile {
  /** Path relative to the output folder, `/`-separated. */
  readonly file: string;
  /** 1-based number of the first line that differs. */
  readonly line: number;
  /** Up to three lines of the published file, from `line` on. */
  readonly published: readonly string[];
  /** Up to three lines of what would be written, from `line` on. */
  readonly expected: readonly string[];
}

/** What {@link publish} did or, with `check`, found. */
export interface PublishResult {
  /** The output folder as given, relative to `cwd` when inside it, `/`-separated. */
  readonly outDir: string;
  /** Stacks published, sorted. */
  readonly stacks: readonly string[];
  /** Files of the publication, relative to `outDir`, sorted. */
  readonly files: readonly string[];
  /** Whether files were written (never with `check`). */
  readonly written: boolean;
  /** With `check`: whether `outDir` differs from what would be written. Always false otherwise. */
  readonly stale: boolean;
  /** With `check`: files that would be written but are missing. */
  readonly added: readonly string[];
  /** With `check`: files present that would not be written. */
  readonly removed: readonly string[];
  /** With `check`: files whose bytes differ. */
  readonly changed: readonly ChangedFile[];
  /** One readable paragraph: what was written, or the check's verdict with its differences. */
  readonly summary: string;
}

/** A failure the user can fix; its message is one line (plus, for a failed synth, the app's stderr tail). */
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublishError";
  }
}

const PACKAGE_NAME = "cdktf-nodebalancer-ssl";
const JSON_FILE = "main.tf.json";
const HCL_FILE = "main.tf";
const MANIFEST_FILE = "manifest.json";
const STACK_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Synthesizes the app and publishes one deterministic Terraform configuration per stack into
 * `options.out` (atomically), or with `check` reports whether `options.out` is up to date.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (typeof options.out !== "string" || options.out.trim() === "") {
    throw new PublishError("--out is required: the folder to publish into, e.g. --out ops/terraform");
  }
  const out = path.resolve(cwd, options.out);
  const outDir = display(cwd, out);
  const config = await readCdktfJson(cwd, options.app);
  await validateOutLocation(cwd, out, outDir, config.output);
  const pkg = await readPackageInfo();

  const tempDirs: string[] = [];
  let staging: string | undefined;
  let createdParent: string | undefined;
  try {
    if (!options.check) ({ staging, createdParent } = await createStaging(out, outDir));

    const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, CHECKPOINT_DISABLE: "1" };
    // As `cdktf synth` does: cdktf.json's context reaches the App through CDKTF_CONTEXT_JSON.
    if (config.context !== undefined && baseEnv.CDKTF_CONTEXT_JSON === undefined) {
      baseEnv.CDKTF_CONTEXT_JSON = JSON.stringify(config.context);
    }
    const jsonDir = await makeTemp(tempDirs, "json");
    log(`synthesizing… (${config.app})`);
    await runApp(config.app, cwd, { ...baseEnv, CDKTF_OUTDIR: jsonDir, SYNTH_HCL_OUTPUT: "false" });
    const jsonStacks = await readSynthManifest(jsonDir, config.app);
    const stacks = selectStacks(Object.keys(jsonStacks), options.stacks);
    const machinePaths = machinePathsOf([cwd, out, ...tempDirs]);

    const files = new Map<string, string>();
    let formatter: "terraform" | "none" | undefined;
    for (const stack of stacks) {
      const raw = await readSynthFile(jsonDir, jsonStacks[stack], stack);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (e) {
        throw new PublishError(`stack "${stack}": synthesized JSON does not parse: ${(e as Error).message}`);
      }
      const cleaned = stripMetadata(parsed);
      const jsonLeak = findMachinePathInJson(cleaned, machinePaths);
      if (jsonLeak !== undefined) {
        throw new PublishError(
          `stack "${stack}": ${options.hcl ? HCL_FILE : JSON_FILE} would contain the absolute path ${jsonLeak.path} of this machine at ${jsonLeak.at}` +
            `${jsonLeak.at.startsWith("terraform.backend.local") ? " (cdktf's default local backend)" : ""}; ` +
            `published configuration must be machine-independent: use relative paths (e.g. StateBackend.local().bind(stack))`,
        );
      }
      if (!options.hcl) {
        files.set(`${stack}/${JSON_FILE}`, canonicalJson(cleaned));
        continue;
      }
      // HCL from the same JSON synth: a folder holds main.tf only (main.tf beside main.tf.json
      // would declare everything twice and is not a valid root module).
      let hcl: string;
      try {
        hcl = renderHcl(cleaned, { format: false });
      } catch (e) {
        throw new PublishError(`stack "${stack}": cannot render HCL: ${(e as Error).message}`);
      }
      const leak = findMachinePathInText(hcl, machinePaths);
      if (leak !== undefined) {
        throw new PublishError(
          `stack "${stack}": ${HCL_FILE} would contain the absolute path ${leak.path} of this machine at line ${leak.line}; ` +
            `published configuration must be machine-independent: use relative paths (e.g. StateBackend.local().bind(stack))`,
        );
      }
      let formatted: string | undefined;
      try {
        formatted = terraformFmt(hcl);
      } catch (e) {
        throw new PublishError(`stack "${stack}": ${(e as Error).message}`);
      }
      if (formatter === undefined) {
        formatter = formatted === undefined ? "none" : "terraform";
        if (formatter === "none") log("terraform not found on PATH: writing HCL unformatted");
      }
      const text = formatted ?? hcl;
      files.set(`${stack}/${HCL_FILE}`, text.endsWith("\n") ? text : `${text}\n`);
    }

    files.set(MANIFEST_FILE, canonicalJson(buildManifest(pkg, stacks, options.hcl === true)));
    const fileList = sortStrings([...files.keys()]);

    if (options.check) {
      const existing = await readTree(out);
      const added = fileList.filter((f) => !existing.has(f));
      const removed = sortStrings([...existing.keys()].filter((f) => !files.has(f)));
      const changed: ChangedFile[] = [];
      for (const f of fileList) {
        const current = existing.get(f);
        const expected = files.get(f) as string;
        if (current !== undefined && current !== expected) changed.push(firstDifference(f, current, expected));
      }
      const stale = added.length + removed.length + changed.length > 0;
      const summary = stale
        ? checkSummary(outDir, added, removed, changed)
        : `${outDir} is up to date (${stacks.length} ${plural(stacks.length, "stack")}, ${fileList.length} files)`;
      return { outDir, stacks, files: fileList, written: false, stale, added, removed, changed, summary };
    }

    const stagingDir = staging as string;
    for (const [file, content] of files) {
      const target = path.join(stagingDir, ...file.split("/"));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content);
    }
    await swapIn(stagingDir, out, outDir, log);
    staging = undefined;
    createdParent = undefined;
    const summary = `wrote ${stacks.length} ${plural(stacks.length, "stack")} to ${outDir}`;
    log(summary);
    return { outDir, stacks, files: fileList, written: true, stale: false, added: [], removed: [], changed: [], summary };
  } finally {
    for (const dir of [...tempDirs, ...(staging === undefined ? [] : [staging])]) {
      await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    // A failed first run leaves no empty parent folders behind either.
    if (createdParent !== undefined) {
      for (let dir = path.dirname(out); isInside(dir, createdParent); dir = path.dirname(dir)) {
        if (!(await fs.rmdir(dir).then(() => true, () => false))) break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs

interface CdktfConfig {
  readonly app: string;
  readonly output: string;
  readonly context?: Record<string, unknown>;
}

async function readCdktfJson(cwd: string, appOverride: string | undefined): Promise<CdktfConfig> {
  const file = path.join(cwd, "cdktf.json");
  let json: Record<string, unknown> = {};
  let text: string | undefined;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new PublishError(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  if (text === undefined) {
    if (appOverride === undefined) {
      throw new PublishError(`no cdktf.json in ${cwd}: run from the project folder or pass --app "<synth command>"`);
    }
  } else {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a JSON object");
      json = parsed as Record<string, unknown>;
    } catch (e) {
      throw new PublishError(`cannot parse ${file}: ${(e as Error).message}`);
    }
  }
  const app = appOverride ?? json.app;
  if (typeof app !== "string" || app.trim() === "") {
    throw new PublishError(
      appOverride !== undefined
        ? `--app is empty: pass the command that synthesizes the app, e.g. --app "npx tsx main.ts"`
        : `cdktf.json in ${cwd} has no "app" command: add one (e.g. "app": "npx tsx main.ts") or pass --app`,
    );
  }
  const output = typeof json.output === "string" && json.output !== "" ? json.output : "cdktf.out";
  const context =
    json.context !== null && typeof json.context === "object" && Object.keys(json.context).length > 0
      ? (json.context as Record<string, unknown>)
      : undefined;
  return { app, output, context };
}

interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly providers: Record<string, { source: string; version: string }>;
}

/** Reads this package's name, version and pinned providers, found from this module's location. */
async function readPackageInfo(): Promise<PackageInfo> {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(await fs.readFile(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === "string") {
        const schemaFile = path.join(dir, "schemas", "providers.json");
        let schema: Record<string, { source?: unknown; version?: unknown }>;
        try {
          schema = JSON.parse(await fs.readFile(schemaFile, "utf8"));
        } catch (e) {
          throw new PublishError(`cannot read the package's provider pins ${schemaFile}: ${(e as Error).message}`);
        }
        const providers: PackageInfo["providers"] = {};
        for (const name of sortStrings(Object.keys(schema))) {
          const { source, version } = schema[name];
          providers[name] = { source: String(source), version: String(version) };
        }
        return { name: pkg.name, version: pkg.version, providers };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new PublishError(`cannot find the ${PACKAGE_NAME} package.json above ${__dirname}`);
    dir = parent;
  }
}

// ---------------------------------------------------------------------------------------------
// Output location

async function validateOutLocation(cwd: string, out: string, outDir: string, cdktfOutput: string): Promise<void> {
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

/** Makes the folder the new publication is built in, beside `out` so the final rename stays on one file system. */
async function createStaging(out: string, outDir: string): Promise<{ staging: string; createdParent?: string }> {
  const parent = path.dirname(out);
  try {
    const createdParent = await fs.mkdir(parent, { recursive: true });
    const staging = path.join(parent, `.${path.basename(out)}.publish-${randomBytes(6).toString("hex")}`);
    await fs.mkdir(staging);
    return { staging, createdParent };
  } catch (e) {
    throw new PublishError(`cannot write to ${outDir}: ${errorText(e)}`);
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

// ---------------------------------------------------------------------------------------------
// Synthesis

async function makeTemp(tempDirs: string[], kind: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${PACKAGE_NAME}-${kind}-`));
  tempDirs.push(dir);
  return dir;
}

function runApp(app: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(app, { cwd, env, shell: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const keep = (buf: string, chunk: Buffer): string => (buf + chunk.toString("utf8")).slice(-64 * 1024);
    child.stdout.on("data", (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr.on("data", (c: Buffer) => (stderr = keep(stderr, c)));
    child.on("error", (e) => reject(new PublishError(`synth failed: cannot run \`${app}\`: ${e.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
      const tail = tailLines(stderr.trim() !== "" ? stderr : stdout, 15);
      reject(new PublishError(`synth failed: \`${app}\` ${how}${tail === "" ? "" : `; its output ends with:\n${tail}`}`));
    });
  });
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

// ---------------------------------------------------------------------------------------------
// Canonical output

/** Drops cdktf's `"//"` metadata keys at every depth. */
function stripMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "//") out[k] = stripMetadata(v);
    }
    return out;
  }
  return value;
}

/** JSON with keys sorted by code unit (not locale), 2-space indent and a trailing newline. */
function canonicalJson(value: unknown): string {
  return `${render(value, "")}\n`;
}

function render(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + render(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const keys = sortStrings(Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined));
    if (keys.length === 0) return "{}";
    const inner = indent + "  ";
    const obj = value as Record<string, unknown>;
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${render(obj[k], inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function buildManifest(pkg: PackageInfo, stacks: readonly string[], hcl: boolean): unknown {
  return {
    formats: hcl ? ["hcl"] : ["json"],
    package: { name: pkg.name, version: pkg.version },
    providers: pkg.providers,
    stacks,
  };
}

// ---------------------------------------------------------------------------------------------
// Machine-path detection

function machinePathsOf(dirs: readonly string[]): string[] {
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

function findMachinePathInJson(value: unknown, paths: readonly string[], at = ""): { path: string; at: string } | undefined {
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

function findMachinePathInText(text: string, paths: readonly string[]): { path: string; line: number } | undefined {
  for (const p of paths) {
    const i = indexOfPath(text, p);
    if (i >= 0) return { path: p, line: text.slice(0, i).split("\n").length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Check

async function readTree(root: string): Promise<Map<string, string>> {
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

function firstDifference(file: string, current: string, expected: string): ChangedFile {
  const a = current.split("\n");
  const b = expected.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { file, line: i + 1, published: a.slice(i, i + 3), expected: b.slice(i, i + 3) };
}

function checkSummary(outDir: string, added: readonly string[], removed: readonly string[], changed: readonly ChangedFile[]): string {
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

// ---------------------------------------------------------------------------------------------
// Helpers

function sortStrings(values: readonly string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

function realpathOfExistingPrefix(p: string): string {
  const rest: string[] = [];
  let cur = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(cur), ...rest);
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(p);
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

function display(cwd: string, p: string): string {
  const rel = path.relative(cwd, p);
  if (rel === "") return ".";
  if (rel.startsWith("..") || path.isAbsolute(rel)) return p;
  return rel.split(path.sep).join("/");
}

function tailLines(text: string, n: number): string {
  return text
    .trimEnd()
    .split("\n")
    .slice(-n)
    .map((l) => `  ${l}`)
    .join("\n")
    .replace(/^\s+$/, "");
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOTDIR: "a parent is not a folder",
    ENOSPC: "no space left on device",
  };
  return err.code !== undefined && reasons[err.code] !== undefined ? `${reasons[err.code]} (${err.code})` : String(err.message ?? e);
}
