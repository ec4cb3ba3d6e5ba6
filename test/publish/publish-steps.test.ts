import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { PACKAGE_NAME, packageRoot, packageVersion } from "../../src/private/package-root";
import { runProcess } from "../../src/private/spawn";
import { checkSummary, compareTrees } from "../../src/publish/check";
import { findMachinePathInJson, findMachinePathInText, machinePathsOf } from "../../src/publish/machine-paths";
import { canonicalJson, manifestFile, stackFile } from "../../src/publish/render";

// The small steps publish is made of, each on its own (publish.test.ts runs them together).

describe("canonical output", () => {
  test("JSON: keys sorted by code unit, metadata dropped, 2-space indent, trailing newline", async () => {
    expect(canonicalJson({ b: 1, a: { Z: [], a: {} }, "//": "kept by canonicalJson" })).toBe(
      '{\n  "//": "kept by canonicalJson",\n  "a": {\n    "Z": [],\n    "a": {}\n  },\n  "b": 1\n}\n',
    );
    const [file, text] = await stackFile("web", { "//": { metadata: 1 }, output: { x: { value: "${a.b}", "//": 2 } } }, false, []);
    expect(file).toBe("web/main.tf.json");
    expect(text).toBe('{\n  "output": {\n    "x": {\n      "value": "${a.b}"\n    }\n  }\n}\n');
  });

  test("HCL: rendered and formatted in process, the same bytes each time", async () => {
    const json = { locals: { a: 1, long_name: "${var.x}" }, variable: { x: { type: "string" } } };
    const [file, text] = await stackFile("web", json, true, []);
    expect(file).toBe("web/main.tf");
    expect(text).toBe('variable "x" {\n  type = string\n}\n\nlocals {\n  a         = 1\n  long_name = var.x\n}\n');
    expect((await stackFile("web", json, true, []))[1]).toBe(text);
  });

  test("the manifest names the format, the package and its provider pins", () => {
    const text = manifestFile({ name: PACKAGE_NAME, version: "1.2.3", providers: { tls: { source: "hashicorp/tls", version: "4.1.0" } } }, ["a", "b"], true);
    expect(JSON.parse(text)).toEqual({ formats: ["hcl"], package: { name: PACKAGE_NAME, version: "1.2.3" }, providers: { tls: { source: "hashicorp/tls", version: "4.1.0" } }, stacks: ["a", "b"] });
  });
});

describe("machine paths", () => {
  const paths = machinePathsOf(["/home/me/project", "/home/me/project/ops"]);

  test("longest first; a path is found whole, not as the prefix of a longer name", () => {
    expect(paths[0]).toBe("/home/me/project/ops");
    expect(findMachinePathInJson({ terraform: { backend: { local: { path: "/home/me/project/terraform.tfstate" } } } }, paths)).toEqual({
      path: "/home/me/project",
      at: "terraform.backend.local.path",
    });
    expect(findMachinePathInJson({ a: "/home/me/project-two/x" }, paths)).toBeUndefined();
    expect(findMachinePathInText('x = 1\npath = "/home/me/project/ops/a"\n', paths)).toEqual({ path: "/home/me/project/ops", line: 2 });
  });

  test("a machine path makes the stack's file an error naming the stack and the place", async () => {
    await expect(stackFile("web", { output: { x: { value: "/home/me/project/a" } } }, false, paths)).rejects.toThrow(
      /^stack "web": main\.tf\.json would contain the absolute path \/home\/me\/project of this machine at output\.x\.value; /,
    );
  });
});

describe("check", () => {
  test("added, removed and changed files, with the first differing lines", () => {
    const existing = new Map([
      ["a/main.tf", "x\ny\nz\n"],
      ["old/main.tf", "gone\n"],
      ["manifest.json", "{}\n"],
    ]);
    const files = new Map([
      ["a/main.tf", "x\nY\nz\n"],
      ["b/main.tf", "new\n"],
      ["manifest.json", "{}\n"],
    ]);
    const diff = compareTrees(existing, files);
    expect(diff).toEqual({
      added: ["b/main.tf"],
      removed: ["old/main.tf"],
      changed: [{ file: "a/main.tf", line: 2, published: ["y", "z", ""], expected: ["Y", "z", ""] }],
    });
    expect(checkSummary("ops", diff.added, diff.removed, diff.changed).split("\n")[0]).toBe(
      "ops is stale: 1 changed, 1 added, 1 removed; run publish without --check to update it",
    );
    expect(compareTrees(files, files)).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe("the package's one spawn helper and one package-root lookup (src/private)", () => {
  test("runProcess captures output within its limits and resolves whatever the exit code", async () => {
    const r = await runProcess(process.execPath, {
      args: ["-e", "process.stdout.write('a'.repeat(50)); process.stderr.write('0123456789'); process.exit(3)"],
      stdoutLimit: { chars: 10, keep: "first" },
      stderrLimit: { chars: 4, keep: "last" },
    });
    expect(r).toMatchObject({ code: 3, signal: null, timedOut: false, stdout: "a".repeat(10), stderr: "6789" });
  });

  test("runProcess runs a shell command line, kills on timeout, and rejects when the program cannot start", async () => {
    expect((await runProcess("echo $((40 + 2))", { shell: true })).stdout).toBe("42\n");
    const slow = await runProcess(process.execPath, { args: ["-e", "setTimeout(() => {}, 10000)"], timeoutMs: 200, killSignal: "SIGKILL" });
    expect(slow).toMatchObject({ code: null, signal: "SIGKILL", timedOut: true });
    await expect(runProcess("/nonexistent/program")).rejects.toMatchObject({ code: "ENOENT" });
  });

  test("packageRoot is the folder of this package's package.json, with its schemas", () => {
    const root = packageRoot();
    expect(root).toBe(path.resolve(__dirname, "../.."));
    expect(packageVersion()).toBe((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version);
    expect(existsSync(path.join(root, "schemas", "blocks.json"))).toBe(true);
  });

  test("src/private imports nothing public: only node built-ins and other private modules", () => {
    for (const file of ["spawn.ts", "package-root.ts"]) {
      const text = readFileSync(path.resolve(__dirname, "../../src/private", file), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect(imports.every((i) => i.startsWith("node:") || i.startsWith("./")), `${file}: ${imports.join(", ")}`).toBe(true);
    }
  });
});
