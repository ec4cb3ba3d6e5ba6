// The checked-in API reference (docs/api) is exactly what `npm run docs` generates from the current
// sources, and every source link in it points at an existing file and line. Nothing here names a
// source file: after sources move, `npm run docs` brings docs/api back in line.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, generateApiDocs, packageEntryPoints } from "../../scripts/api-docs";

const config = JSON.parse(readFileSync(resolve(REPO_ROOT, "typedoc.json"), "utf8")) as { out: string };
const DOCS = resolve(REPO_ROOT, config.out);
const DOCS_REL = relative(REPO_ROOT, DOCS).split(sep).join("/");

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return files.sort();
}

/** The first file that differs between the two trees, with where, or undefined. */
function firstDifference(expectedDir: string, actualDir: string): string | undefined {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  for (const file of [...new Set([...expected, ...actual])].sort()) {
    if (!actual.includes(file)) return `${DOCS_REL}/${file} is missing (npm run docs generates it)`;
    if (!expected.includes(file)) return `${DOCS_REL}/${file} is not generated any more (npm run docs removes it)`;
    const want = readFileSync(join(expectedDir, file), "utf8");
    const have = readFileSync(join(actualDir, file), "utf8");
    if (want !== have) {
      const wantLines = want.split("\n");
      const haveLines = have.split("\n");
      let i = 0;
      while (i < wantLines.length && wantLines[i] === haveLines[i]) i++;
      return (
        `${DOCS_REL}/${file} differs from what npm run docs generates, first at line ${i + 1}:\n` +
        `  checked in: ${JSON.stringify(haveLines[i] ?? "<end of file>")}\n` +
        `  generated:  ${JSON.stringify(wantLines[i] ?? "<end of file>")}`
      );
    }
  }
  return undefined;
}

describe("API reference (docs/api)", () => {
  let generated: string;

  beforeAll(async () => {
    generated = mkdtempSync(join(tmpdir(), "api-docs-"));
    await generateApiDocs({ out: generated, logLevel: "Error" });
  }, 90_000);

  afterAll(() => {
    if (generated) rmSync(generated, { recursive: true, force: true });
  });

  it("is up to date: identical to a fresh `npm run docs`", () => {
    const difference = firstDifference(generated, DOCS);
    expect(difference === undefined ? "" : `${difference}\nRun \`npm run docs\` and commit ${DOCS_REL}.`).toBe("");
  });

  it("has one module per package entry point, named as users import it", () => {
    const index = readFileSync(join(DOCS, "README.md"), "utf8");
    const modules = [...index.matchAll(/^- \[([^\]]+)\]\(/gm)].map((m) => m[1]);
    expect(modules.sort()).toEqual(packageEntryPoints().map((e) => e.moduleName).sort());
  });

  it("links every source to an existing file and line, relative to the page, inside the repository", () => {
    const problems: string[] = [];
    let links = 0;
    const lineCounts = new Map<string, number>();
    for (const file of listFiles(DOCS).filter((f) => f.endsWith(".md"))) {
      const page = join(DOCS, file);
      const text = readFileSync(page, "utf8");
      for (const match of text.matchAll(/\]\(([^()\s]*?)#L(\d+)\)/g)) {
        links++;
        const [, target, lineText] = match;
        const where = `${DOCS_REL}/${file}: ${target}#L${lineText}`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("/")) {
          problems.push(`${where} is not a relative link`);
          continue;
        }
        const source = resolve(dirname(page), target);
        if (relative(REPO_ROOT, source).startsWith("..")) {
          problems.push(`${where} points outside the repository`);
          continue;
        }
        if (!existsSync(source) || !statSync(source).isFile()) {
          problems.push(`${where}: no such file`);
          continue;
        }
        let count = lineCounts.get(source);
        if (count === undefined) {
          const content = readFileSync(source, "utf8");
          count = content.split("\n").length - (content.endsWith("\n") ? 1 : 0);
          lineCounts.set(source, count);
        }
        const line = Number(lineText);
        if (line < 1 || line > count) problems.push(`${where}: the file has ${count} lines`);
      }
    }
    expect(links, "no source links found in docs/api").toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
