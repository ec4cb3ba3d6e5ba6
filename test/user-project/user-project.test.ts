/**
 * The package where users use it: `npm pack` this repository, install the tarball into fresh
 * projects laid out as `cdktf init --template=typescript` lays them out, and build, synthesize,
 * publish and apply a user's app (./fixture) that imports only from `cdktf-nodebalancer-ssl`.
 *
 * Two projects cover both ends of the supported peer ranges: cdktf 0.21.0 (the only release of
 * ^0.21.0) with the newest constructs 10.x, and the same with constructs pinned to 10.4.2, the
 * lowest the package accepts. The npm, tsc, synth and publish checks need only npm's registry (or
 * its cache); the Terraform checks run through ../shared/tfsim and skip where it is absent.
 *
 * USER_PROJECT_PACKAGE_DIR=<dir> packs another checkout instead of this one (e.g. an older commit).
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judge, TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle } from "../support/tfsim";

const PACKAGE_DIR = resolve(process.env.USER_PROJECT_PACKAGE_DIR ?? join(__dirname, "../.."));
const FIXTURE = join(__dirname, "fixture");
/** The stacks of fixture/main.ts.txt. */
const STACKS = ["user-cloudflare", "user-passthrough", "user-site", "user-terminate"] as const;
const CLI = "cdktf-nodebalancer-ssl";
const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline"];
/** The passthrough stack's sensitive variable; tfsim never connects, so any text will do. */
const TF_VARS = { TF_VAR_deploy_key: "not-a-key: tfsim reaches no server" };

// ---------------------------------------------------------------------------------------------
// Processes

interface Run {
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
function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig", "npm_config_globalconfig"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.toLowerCase().startsWith("npm_") || keep.has(k.toLowerCase())) env[k] = v;
  }
  return { ...env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1", CI: "true", FORCE_COLOR: "0", NO_COLOR: "1", ...extra };
}

const timings: string[] = [];

/** Runs a command (its own process group, killed on timeout) and resolves with its combined output. */
function run(label: string, command: string, args: readonly string[], cwd: string, options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
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
function explain(r: Run): string {
  const lines = r.output.trimEnd().split("\n");
  const tail = lines.length > 80 ? ["...", ...lines.slice(-80)] : lines;
  return `\`${r.command}\` in ${r.cwd} exited with ${r.status}:\n${tail.join("\n")}`;
}

function expectOk(r: Run): void {
  expect(r.status, explain(r)).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// Projects

interface Project {
  readonly dir: string;
  /** What package.json asks for. */
  readonly constructsSpec: string;
}

let root: string;
let tarball: string;
const projects: Record<"latest" | "lowest", Project> = {} as Record<"latest" | "lowest", Project>;

/** A project as `cdktf init --template=typescript` writes it, with the fixture app as main.ts. */
function writeProject(name: string, constructsSpec: string): Project {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const file of readdirSync(FIXTURE)) {
    // main.ts.txt -> main.ts: stored with .txt so that this repository's tsc leaves it alone.
    cpSync(join(FIXTURE, file), join(dir, file.replace(/\.txt$/, "")));
  }
  const pkgFile = join(dir, "package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { dependencies: Record<string, string> };
  pkg.dependencies.constructs = constructsSpec;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  return { dir, constructsSpec };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "cdktf-user-project-"));
  const packDir = join(root, "pack");
  mkdirSync(packDir);
  // prepack builds the package (tsc), as `npm publish` would.
  const pack = await run("npm pack (incl. prepack build)", "npm", ["pack", "--pack-destination", packDir, ...NPM_FLAGS], PACKAGE_DIR, { timeoutMs: 180_000 });
  if (pack.status !== 0) throw new Error(`npm pack of ${PACKAGE_DIR} failed:\n${explain(pack)}`);
  const tgz = readdirSync(packDir).filter((f) => f.endsWith(".tgz"));
  if (tgz.length !== 1) throw new Error(`npm pack wrote ${tgz.length} tarballs into ${packDir}:\n${explain(pack)}`);
  tarball = join(packDir, tgz[0]);

  projects.latest = writeProject("latest", "^10");
  projects.lowest = writeProject("lowest", "10.4.2");
  // Peer dependencies (@cdktf/provider-cloudflare, @cdktf/provider-tls) come in with npm 7+.
  const installs = await Promise.all(
    (["latest", "lowest"] as const).map((name) =>
      run(`npm install (${name}, constructs ${projects[name].constructsSpec})`, "npm", ["install", ...NPM_FLAGS, tarball], projects[name].dir, { timeoutMs: 240_000 }),
    ),
  );
  for (const r of installs) if (r.status !== 0) throw new Error(`installing the packed package failed:\n${explain(r)}`);
}, 420_000);

afterAll(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  if (timings.length > 0) console.log(`user-project timings (${PACKAGE_DIR}):\n  ${timings.join("\n  ")}`);
});

// ---------------------------------------------------------------------------------------------
// Checks both projects share

function version(dir: string, pkg: string): string {
  return (JSON.parse(readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

function atLeast(v: string, min: readonly number[]): boolean {
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
function constructsCopies(node: LsNode, at: string[] = [], found: { path: string; version: string }[] = []): { path: string; version: string }[] {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    const here = [...at, name];
    if (name === "constructs") found.push({ path: here.join(" > "), version: child.version ?? "(missing)" });
    constructsCopies(child, here, found);
  }
  return found;
}

async function synth(project: Project, label: string): Promise<void> {
  rmSync(join(project.dir, "cdktf.out"), { recursive: true, force: true });
  const r = await run(`cdktf synth (${label})`, "npx", ["cdktf", "synth"], project.dir, { timeoutMs: 180_000 });
  expectOk(r);
  for (const stack of STACKS) {
    const file = join(project.dir, "cdktf.out", "stacks", stack, "cdk.tf.json");
    expect(existsSync(file), `${file} missing after cdktf synth:\n${explain(r)}`).toBe(true);
    const tf = JSON.parse(readFileSync(file, "utf8")) as { resource?: Record<string, unknown>; terraform?: { backend?: { local?: { path?: string } } } };
    expect(Object.keys(tf.resource ?? {}).length, `${stack} has no resources`).toBeGreaterThan(0);
    expect(tf.terraform?.backend?.local?.path, `${stack}: state path`).toBe(`terraform.${stack}.tfstate`);
  }
}

function sharedChecks(name: "latest" | "lowest", expectConstructs: (v: string) => void): void {
  it("resolves one copy of constructs for the app, cdktf, the package and the providers", async () => {
    const project = projects[name];
    expectConstructs(version(project.dir, "constructs"));
    expect(version(project.dir, "cdktf")).toBe("0.21.0");
    const ls = await run(`npm ls constructs (${name})`, "npm", ["ls", "constructs", "--all", "--json"], project.dir, { timeoutMs: 60_000 });
    // npm ls exits non-zero on a missing or invalid (peer) dependency.
    expectOk(ls);
    const copies = constructsCopies(JSON.parse(ls.stdout) as LsNode);
    const rootVersion = version(project.dir, "constructs");
    // cdktf-cli pins its own constructs for its internal use; the app never loads that copy.
    const appCopies = copies.filter((c) => !c.path.startsWith("cdktf-cli"));
    expect(appCopies.map((c) => c.path)).toEqual(
      expect.arrayContaining(["constructs", "cdktf > constructs", `${CLI} > constructs`, `${CLI} > @cdktf/provider-cloudflare > constructs`, `${CLI} > @cdktf/provider-tls > constructs`]),
    );
    expect(appCopies.filter((c) => c.version !== rootVersion), JSON.stringify(copies, null, 2)).toEqual([]);
    // And at run time: every one of them loads the project's single copy.
    const require = createRequire(__filename);
    const rootCopy = require.resolve("constructs/package.json", { paths: [project.dir] });
    for (const from of ["cdktf", CLI, "@cdktf/provider-cloudflare", "@cdktf/provider-tls"]) {
      expect(require.resolve("constructs/package.json", { paths: [join(project.dir, "node_modules", from)] }), `constructs as ${from} loads it`).toBe(rootCopy);
    }
  });

  it("type-checks under the template's strict tsconfig", async () => {
    expectOk(await run(`tsc --noEmit (${name})`, "npx", ["tsc", "--noEmit"], projects[name].dir, { timeoutMs: 120_000 }));
  });

  it("type-checks the package's declarations too (skipLibCheck off)", async () => {
    expectOk(await run(`tsc --noEmit --skipLibCheck false (${name})`, "npx", ["tsc", "--noEmit", "--skipLibCheck", "false", "--incremental", "false"], projects[name].dir, { timeoutMs: 120_000 }));
  });

  it("synthesizes every stack with npx cdktf synth", async () => {
    await synth(projects[name], name);
  });
}

// ---------------------------------------------------------------------------------------------
// cdktf 0.21.0 with the newest constructs 10.x: everything, through to Terraform

describe("fresh cdktf project, cdktf 0.21.0 + newest constructs 10.x", () => {
  sharedChecks("latest", (v) => {
    expect(v.startsWith("10."), `constructs ${v}`).toBe(true);
    expect(atLeast(v, [10, 8, 0]), `constructs ${v} should be 10.8.0 or newer`).toBe(true);
  });

  type Format = "hcl" | "json";
  const published = new Map<Format, Promise<{ dir: string; publish: Run; check: Run }>>();
  /** `publish --out ops/<format>` (with --hcl for HCL), then the same with --check; once per format. */
  function publishOnce(format: Format): Promise<{ dir: string; publish: Run; check: Run }> {
    let p = published.get(format);
    if (p === undefined) {
      p = (async () => {
        const cwd = projects.latest.dir;
        const out = `ops/${format}`;
        const flags = format === "hcl" ? ["--hcl"] : [];
        const publish = await run(`publish ${format}`, "npx", [CLI, "publish", "--out", out, ...flags], cwd, { timeoutMs: 180_000 });
        const check = await run(`publish ${format} --check`, "npx", [CLI, "publish", "--out", out, ...flags, "--check"], cwd, { timeoutMs: 180_000 });
        return { dir: join(cwd, out), publish, check };
      })();
      published.set(format, p);
    }
    return p;
  }

  for (const format of ["hcl", "json"] as const) {
    it(`publishes ${format.toUpperCase()} with the package's CLI, and --check finds it up to date`, async () => {
      const { dir, publish, check } = await publishOnce(format);
      expectOk(publish);
      expectOk(check);
      expect(check.output, explain(check)).toMatch(/up to date/);
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { stacks: string[]; package: { name: string } };
      expect(manifest.package.name).toBe(CLI);
      expect(manifest.stacks).toEqual([...STACKS]);
      for (const stack of STACKS) {
        const files = readdirSync(join(dir, stack)).sort();
        expect(files, `${format} publication of ${stack}`).toEqual([format === "hcl" ? "main.tf" : "main.tf.json"]);
      }
    }, 300_000);
  }

  /**
   * The names of the `terraform_data` resources that carry provisioners, from the JSON
   * publication of the same stack (both publications come from one app, with one set of names).
   */
  async function provisionedResources(stack: string): Promise<string[]> {
    const { dir } = await publishOnce("json");
    const tf = JSON.parse(readFileSync(join(dir, stack, "main.tf.json"), "utf8")) as { resource?: Record<string, Record<string, { provisioner?: unknown }>> };
    return Object.entries(tf.resource?.terraform_data ?? {})
      .filter(([, body]) => body.provisioner !== undefined)
      .map(([name]) => name);
  }

  describe(tfsimTitle("every published stack passes real Terraform (init, validate, plan, apply, clean replan)"), () => {
    for (const format of ["json", "hcl"] as const) {
      for (const stack of STACKS) {
        it.skipIf(!TFSIM_AVAILABLE)(`${format}: ${stack}`, async () => {
          const { dir, publish } = await publishOnce(format);
          expectOk(publish);
          const folder = join(dir, stack);
          let judged = folder;
          const provisioned = format === "hcl" ? await provisionedResources(stack) : [];
          if (provisioned.length > 0) {
            // judge.sh strips provisioners from *.tf.json only; there is no server for them to reach.
            // As it does for JSON: validate and plan the configuration as published, then apply a
            // copy whose provisioners an override file replaces with a no-op.
            const work = new TerraformWorkdir("user-project-hcl-");
            try {
              work.copyFrom(folder);
              work.init();
              work.terraform(["validate", "-no-color"]);
              work.terraform(["plan", "-input=false", "-no-color"], { env: TF_VARS });
            } finally {
              work.dispose();
            }
            judged = mkdtempSync(join(root, `judge-${stack}-`));
            cpSync(folder, judged, { recursive: true });
            writeFileSync(
              join(judged, "tfsim_override.tf"),
              provisioned.map((name) => `resource "terraform_data" "${name}" {\n  provisioner "local-exec" {\n    command = "true"\n  }\n}\n`).join("\n"),
            );
          }
          const started = Date.now();
          const result = judge(judged, TF_VARS);
          // judge.sh's verdict line (judge()'s `verdict` can pick a later "tfsim:" note from stderr).
          const verdict = result.output.split("\n").find((l) => l.startsWith("tfsim: init ")) ?? result.verdict;
          timings.push(`judge ${format} ${stack}: ${((Date.now() - started) / 1000).toFixed(1)} s: ${verdict}`);
          expect(result.ok, `${folder}: ${verdict}\n${result.output}`).toBe(true);
          expect(verdict).toMatch(/apply ok, replan clean$/);
        }, 300_000);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The lower end of the range: constructs 10.4.2

describe("fresh cdktf project, cdktf 0.21.0 + constructs pinned to 10.4.2 (lowest supported)", () => {
  sharedChecks("lowest", (v) => expect(v).toBe("10.4.2"));
});
