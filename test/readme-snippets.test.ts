import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ts from "typescript";
import { describe, expect, test } from "vitest";
import * as cdktf from "cdktf";
import * as pkg from "../src";

// Every TypeScript block of README.md compiles as a user pastes it into a project made by
// `cdktf init --template=typescript`: that template's tsconfig (strict, noUnusedLocals,
// noUnusedParameters, CommonJS, ES2018; test/user-project/fixture/tsconfig.json), with
// "cdktf-nodebalancer-ssl" resolved to this package's types.
//
// - A block with imports is a file of its own, compiled exactly as written.
// - A block without imports is a fragment of the user's stack code: it gets the imports of the
//   package's names it uses; the names README's prose gives it (`stack`, `certificate`, `sshKey`,
//   `sensitiveVar`) are declared; its top-level `const`s are exported (the rest of the user's
//   program would use them); a fragment that starts with `name:` is a property of an object literal.
// - The facade example's commented `// tls:` alternatives compile too, each swapped in for the
//   active line with the commented `sshKey` declaration and the imports its comment names.

const ROOT = resolve(__dirname, "..");
const PACKAGE = "cdktf-nodebalancer-ssl";
/** Where the snippets live for the compiler (never written): beside the repo's node_modules. */
const SNIPPET_DIR = join(ROOT, "test", ".readme-snippets");

interface Snippet {
  /** 1-based line of the opening fence in README.md. */
  readonly line: number;
  readonly code: string;
}

function readmeSnippets(): Snippet[] {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    snippets.push({ line: start + 1, code: `${body.join("\n")}\n` });
  }
  return snippets;
}

/** The names a fragment's code uses (identifiers, comments excluded). */
function identifiers(code: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile("fragment.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return names;
}

/** A fragment as the file a user's stack code would be around it. */
function asModule(code: string): string {
  const property = /^\s*[A-Za-z_$][\w$]*\s*:/.test(code);
  const body = property ? `export const fragment = {\n${code}};\n` : code;
  const used = [...identifiers(body)].filter((name) => Object.prototype.hasOwnProperty.call(pkg, name)).sort();
  const declared = [...code.matchAll(/^const ([A-Za-z_$][\w$]*)\s*[:=]/gm)].map((m) => m[1]);
  return [
    used.length > 0 ? `import { ${used.join(", ")} } from "${PACKAGE}";` : "",
    body,
    declared.length > 0 ? `export { ${declared.join(", ")} };` : "export {};",
    "",
  ].join("\n");
}

/**
 * The facade example with one commented `// tls:` alternative swapped in for the active `tls:` line,
 * the commented `const` declarations uncommented, and the imports of what it then uses.
 */
function alternatives(code: string): string[] {
  const lines = code.split("\n");
  const active = lines.findIndex((l) => /^\s*tls: /.test(l));
  if (active < 0) return [];
  const body = lines.filter((l) => !/^\s*import\s/.test(l));
  const activeInBody = body.findIndex((l) => /^\s*tls: /.test(l));
  return body
    .filter((l) => /^\s*\/\/ tls: /.test(l))
    .map((alternative) => {
      // the commented declarations the alternative uses (e.g. `// const sshKey = ...`), uncommented
      const uses = identifiers(alternative.replace("// ", ""));
      const variant = body.map((l) => {
        const declared = /^\/\/ const (\w+) = /.exec(l);
        return declared !== null && uses.has(declared[1]) ? l.slice(3) : l;
      });
      variant[activeInBody] = alternative.replace("// ", "");
      const text = variant.join("\n");
      const used = [...identifiers(text)];
      const fromPkg = used.filter((n) => Object.prototype.hasOwnProperty.call(pkg, n)).sort();
      const fromCdktf = used.filter((n) => Object.prototype.hasOwnProperty.call(cdktf, n) && !fromPkg.includes(n)).sort();
      return [`import { ${fromCdktf.join(", ")} } from "cdktf";`, `import { ${fromPkg.join(", ")} } from "${PACKAGE}";`, text].join("\n");
    });
}

/** The names README's prose gives a fragment, as a user's stack code has them. */
const CONTEXT = `
declare const stack: import("cdktf").TerraformStack;
declare const certificate: import("${PACKAGE}").AcmeCertificate;
declare const sshKey: import("cdktf").TerraformVariable;
declare const sensitiveVar: import("cdktf").TerraformVariable;
declare const chain: import("cdktf").TerraformVariable;
declare const key: import("cdktf").TerraformVariable;
`;

/** The `cdktf init --template=typescript` compiler options, with the package resolved to its types. */
function userCompilerOptions(): ts.CompilerOptions {
  const file = join(ROOT, "test", "user-project", "fixture", "tsconfig.json");
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, SNIPPET_DIR);
  return { ...parsed.options, noEmit: true, incremental: false, paths: packagePaths() };
}

/**
 * "cdktf-nodebalancer-ssl" and its subpath entry points (package.json `exports`), each resolved to
 * the source its `types` are built from (`./lib/src/x/index.d.ts` → `src/x/index.ts`).
 */
function packagePaths(): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { types?: string; exports?: Record<string, string | { types?: string }> };
  const source = (types: string): string => join(ROOT, types.replace(/^\.?\/?lib\//, "").replace(/\.d\.ts$/, ".ts"));
  const paths: Record<string, string[]> = { [PACKAGE]: [source(manifest.types ?? "lib/src/index.d.ts")] };
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const types = typeof target === "object" ? target.types : undefined;
    if (types !== undefined) paths[subpath === "." ? PACKAGE : `${PACKAGE}/${subpath.replace(/^\.\//, "")}`] = [source(types)];
  }
  return paths;
}

/** Compiles the files (path → text, kept in memory) and returns the diagnostics of those files only. */
function compile(files: ReadonlyMap<string, string>): ts.Diagnostic[] {
  const options = userCompilerOptions();
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = files.get(fileName);
    return text !== undefined ? ts.createSourceFile(fileName, text, languageVersion, true) : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => files.get(fileName) ?? readFile(fileName);
  const program = ts.createProgram([...files.keys()], options, host);
  // The package's own sources are checked by its build (its tsconfig); here only the snippets.
  const own = [...files.keys()].map((f) => program.getSourceFile(f) as ts.SourceFile);
  return [...program.getOptionsDiagnostics(), ...own.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)])];
}

function describeDiagnostic(d: ts.Diagnostic, snippets: ReadonlyMap<string, Snippet>): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (d.file === undefined || d.start === undefined) return `TS${d.code}: ${message}`;
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  const snippet = snippets.get(d.file.fileName);
  const where = snippet === undefined ? d.file.fileName : `README.md block at line ${snippet.line}`;
  return `${where} (line ${line + 1} of the compiled file): TS${d.code}: ${message}\n    ${d.file.text.split("\n")[line]}`;
}

describe("README's TypeScript snippets", () => {
  const snippets = readmeSnippets();

  test("README has TypeScript snippets, among them the facade example", () => {
    expect(snippets.length).toBeGreaterThan(5);
    expect(snippets.some((s) => s.code.includes("new SiteStack("))).toBe(true);
  });

  test("each compiles under the cdktf init --template=typescript tsconfig against the package's types", () => {
    const files = new Map<string, string>([[join(SNIPPET_DIR, "context.d.ts"), CONTEXT]]);
    const bySnippetFile = new Map<string, Snippet>();
    for (const snippet of snippets) {
      const file = join(SNIPPET_DIR, `readme-line-${snippet.line}.ts`);
      files.set(file, /^\s*import\s/m.test(snippet.code) ? snippet.code : asModule(snippet.code));
      bySnippetFile.set(file, snippet);
    }
    const problems = compile(files).map((d) => describeDiagnostic(d, bySnippetFile));
    expect(problems, problems.join("\n\n")).toEqual([]);
  }, 120_000);

  test("the facade example's commented alternatives compile when swapped in for the active tls line", () => {
    const facade = snippets.find((s) => s.code.includes("new SiteStack(")) as Snippet;
    const variants = alternatives(facade.code);
    expect(variants.length).toBeGreaterThanOrEqual(4);
    const files = new Map<string, string>([[join(SNIPPET_DIR, "context.d.ts"), CONTEXT]]);
    const bySnippetFile = new Map<string, Snippet>();
    variants.forEach((code, i) => {
      const file = join(SNIPPET_DIR, `facade-alternative-${i + 1}.ts`);
      files.set(file, code);
      bySnippetFile.set(file, facade);
    });
    const problems = compile(files).map((d) => describeDiagnostic(d, bySnippetFile));
    expect(problems, problems.join("\n\n")).toEqual([]);
  }, 120_000);

  test("the harness itself: an unused import in a snippet is an error, as in the user's project", () => {
    const file = join(SNIPPET_DIR, "unused.ts");
    const problems = compile(new Map([[file, `import { SiteTls, Stickiness } from "${PACKAGE}";\nexport const s = Stickiness.TABLE;\n`]]));
    expect(problems.map((d) => d.code)).toEqual([6133]); // 'SiteTls' is declared but its value is never read
  }, 120_000);
});
