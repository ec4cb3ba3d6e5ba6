// `npm run docs`: regenerates the API reference in docs/api (typedoc + typedoc-plugin-markdown,
// configured by typedoc.json). test/docs/api-reference.test.ts calls generateApiDocs() into a temp
// directory and compares, so docs/api cannot go stale.
//
// What typedoc.json alone cannot express, done here:
// - each entry point is a module named as users import it (`cdktf-nodebalancer-ssl`,
//   `cdktf-nodebalancer-ssl/testing`, ...), taken from package.json "exports"; typedoc.json's
//   entryPoints must list exactly the sources of those exports;
// - source links: typedoc.json's sourceLinkTemplate gives repository-relative paths
//   (`src/x/y.ts#L42`, no git revision, no remote); each page's links are made relative to where
//   that page lives in the canonical output directory (typedoc.json's "out"), so the bytes do not
//   depend on where the docs are generated.
import { readFileSync } from "node:fs";
import { posix, relative, resolve, sep } from "node:path";
import type { Context, PageEvent } from "typedoc";

// typedoc (ESM only) is loaded with import(): a require() from this CommonJS script would give a
// second copy of typedoc next to the one typedoc-plugin-markdown imports, and the plugin then fails.
//
// typedoc's declarations reach their event-dispatcher base class through a `#utils` import that
// this repository's node10 module resolution cannot follow; this is the part of it used here.
interface Dispatcher<E> {
  on(event: string, listener: (event: E) => void): void;
}

export const REPO_ROOT = resolve(__dirname, "..");
const TYPEDOC_JSON = resolve(REPO_ROOT, "typedoc.json");

export interface ApiDocsOptions {
  /** Where to write; defaults to typedoc.json's "out" (docs/api). Links are computed for that canonical place either way. */
  readonly out?: string;
  /** typedoc's logLevel; "Warn" by default. */
  readonly logLevel?: "Verbose" | "Info" | "Warn" | "Error" | "None";
}

export interface ApiDocsResult {
  readonly out: string;
  readonly warnings: number;
  readonly errors: number;
}

interface EntryPoint {
  /** Absolute path of the source entry file. */
  readonly source: string;
  /** The specifier users import: the package name plus the export subpath. */
  readonly moduleName: string;
}

const toPosix = (p: string): string => p.split(sep).join(posix.sep);

/** The package's entry points from package.json "exports": `./lib/<x>.d.ts` typings map back to `<x>.ts`. */
export function packageEntryPoints(root: string = REPO_ROOT): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string | { types?: string }>;
  };
  const tsconfig = JSON.parse(readFileSync(resolve(root, "tsconfig.json"), "utf8")) as {
    compilerOptions?: { outDir?: string; rootDir?: string };
  };
  const outDir = resolve(root, tsconfig.compilerOptions?.outDir ?? ".");
  const rootDir = resolve(root, tsconfig.compilerOptions?.rootDir ?? ".");
  const entries: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === "string" ? undefined : target.types;
    if (!types) continue; // ./package.json
    const fromOut = relative(outDir, resolve(root, types));
    if (fromOut.startsWith("..")) throw new Error(`package.json exports["${subpath}"].types ${types} is outside outDir ${outDir}`);
    entries.push({
      source: resolve(rootDir, fromOut.replace(/\.d\.ts$/, ".ts")),
      moduleName: subpath === "." ? pkg.name : `${pkg.name}${subpath.slice(1)}`,
    });
  }
  return entries;
}

/** Rewrites the repository-relative source links of one page to links relative to that page. */
export function relativizeSourceLinks(contents: string, pageUrl: string, canonicalOut: string): string {
  const pageDir = posix.dirname(posix.join(canonicalOut, pageUrl));
  const toRoot = posix.relative(pageDir, "") || ".";
  // Only "Defined in:" lines carry source links (typedoc-plugin-markdown); their targets are `path#Lline`.
  return contents.replace(/^(Defined in: .*)$/gm, (line) =>
    line.replace(/\]\(([^()\s#]+#L\d+)\)/g, (_, target: string) =>
      /^(?:[a-z]+:|\/|\.\.?\/)/i.test(target) ? `](${target})` : `](${toRoot}/${target})`,
    ),
  );
}

export async function generateApiDocs(options: ApiDocsOptions = {}): Promise<ApiDocsResult> {
  const config = JSON.parse(readFileSync(TYPEDOC_JSON, "utf8")) as { out: string };
  const canonicalOut = toPosix(relative(REPO_ROOT, resolve(REPO_ROOT, config.out)));
  const out = resolve(options.out ?? resolve(REPO_ROOT, config.out));

  const { Application, Converter, PageEvent, ReflectionKind, TSConfigReader, TypeDocReader } = await import("typedoc");
  const app = await Application.bootstrapWithPlugins(
    {
      options: TYPEDOC_JSON,
      tsconfig: resolve(REPO_ROOT, "tsconfig.json"),
      out,
      logLevel: options.logLevel ?? "Warn",
    },
    [new TypeDocReader(), new TSConfigReader()],
  );

  const expected = packageEntryPoints();
  const configured = (app.options.getValue("entryPoints") as string[]).map((p) => resolve(REPO_ROOT, p));
  const same =
    configured.length === expected.length && expected.every((e) => configured.includes(e.source));
  if (!same) {
    const list = expected.map((e) => `"${toPosix(relative(REPO_ROOT, e.source))}"`).join(", ");
    throw new Error(
      `typedoc.json entryPoints do not match package.json "exports"; set them to [${list}] ` +
        `(configured: ${configured.map((p) => toPosix(relative(REPO_ROOT, p))).join(", ")})`,
    );
  }
  const nameOf = new Map(expected.map((e) => [e.source, e.moduleName]));

  (app.converter as unknown as Dispatcher<Context>).on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const child of context.project.children ?? []) {
      if (!child.kindOf(ReflectionKind.Module)) continue;
      const file = child.sources?.[0]?.fullFileName;
      const name = file === undefined ? undefined : nameOf.get(resolve(file));
      if (name === undefined) throw new Error(`module ${child.name} (${file}) is not a package.json export`);
      child.name = name;
    }
  });
  (app.renderer as unknown as Dispatcher<PageEvent>).on(PageEvent.END, (page) => {
    if (page.contents !== undefined) page.contents = relativizeSourceLinks(page.contents, page.url, canonicalOut);
  });

  const project = await app.convert();
  if (!project) throw new Error("typedoc: conversion failed");
  app.validate(project);
  if (app.logger.hasErrors()) throw new Error("typedoc reported errors");
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) throw new Error("typedoc reported errors");
  return { out, warnings: app.logger.warningCount, errors: app.logger.errorCount };
}

if (/api-docs\.ts$/.test(process.argv[1] ?? "")) {
  const started = Date.now();
  generateApiDocs({ out: process.argv[2] }).then(
    (r) => {
      const where = toPosix(relative(process.cwd(), r.out)) || ".";
      console.log(`API reference written to ${where} (${r.warnings} warnings, ${Date.now() - started} ms)`);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
