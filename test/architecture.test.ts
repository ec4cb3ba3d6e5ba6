import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, test } from "vitest";

// The folders of src/ form layers: what README's "How the code is organised" draws. These tests
// read the import statements, so a new import that breaks the layering fails here, not in review.

const SRC = join(__dirname, "../src");

/** Every source file of src/ (without the generated bindings), relative to src/. */
function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return path.endsWith(".ts") ? [relative(SRC, path)] : [];
  });
}

/** The src-relative files a source file imports (relative imports only). */
function imports(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) => normalize(join(dirname(file), m[1])));
}

const folder = (path: string) => (path.includes("/") ? path.split("/")[0] : "(root)");
const files = sources();

/** Folder → the folders it imports from, with one example import each. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const target of imports(file)) {
      const [from, to] = [folder(file), folder(target)];
      if (from === to || to === "generated") continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, `${file} -> ${target}`);
    }
  }
  return graph;
}

describe("the layout of src/", () => {
  test("the folders import each other without cycles", () => {
    const graph = folderGraph();
    const cycles: string[] = [];
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      from === to || (!seen.has(from) && [...(graph.get(from)?.keys() ?? [])].some((next) => reaches(next, to, seen.add(from))));
    for (const [from, targets] of graph) for (const [to, example] of targets) if (reaches(to, from)) cycles.push(example);
    expect(cycles).toEqual([]);
    expect(graph.size).toBeGreaterThan(8);
  });

  test("private/ is a leaf: it imports no other folder of the package", () => {
    expect([...(folderGraph().get("private")?.values() ?? [])]).toEqual([]);
  });

  test("the package root loads no tool and nothing of LKE: verify, publish, the test kit, the CLI and kubernetes stay behind their own entry points", () => {
    // Everything the root index reaches, transitively.
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const target of imports(file)) {
        const resolved = files.find((f) => f === `${target}.ts` || f === `${target}/index.ts`);
        if (resolved) visit(resolved);
      }
    };
    visit("index.ts");
    const tools = [...reached].filter((f) => ["verify", "publish", "testing", "cli", "kubernetes"].includes(folder(f)));
    expect(tools).toEqual([]);
    expect(reached.size).toBeGreaterThan(40);
  });
});
