/**
 * The package where users use it, in both ecosystems: pack this repository, install the tarball
 * into fresh projects laid out as `cdktf init --template=typescript` / `cdktn init
 * --template=typescript` lay them out, and build, synthesize, publish and apply a user's app
 * (./fixture/main.ts.txt) that imports only from the package and from the user's CDK.
 *
 * - cdktf: `npm pack` (prepack builds `cdktf-nodebalancer-ssl`), in projects with cdktf 0.21.0 (the
 *   only release of ^0.21.0) and constructs at both ends of the accepted range: the newest 10.x and 10.4.2.
 * - cdktn: `scripts/build-cdktn.ts --pack` (`cdktn-nodebalancer-ssl`, the same src/ built for CDK
 *   Terrain), in projects with cdktn 0.24.0 and constructs at both ends of cdktn's range: the newest
 *   below 10.8.0 and 10.6.0. cdktn-cli 0.24.0 needs Node.js 22.19 or newer: on an older Node.js the
 *   cdktn projects run under Node.js 22 from the npm registry. A checkout without the cdktn build
 *   (before issue 22) gets its cdktf tarball installed into the cdktn projects, as the user
 *   did, and fails here.
 * - The same app synthesized by both gives the same Terraform (resource addresses, state keys): the
 *   `cdk.tf.json` of every stack is identical apart from the CDK version stamp in its metadata.
 *
 * The npm, tsc, synth and publish checks need only npm's registry (or its cache); the Terraform
 * checks run through ../shared/tfsim and skip where it is absent.
 *
 * USER_PROJECT_PACKAGE_DIR=<dir> packs another checkout instead of this one (e.g. an older commit).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffTrees } from "../../scripts/build-cdktn";
import { judge, TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle } from "../support/tfsim";
import {
  atLeast,
  constructsCopies,
  explain,
  expectOk,
  FIXTURE,
  installedVersion,
  nodeAtLeast,
  NPM_FLAGS,
  run,
  type Run,
  tarballPackage,
  timings,
  writeProject,
} from "./harness";

const PACKAGE_DIR = resolve(process.env.USER_PROJECT_PACKAGE_DIR ?? join(__dirname, "../.."));
/** The stacks of fixture/main.ts.txt. */
const STACKS = ["user-cloudflare", "user-own", "user-passthrough", "user-site", "user-terminate"] as const;
/** The passthrough stack's sensitive variable; tfsim never connects, so any text will do. */
const TF_VARS = { TF_VAR_deploy_key: "not-a-key: tfsim reaches no server" };

// ---------------------------------------------------------------------------------------------
// The two ecosystems and their four projects

type EcosystemName = "cdktf" | "cdktn";

interface Ecosystem {
  /** The CDK core library, also the CLI command (`npx cdktf synth`, `npx cdktn synth`). */
  readonly core: EcosystemName;
  readonly coreVersion: string;
  /** package.json, cdktf.json and tsconfig.json of a fresh project. */
  readonly overlay: string;
  /** Prebuilt provider packages that the package peer-depends on. */
  readonly providerPackages: readonly string[];
  /** The lowest Node.js its CLI runs on. */
  readonly node: readonly [number, number];
}

const ECOSYSTEMS: Record<EcosystemName, Ecosystem> = {
  cdktf: { core: "cdktf", coreVersion: "0.21.0", overlay: FIXTURE, providerPackages: ["@cdktf/provider-cloudflare", "@cdktf/provider-tls"], node: [20, 0] },
  cdktn: { core: "cdktn", coreVersion: "0.24.0", overlay: join(__dirname, "fixture-cdktn"), providerPackages: [], node: [22, 19] },
};

type ProjectName = "cdktf-latest" | "cdktf-lowest" | "cdktn-latest" | "cdktn-lowest";
const PROJECTS: Record<ProjectName, { readonly ecosystem: EcosystemName; readonly constructsSpec: string }> = {
  "cdktf-latest": { ecosystem: "cdktf", constructsSpec: "^10" },
  "cdktf-lowest": { ecosystem: "cdktf", constructsSpec: "10.4.2" },
  "cdktn-latest": { ecosystem: "cdktn", constructsSpec: ">=10.6.0 <10.8.0" },
  "cdktn-lowest": { ecosystem: "cdktn", constructsSpec: "10.6.0" },
};

interface Packed {
  readonly tarball: string;
  /** The package's name, which the app imports. */
  readonly name: string;
  /** Its command (`cdktf-nodebalancer-ssl`, `cdktn-nodebalancer-ssl`). */
  readonly cli: string;
}

interface Project {
  readonly name: ProjectName;
  readonly dir: string;
  readonly ecosystem: Ecosystem;
  readonly packed: Packed;
  /** Environment of every command in the project (PATH with the Node.js its CLI needs). */
  readonly env: NodeJS.ProcessEnv;
}

let root: string;
const memo = new Map<string, Promise<unknown>>();
/** One promise per key, started on first use; a rejected one is remembered (and never unhandled). */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined;
  if (p === undefined) {
    p = make();
    p.catch(() => undefined);
    memo.set(key, p);
  }
  return p;
}

function packedOf(tarball: string): Packed {
  const pkg = tarballPackage(tarball);
  const cli = Object.keys(pkg.bin ?? {})[0];
  if (cli === undefined) throw new Error(`${tarball} has no bin`);
  return { tarball, name: pkg.name, cli };
}

/** The cdktf package: `npm pack`, whose prepack builds it (tsc), as `npm publish` would. */
function packCdktf(): Promise<Packed> {
  return once("pack cdktf", async () => {
    const dir = join(root, "pack-cdktf");
    mkdirSync(dir);
    const pack = await run("npm pack (incl. prepack build)", "npm", ["pack", "--pack-destination", dir, ...NPM_FLAGS], PACKAGE_DIR, { timeoutMs: 180_000 });
    if (pack.status !== 0) throw new Error(`npm pack of ${PACKAGE_DIR} failed:\n${explain(pack)}`);
    const tgz = readdirSync(dir).filter((f) => f.endsWith(".tgz"));
    if (tgz.length !== 1) throw new Error(`npm pack wrote ${tgz.length} tarballs into ${dir}:\n${explain(pack)}`);
    return packedOf(join(dir, tgz[0]));
  });
}

const BUILD_CDKTN = join(PACKAGE_DIR, "scripts", "build-cdktn.ts");

/** The cdktn package: scripts/build-cdktn.ts --pack; a checkout without it offers only its cdktf package. */
function packCdktn(): Promise<Packed> {
  return once("pack cdktn", async () => {
    if (!existsSync(BUILD_CDKTN)) return packCdktf();
    const dir = join(root, "pack-cdktn");
    const build = await run("cdktn build + pack", "npx", ["tsx", BUILD_CDKTN, "--pack", dir], PACKAGE_DIR, { timeoutMs: 300_000 });
    const tarball = build.stdout.trim().split("\n").pop() ?? "";
    if (build.status !== 0 || !tarball.endsWith(".tgz")) throw new Error(`the cdktn build failed:\n${explain(build)}`);
    return packedOf(tarball);
  });
}

/** A fresh project with the packed package installed (its peer dependencies come in with npm 7+). */
function project(name: ProjectName): Promise<Project> {
  return once(`project ${name}`, async () => {
    const spec = PROJECTS[name];
    const ecosystem = ECOSYSTEMS[spec.ecosystem];
    const [packed, nodeBin] = await Promise.all([
      spec.ecosystem === "cdktf" ? packCdktf() : packCdktn(),
      once(`node ${ecosystem.node.join(".")}`, () => nodeAtLeast(ecosystem.node, join(root, `node-${ecosystem.node.join(".")}`))),
    ]);
    const env: NodeJS.ProcessEnv = nodeBin === undefined ? {} : { PATH: `${nodeBin}:${process.env.PATH ?? ""}` };
    const dir = join(root, name);
    writeProject(dir, ecosystem.overlay, spec.constructsSpec, ecosystem.core, packed.name);
    const install = await run(`npm install (${name}, constructs ${spec.constructsSpec})`, "npm", ["install", ...NPM_FLAGS, packed.tarball], dir, { timeoutMs: 300_000, env });
    if (install.status !== 0) throw new Error(`installing the packed package failed:\n${explain(install)}`);
    return { name, dir, ecosystem, packed, env };
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cdk-user-project-"));
  // Start every install now; each test waits for its own project only.
  for (const name of Object.keys(PROJECTS) as ProjectName[]) void project(name).catch(() => undefined);
});

afterAll(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  if (timings.length > 0) console.log(`user-project timings (${PACKAGE_DIR}):\n  ${timings.join("\n  ")}`);
});

/** Long enough for a project's installs, which run in the background from the start. */
const SETUP_TIMEOUT = 600_000;

// ---------------------------------------------------------------------------------------------
// Checks every project gets

type StackJson = { "//"?: { metadata?: { version?: string } }; resource?: Record<string, unknown>; terraform?: { backend?: { local?: { path?: string } } } };

/** `npx <cdk> synth` once per project; the synthesized `cdk.tf.json` of every stack. */
function synth(name: ProjectName): Promise<{ run: Run; stacks: Record<string, StackJson> }> {
  return once(`synth ${name}`, async () => {
    const p = await project(name);
    rmSync(join(p.dir, "cdktf.out"), { recursive: true, force: true });
    const r = await run(`${p.ecosystem.core} synth (${name})`, "npx", [p.ecosystem.core, "synth"], p.dir, { timeoutMs: 180_000, env: p.env });
    const stacks: Record<string, StackJson> = {};
    for (const stack of STACKS) {
      const file = join(p.dir, "cdktf.out", "stacks", stack, "cdk.tf.json");
      if (existsSync(file)) stacks[stack] = JSON.parse(readFileSync(file, "utf8")) as StackJson;
    }
    return { run: r, stacks };
  });
}

function sharedChecks(name: ProjectName, expectConstructs: (v: string) => void): void {
  it("resolves one copy of constructs for the app, the CDK, the package and the providers", async () => {
    const p = await project(name);
    const { core, coreVersion, providerPackages } = p.ecosystem;
    const pkg = p.packed.name;
    expectConstructs(installedVersion(p.dir, "constructs"));
    expect(installedVersion(p.dir, core)).toBe(coreVersion);
    const ls = await run(`npm ls constructs (${name})`, "npm", ["ls", "constructs", "--all", "--json"], p.dir, { timeoutMs: 60_000, env: p.env });
    // npm ls exits non-zero on a missing or invalid (peer) dependency.
    expectOk(ls);
    const copies = constructsCopies(JSON.parse(ls.stdout));
    const rootVersion = installedVersion(p.dir, "constructs");
    // The CLI pins its own constructs for its internal use; the app never loads that copy.
    const appCopies = copies.filter((c) => !c.path.startsWith(`${core}-cli`));
    expect(appCopies.map((c) => c.path)).toEqual(
      expect.arrayContaining(["constructs", `${core} > constructs`, `${pkg} > constructs`, ...providerPackages.map((d) => `${pkg} > ${d} > constructs`)]),
    );
    expect(appCopies.filter((c) => c.version !== rootVersion), JSON.stringify(copies, null, 2)).toEqual([]);
    // And at run time: every one of them loads the project's single copy.
    const require = createRequire(__filename);
    const rootCopy = require.resolve("constructs/package.json", { paths: [p.dir] });
    for (const from of [core, pkg, ...providerPackages]) {
      expect(require.resolve("constructs/package.json", { paths: [join(p.dir, "node_modules", from)] }), `constructs as ${from} loads it`).toBe(rootCopy);
    }
  }, SETUP_TIMEOUT);

  it("type-checks under the template's strict tsconfig", async () => {
    const p = await project(name);
    expectOk(await run(`tsc --noEmit (${name})`, "npx", ["tsc", "--noEmit"], p.dir, { timeoutMs: 120_000, env: p.env }));
  }, SETUP_TIMEOUT);

  it("type-checks the package's declarations too (skipLibCheck off)", async () => {
    const p = await project(name);
    expectOk(await run(`tsc --noEmit --skipLibCheck false (${name})`, "npx", ["tsc", "--noEmit", "--skipLibCheck", "false", "--incremental", "false"], p.dir, { timeoutMs: 120_000, env: p.env }));
  }, SETUP_TIMEOUT);

  it(`synthesizes every stack, the user's own TerraformStack included, with npx ${PROJECTS[name].ecosystem} synth`, async () => {
    const { run: r, stacks } = await synth(name);
    expectOk(r);
    for (const stack of STACKS) {
      const tf = stacks[stack];
      expect(tf, `${stack}: no cdk.tf.json after synth:\n${explain(r)}`).toBeDefined();
      expect(Object.keys(tf.resource ?? {}).length, `${stack} has no resources`).toBeGreaterThan(0);
      expect(tf.terraform?.backend?.local?.path, `${stack}: state path`).toBe(`terraform.${stack}.tfstate`);
    }
  }, SETUP_TIMEOUT);
}

// ---------------------------------------------------------------------------------------------
// Publication and Terraform, for the newest end of each range

type Format = "hcl" | "json";

/** `<cli> publish --out ops/<format>` (with --hcl for HCL), then the same with --check; once per project and format. */
function publish(name: ProjectName, format: Format): Promise<{ dir: string; publish: Run; check: Run }> {
  return once(`publish ${name} ${format}`, async () => {
    const p = await project(name);
    const out = `ops/${format}`;
    const flags = format === "hcl" ? ["--hcl"] : [];
    const pub = await run(`publish ${format} (${name})`, "npx", [p.packed.cli, "publish", "--out", out, ...flags], p.dir, { timeoutMs: 180_000, env: p.env });
    const check = await run(`publish ${format} --check (${name})`, "npx", [p.packed.cli, "publish", "--out", out, ...flags, "--check"], p.dir, { timeoutMs: 180_000, env: p.env });
    return { dir: join(p.dir, out), publish: pub, check };
  });
}

/**
 * The names of the `terraform_data` resources that carry provisioners, from the synthesized JSON of
 * the same stack (the publications come from that synth, with one set of names).
 */
async function provisionedResources(name: ProjectName, stack: string): Promise<string[]> {
  const tf = (await synth(name)).stacks[stack] as { resource?: Record<string, Record<string, { provisioner?: unknown }>> } | undefined;
  return Object.entries(tf?.resource?.terraform_data ?? {})
    .filter(([, body]) => body.provisioner !== undefined)
    .map(([resource]) => resource);
}

function publicationChecks(name: ProjectName, formats: readonly Format[]): void {
  for (const format of formats) {
    it(`publishes ${format.toUpperCase()} with the package's CLI, and --check finds it up to date`, async () => {
      const p = await project(name);
      const { dir, publish: pub, check } = await publish(name, format);
      expectOk(pub);
      expectOk(check);
      expect(check.output, explain(check)).toMatch(/up to date/);
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { stacks: string[]; package: { name: string } };
      expect(manifest.package.name).toBe(p.packed.name);
      expect(manifest.stacks).toEqual([...STACKS]);
      for (const stack of STACKS) {
        const files = readdirSync(join(dir, stack)).sort();
        expect(files, `${format} publication of ${stack}`).toEqual([format === "hcl" ? "main.tf" : "main.tf.json"]);
      }
    }, SETUP_TIMEOUT);
  }

  describe(tfsimTitle("every published stack passes real Terraform (init, validate, plan, apply, clean replan)"), () => {
    for (const format of formats) {
      for (const stack of STACKS) {
        it.skipIf(!TFSIM_AVAILABLE)(`${format}: ${stack}`, async () => {
          const { dir, publish: pub } = await publish(name, format);
          expectOk(pub);
          const folder = join(dir, stack);
          let judged = folder;
          const provisioned = format === "hcl" ? await provisionedResources(name, stack) : [];
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
            judged = mkdtempSync(join(root, `judge-${name}-${stack}-`));
            cpSync(folder, judged, { recursive: true });
            writeFileSync(
              join(judged, "tfsim_override.tf"),
              provisioned.map((resource) => `resource "terraform_data" "${resource}" {\n  provisioner "local-exec" {\n    command = "true"\n  }\n}\n`).join("\n"),
            );
          }
          const started = Date.now();
          const result = judge(judged, TF_VARS);
          // judge.sh's verdict line (judge()'s `verdict` can pick a later "tfsim:" note from stderr).
          const verdict = result.output.split("\n").find((l) => l.startsWith("tfsim: init ")) ?? result.verdict;
          timings.push(`judge ${name} ${format} ${stack}: ${((Date.now() - started) / 1000).toFixed(1)} s: ${verdict}`);
          expect(result.ok, `${folder}: ${verdict}\n${result.output}`).toBe(true);
          expect(verdict).toMatch(/apply ok, replan clean$/);
        }, 300_000);
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// cdktf 0.21.0

describe("fresh cdktf project, cdktf 0.21.0 + newest constructs 10.x", () => {
  sharedChecks("cdktf-latest", (v) => {
    expect(v.startsWith("10."), `constructs ${v}`).toBe(true);
    expect(atLeast(v, [10, 8, 0]), `constructs ${v} should be 10.8.0 or newer`).toBe(true);
  });
  publicationChecks("cdktf-latest", ["hcl", "json"]);
});

describe("fresh cdktf project, cdktf 0.21.0 + constructs pinned to 10.4.2 (lowest supported)", () => {
  sharedChecks("cdktf-lowest", (v) => expect(v).toBe("10.4.2"));
});

// ---------------------------------------------------------------------------------------------
// cdktn 0.24.0 (CDK Terrain), the package's cdktn build

describe("fresh cdktn project, cdktn 0.24.0 + newest constructs below 10.8.0", () => {
  it("installs the cdktn build (cdktn-nodebalancer-ssl), which loads no cdktf", async () => {
    const p = await project("cdktn-latest");
    expect(p.packed.name).toBe("cdktn-nodebalancer-ssl");
    const pkg = JSON.parse(readFileSync(join(p.dir, "node_modules", p.packed.name, "package.json"), "utf8")) as { peerDependencies: Record<string, string> };
    expect(pkg.peerDependencies).toEqual({ cdktn: "^0.24.0", constructs: ">=10.6.0 <10.8.0" });
    expect(existsSync(join(p.dir, "node_modules", "cdktf")), "cdktf installed into a cdktn project").toBe(false);
  }, SETUP_TIMEOUT);

  sharedChecks("cdktn-latest", (v) => {
    expect(atLeast(v, [10, 7, 0]) && !atLeast(v, [10, 8, 0]), `constructs ${v} should be the newest 10.7.x`).toBe(true);
  });
  publicationChecks("cdktn-latest", ["hcl"]);

  it.skipIf(!existsSync(BUILD_CDKTN))("vendored cdktn bindings are what cdktn's generator makes from schemas/ (byte for byte)", async () => {
    await packCdktn(); // the build has installed the generator
    const out = mkdtempSync(join(root, "cdktn-bindings-"));
    const r = await run("cdktn bindings regenerated", "npx", ["tsx", BUILD_CDKTN, "--bindings", "--out", out], PACKAGE_DIR, { timeoutMs: 120_000 });
    expectOk(r);
    expect(diffTrees(join(PACKAGE_DIR, "cdktn", "generated"), out), "run `npm run bindings:cdktn`").toEqual([]);
  }, SETUP_TIMEOUT);
});

describe("fresh cdktn project, cdktn 0.24.0 + constructs pinned to 10.6.0 (lowest cdktn accepts)", () => {
  sharedChecks("cdktn-lowest", (v) => expect(v).toBe("10.6.0"));
});

// ---------------------------------------------------------------------------------------------
// Moving from cdktf to cdktn keeps the state

describe("the same app synthesized with cdktf and with cdktn", () => {
  it("gives identical cdk.tf.json for every stack, apart from the CDK version in the metadata", async () => {
    const [cdktf, cdktn] = await Promise.all([synth("cdktf-latest"), synth("cdktn-latest")]);
    expectOk(cdktf.run);
    expectOk(cdktn.run);
    for (const stack of STACKS) {
      const a = structuredClone(cdktf.stacks[stack]);
      const b = structuredClone(cdktn.stacks[stack]);
      expect(a?.["//"]?.metadata?.version, `${stack}: cdktf's version stamp`).toBe(ECOSYSTEMS.cdktf.coreVersion);
      expect(b?.["//"]?.metadata?.version, `${stack}: cdktn's version stamp`).toBe(ECOSYSTEMS.cdktn.coreVersion);
      delete a["//"]?.metadata?.version;
      delete b["//"]?.metadata?.version;
      expect(b, `${stack}: cdktn synthesizes other Terraform than cdktf`).toEqual(a);
    }
  }, SETUP_TIMEOUT);

  it("publishes byte-identical HCL", async () => {
    const [cdktf, cdktn] = await Promise.all([publish("cdktf-latest", "hcl"), publish("cdktn-latest", "hcl")]);
    expectOk(cdktf.publish);
    expectOk(cdktn.publish);
    for (const stack of STACKS) {
      expect(readFileSync(join(cdktn.dir, stack, "main.tf"), "utf8"), stack).toBe(readFileSync(join(cdktf.dir, stack, "main.tf"), "utf8"));
    }
  }, SETUP_TIMEOUT);
});
