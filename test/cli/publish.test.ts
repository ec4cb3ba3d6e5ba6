import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { publish, PublishError, type PublishOptions } from "../../src/publish";

const REPO = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixture");
const OUT = "ops/terraform";
const HAS_TERRAFORM = spawnSync("terraform", ["version"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" } }).status === 0;

const temps: string[] = [];

/** A temp copy of the fixture app whose cdktf.json runs it with this repo's tsx, by absolute path. */
async function makeProject(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cdktf-publish-test-"));
  temps.push(dir);
  await fs.copyFile(path.join(FIXTURE, "main.ts"), path.join(dir, "main.ts"));
  const config = JSON.parse(await fs.readFile(path.join(FIXTURE, "cdktf.json"), "utf8")) as Record<string, unknown>;
  // One node process with tsx's loader (absolute paths: no npx, no PATH lookup).
  config.app = `"${process.execPath}" --import "${pathToFileURL(path.join(REPO, "node_modules", "tsx", "dist", "loader.mjs")).href}" main.ts`;
  await fs.writeFile(path.join(dir, "cdktf.json"), JSON.stringify(config, null, 2));
  // The fixture imports "cdktf"; resolve it from this repo.
  await fs.symlink(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

async function tree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel);
      else files.set(rel, await fs.readFile(path.join(dir, entry.name), "utf8"));
    }
  };
  await walk(root, "");
  return files;
}

let project: string;
let logs: string[];
const run = (options: Partial<PublishOptions> = {}) =>
  publish({ out: OUT, cwd: project, log: (line) => logs.push(line), ...options });

function captureIo() {
  const io = { stdout: "", stderr: "", cwd: "" };
  return {
    io,
    cli: { out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t), cwd: project },
  };
}

beforeAll(async () => {
  project = await makeProject();
});

afterAll(async () => {
  for (const dir of temps) await fs.rm(dir, { recursive: true, force: true });
});

describe("publish", () => {
  it("writes main.tf.json per stack plus manifest.json, and nothing else", async () => {
    logs = [];
    const result = await run();
    expect(result.stacks).toEqual(["dns", "web"]);
    expect(result.written).toBe(true);

    const files = await tree(path.join(project, OUT));
    expect([...files.keys()].sort()).toEqual(["dns/main.tf.json", "manifest.json", "web/main.tf.json"]);
    expect(result.files).toEqual(["dns/main.tf.json", "manifest.json", "web/main.tf.json"]);
    // No staging or backup folders left beside the output.
    expect(await fs.readdir(path.join(project, "ops"))).toEqual(["terraform"]);

    // Keys sorted, "//" metadata dropped, 2-space indent, trailing newline.
    expect(files.get("dns/main.tf.json")).toBe(
      [
        "{",
        '  "output": {',
        '    "marker_id": {',
        '      "value": "${terraform_data.marker.id}"',
        "    }",
        "  },",
        '  "resource": {',
        '    "terraform_data": {',
        '      "marker": {',
        '        "input": {',
        '          "greeting": "hello",',
        '          "stack": "dns"',
        "        }",
        "      }",
        "    }",
        "  },",
        '  "terraform": {',
        '    "backend": {',
        '      "local": {',
        '        "path": "terraform.dns.tfstate"',
        "      }",
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );

    const pkg = JSON.parse(await fs.readFile(path.join(REPO, "package.json"), "utf8")) as { name: string; version: string };
    const schemas = JSON.parse(await fs.readFile(path.join(REPO, "schemas", "providers.json"), "utf8")) as Record<
      string,
      { source: string; version: string }
    >;
    const manifest = JSON.parse(files.get("manifest.json") as string);
    expect(manifest).toEqual({
      formats: ["json"],
      package: { name: pkg.name, version: pkg.version },
      providers: Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, { source: v.source, version: v.version }])),
      stacks: ["dns", "web"],
    });
    expect(Object.keys(manifest.providers)).toEqual(Object.keys(manifest.providers).sort());

    for (const [name, content] of files) {
      expect(content, name).not.toContain(project);
      expect(content, name).not.toContain(os.tmpdir() + path.sep);
    }
    expect(logs[0]).toMatch(/^synthesizing…/);
    expect(logs.at(-1)).toBe(`wrote 2 stacks to ${OUT}`);
  });

  it("with hcl writes only main.tf per stack, rendered from the one JSON synth", async () => {
    logs = [];
    const result = await run({ out: "published-hcl", hcl: true });
    // Never main.tf beside main.tf.json: Terraform would read both as one module.
    expect(result.files).toEqual(["dns/main.tf", "manifest.json", "web/main.tf"]);
    const files = await tree(path.join(project, "published-hcl"));
    expect([...files.keys()].sort()).toEqual(["dns/main.tf", "manifest.json", "web/main.tf"]);
    expect(logs.filter((l) => l.startsWith("synthesizing"))).toHaveLength(1);
    expect(JSON.parse(files.get("manifest.json") as string)).toMatchObject({ formats: ["hcl"], stacks: ["dns", "web"] });
    // Laid out as terraform fmt lays it out ("=" aligned), with or without terraform on PATH.
    {
      expect(files.get("dns/main.tf")).toBe(
        [
          "terraform {",
          '  backend "local" {',
          '    path = "terraform.dns.tfstate"',
          "  }",
          "}",
          "",
          'resource "terraform_data" "marker" {',
          "  input = {",
          '    greeting = "hello"',
          '    stack    = "dns"',
          "  }",
          "}",
          "",
          'output "marker_id" {',
          "  value = terraform_data.marker.id",
          "}",
          "",
        ].join("\n"),
      );
    }
    for (const [name, content] of files) expect(content, name).not.toContain(project);
    // Switching format: a check lists the JSON files as removed.
    const switched = await run({ hcl: false, out: "published-hcl", check: true });
    expect(switched).toMatchObject({ stale: true, added: ["dns/main.tf.json", "web/main.tf.json"], removed: ["dns/main.tf", "web/main.tf"] });
    expect(switched.changed.map((c) => c.file)).toEqual(["manifest.json"]);
    expect(await run({ out: "published-hcl", hcl: true, check: true })).toMatchObject({ stale: false });
  });

  it("is byte-identical on a second run", async () => {
    const before = await tree(path.join(project, OUT));
    logs = [];
    await run();
    expect(await tree(path.join(project, OUT))).toEqual(before);
  });

  it("--check is clean after a publish, then reports added, removed and changed files", async () => {
    logs = [];
    const clean = await run({ check: true });
    expect(clean).toMatchObject({ stale: false, written: false, added: [], removed: [], changed: [] });
    expect(clean.summary).toBe(`${OUT} is up to date (2 stacks, 3 files)`);

    const out = path.join(project, OUT);
    const webJson = path.join(out, "web", "main.tf.json");
    await fs.writeFile(webJson, (await fs.readFile(webJson, "utf8")).replace('"hello"', '"hand-edited"'));
    await fs.rm(path.join(out, "dns", "main.tf.json"));
    await fs.writeFile(path.join(out, "notes.txt"), "stray\n");
    const before = await tree(out);

    const stale = await run({ check: true });
    expect(stale.stale).toBe(true);
    expect(stale.added).toEqual(["dns/main.tf.json"]);
    expect(stale.removed).toEqual(["notes.txt"]);
    expect(stale.changed).toEqual([
      {
        file: "web/main.tf.json",
        line: 11,
        published: ['          "greeting": "hand-edited",', '          "stack": "web"', "        }"],
        expected: ['          "greeting": "hello",', '          "stack": "web"', "        }"],
      },
    ]);
    expect(stale.summary).toBe(
      [
        `${OUT} is stale: 1 changed, 1 added, 1 removed; run publish without --check to update it`,
        "  changed  web/main.tf.json (first difference at line 11; - published, + would write)",
        '    -           "greeting": "hand-edited",',
        '    -           "stack": "web"',
        "    -         }",
        '    +           "greeting": "hello",',
        '    +           "stack": "web"',
        "    +         }",
        "  added    dns/main.tf.json",
        "  removed  notes.txt",
      ].join("\n"),
    );
    // --check writes nothing.
    expect(await tree(out)).toEqual(before);

    // The CLI exits 1 with the same summary.
    const { io, cli } = captureIo();
    const code = await main(["publish", "--out", OUT, "--check"], cli);
    expect(code).toBe(1);
    expect(io.stdout).toBe(`${stale.summary}\n`);
    expect(io.stderr).toContain("synthesizing…");
  });

  it("a failing app leaves the published files intact and shows its stderr", async () => {
    const out = path.join(project, OUT);
    const before = await tree(out);
    logs = [];
    const failure = run({ env: { FIXTURE_FAIL: "1" } });
    await expect(failure).rejects.toThrow(PublishError);
    await expect(failure).rejects.toThrow(/^synth failed: `.*main\.ts` exited with code 1; its output ends with:\n[^]*fixture app failed on purpose/);
    expect(await tree(out)).toEqual(before);
    expect(await fs.readdir(path.join(project, "ops"))).toEqual(["terraform"]);
  });

  it("rejects an output folder inside cdktf.out before synthesizing, with exit code 1 from the CLI", async () => {
    logs = [];
    await expect(run({ out: "cdktf.out/published" })).rejects.toThrow(
      /^--out cdktf\.out\/published is inside cdktf\.out, cdktf's synth output/,
    );
    expect(logs).toEqual([]);
    const { io, cli } = captureIo();
    expect(await main(["publish", "--out", "cdktf.out"], cli)).toBe(1);
    expect(io.stderr).toMatch(/^cdktf-nodebalancer-ssl: error: --out cdktf\.out is inside cdktf\.out[^\n]*\n$/);
    await expect(fs.stat(path.join(project, "cdktf.out"))).rejects.toThrow(/ENOENT/);
  });

  it("rejects an unknown stack, listing the available ones; --stack limits the output", async () => {
    logs = [];
    await expect(run({ out: "ops/web-only", stacks: ["web", "nope"] })).rejects.toThrow(
      'unknown stack "nope"; available: dns, web',
    );
    await expect(fs.stat(path.join(project, "ops", "web-only"))).rejects.toThrow(/ENOENT/);

    const result = await run({ out: "ops/web-only", stacks: ["web"], hcl: false });
    expect(result.files).toEqual(["manifest.json", "web/main.tf.json"]);
    expect([...(await tree(path.join(project, "ops", "web-only"))).keys()].sort()).toEqual(["manifest.json", "web/main.tf.json"]);
    const manifest = JSON.parse(await fs.readFile(path.join(project, "ops", "web-only", "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ formats: ["json"], stacks: ["web"] });
  });

  it("rejects configuration that contains an absolute path of the build machine, leaving nothing behind", async () => {
    logs = [];
    await expect(run({ out: "ops/abs", env: { FIXTURE_ABSOLUTE_BACKEND: "1" } })).rejects.toThrow(
      /^stack "dns": main\.tf\.json would contain the absolute path \/\S+ of this machine at terraform\.backend\.local\.path \(cdktf's default local backend\)/,
    );
    await expect(run({ out: "ops/abs", hcl: true, env: { FIXTURE_ABSOLUTE_BACKEND: "1" } })).rejects.toThrow(
      /^stack "dns": main\.tf would contain the absolute path \/\S+ of this machine at terraform\.backend\.local\.path \(cdktf's default local backend\)/,
    );
    await expect(fs.stat(path.join(project, "ops", "abs"))).rejects.toThrow(/ENOENT/);
    // A failed first run into a new folder tree leaves no empty parents behind.
    await expect(run({ out: "new/deep/out", env: { FIXTURE_FAIL: "1" } })).rejects.toThrow(/^synth failed/);
    await expect(fs.stat(path.join(project, "new"))).rejects.toThrow(/ENOENT/);
  });

  it("refuses to replace a folder it did not write, and a folder that is a file", async () => {
    await fs.mkdir(path.join(project, "docs"));
    await fs.writeFile(path.join(project, "docs", "README.md"), "keep me\n");
    await expect(run({ out: "docs" })).rejects.toThrow(/^--out docs is not empty and has no manifest\.json written by cdktf-nodebalancer-ssl/);
    expect(await fs.readFile(path.join(project, "docs", "README.md"), "utf8")).toBe("keep me\n");
    await expect(run({ out: "." })).rejects.toThrow(/^--out \. is the project folder or contains it/);
    await expect(run({ out: "docs/README.md/out" })).rejects.toThrow(/^cannot use --out docs\/README\.md\/out: a parent is not a folder \(ENOTDIR\)/);
  });

  it.skipIf(process.getuid?.() === 0)("reports a non-writable parent folder", async () => {
    const locked = path.join(project, "locked");
    await fs.mkdir(locked, { mode: 0o555 });
    try {
      await expect(run({ out: "locked/out" })).rejects.toThrow(/^cannot write to locked\/out: permission denied \(EACCES\)/);
    } finally {
      await fs.chmod(locked, 0o755);
    }
  });

  it("reports a missing cdktf.json and a cdktf.json without app", async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), "cdktf-publish-empty-"));
    temps.push(empty);
    await expect(publish({ out: "out", cwd: empty, log: () => undefined })).rejects.toThrow(
      /^no cdktf\.json in .*: run from the project folder or pass --app/,
    );
    await fs.writeFile(path.join(empty, "cdktf.json"), '{ "language": "typescript" }');
    await expect(publish({ out: "out", cwd: empty, log: () => undefined })).rejects.toThrow(/^cdktf\.json in .* has no "app" command/);
  });
});

describe("the same bytes on every machine", () => {
  const TERRAFORM_DIR = HAS_TERRAFORM ? path.dirname(spawnSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).stdout.trim()) : undefined;
  /** A PATH with a shell's basics (/usr/bin:/bin) but no terraform, for the fixture app that runs node by absolute path. */
  const BARE_PATH = "/usr/bin:/bin";
  const terraformOn = (PATH: string): boolean => spawnSync("terraform", ["version"], { env: { PATH, CHECKPOINT_DISABLE: "1" } }).status === 0;

  /** Runs the CLI as its binary does, in its own process, with this PATH. */
  function cli(PATH: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const loader = pathToFileURL(path.join(REPO, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const r = spawnSync(process.execPath, ["--import", loader, path.join(REPO, "src", "cli", "main.ts"), ...args], {
      cwd: project,
      encoding: "utf8",
      // The same app under both PATHs; cdktf's own terraform_data validation runs `terraform version`,
      // so the fixture skips validations to synthesize where terraform is missing.
      env: { ...process.env, PATH, CHECKPOINT_DISABLE: "1", FIXTURE_SKIP_VALIDATION: "1" },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it.skipIf(!HAS_TERRAFORM)(
    `publish --hcl writes identical bytes with and without terraform on PATH, and --check passes across the two${HAS_TERRAFORM ? "" : " (skipped: terraform is not on PATH)"}`,
    async () => {
      // GIVEN one PATH without terraform and one with it
      const withTerraform = `${TERRAFORM_DIR}:${BARE_PATH}`;
      expect(terraformOn(BARE_PATH)).toBe(false);
      expect(terraformOn(withTerraform)).toBe(true);
      // WHEN publish --hcl runs under each
      const without = cli(BARE_PATH, "publish", "--out", "hcl-without-terraform", "--hcl");
      const withIt = cli(withTerraform, "publish", "--out", "hcl-with-terraform", "--hcl");
      expect(without.status, without.stderr).toBe(0);
      expect(withIt.status, withIt.stderr).toBe(0);
      // THEN the files are byte-identical, and the layout is what terraform fmt writes
      const a = await tree(path.join(project, "hcl-without-terraform"));
      const b = await tree(path.join(project, "hcl-with-terraform"));
      expect([...a.keys()].sort()).toEqual(["dns/main.tf", "manifest.json", "web/main.tf"]);
      expect(a).toEqual(b);
      for (const file of ["dns/main.tf", "web/main.tf"]) {
        const fmt = spawnSync("terraform", ["fmt", "-"], { input: a.get(file), encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
        expect(fmt.stdout, file).toBe(a.get(file));
      }
      // AND a check on a CI runner with terraform finds a laptop's publication up to date, and back
      expect(cli(withTerraform, "publish", "--out", "hcl-without-terraform", "--hcl", "--check")).toMatchObject({ status: 0 });
      expect(cli(BARE_PATH, "publish", "--out", "hcl-with-terraform", "--hcl", "--check")).toMatchObject({ status: 0 });
    },
    60_000,
  );
});

describe("cli", () => {
  it("prints help and rejects bad usage", async () => {
    const help = captureIo();
    expect(await main(["--help"], help.cli)).toBe(0);
    expect(help.io.stdout).toMatch(/^Usage: cdktf-nodebalancer-ssl publish --out <dir>/);

    const unknown = captureIo();
    expect(await main(["publish", "--out", "x", "--bogus"], unknown.cli)).toBe(1);
    expect(unknown.io.stderr).toMatch(/^cdktf-nodebalancer-ssl: error: Unknown option '--bogus'/);

    const noOut = captureIo();
    expect(await main(["publish"], noOut.cli)).toBe(1);
    expect(noOut.io.stderr).toBe("cdktf-nodebalancer-ssl: error: --out <dir> is required, e.g. --out ops/terraform\n");

    const badCommand = captureIo();
    expect(await main(["deploy"], badCommand.cli)).toBe(1);
    expect(badCommand.io.stderr).toContain('unknown command "deploy"');
  });
});
