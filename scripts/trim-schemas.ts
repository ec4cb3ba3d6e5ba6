/**
 * Rebuilds the trimmed provider schemas under `schemas/` from full
 * `terraform providers schema -json` outputs.
 *
 *   npm run schemas -- <dir>
 *
 * `<dir>` holds one `<name>.json` per provider of `schemas/providers.json`. The builtin
 * `terraform` provider's schema is read from the `terraform` binary on PATH (it needs no download).
 * Only the resources and data sources listed in the manifest are kept, and only facts: names,
 * types, flags and nesting. Description texts are dropped.
 *
 * It also writes `schemas/blocks.json`, the nesting map the HCL renderer (`src/hcl/render-hcl.ts`)
 * needs to tell blocks from attributes: for EVERY resource type, data source type and provider
 * configuration of the manifest's providers (not only the ones the constructs use), the tree of
 * `block_types` (name → `{ nesting, children }`). Attributes, including nested-type attributes
 * (Cloudflare v5's `filter = { ... }`), are left out: whatever is not a block is an attribute.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readManifest, SCHEMA_DIR, type ProviderEntry } from "./providers";

type Json = unknown;

const DROPPED_KEYS = new Set(["description", "description_kind"]);

function stripDescriptions(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (value !== null && typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, Json>)[key];
      // A description text is dropped; an attribute named `description` (an object) is a fact.
      if (!(DROPPED_KEYS.has(key) && typeof child === "string")) out[key] = stripDescriptions(child);
    }
    return out;
  }
  return value;
}

function pick(all: Record<string, Json> | undefined, names: readonly string[], what: string): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const name of [...names].sort()) {
    if (!all || !(name in all)) throw new Error(`trim-schemas: ${what} '${name}' is not in the full schema`);
    out[name] = stripDescriptions(all[name]);
  }
  return out;
}

function builtinSchema(): Json {
  const dir = mkdtempSync(join(tmpdir(), "tf-builtin-"));
  try {
    writeFileSync(join(dir, "main.tf"), 'resource "terraform_data" "probe" {}\n');
    execFileSync("terraform", ["init", "-input=false", "-backend=false"], { cwd: dir, stdio: "ignore" });
    return JSON.parse(execFileSync("terraform", ["providers", "schema", "-json"], { cwd: dir, encoding: "utf8" }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function trim(name: string, entry: ProviderEntry, full: Json): Json {
  const schemas = (full as { provider_schemas: Record<string, Record<string, Json>> }).provider_schemas;
  const provider = schemas[entry.address];
  if (!provider) throw new Error(`trim-schemas: ${name}: no provider '${entry.address}' in the full schema`);
  return {
    format_version: "1.0",
    provider_schemas: {
      [entry.address]: {
        provider: stripDescriptions(provider.provider),
        resource_schemas: pick(provider.resource_schemas as Record<string, Json>, entry.resources, "resource"),
        data_source_schemas: pick(provider.data_source_schemas as Record<string, Json>, entry.dataSources, "data source"),
      },
    },
    provider_versions: { [entry.address]: entry.version },
  };
}

/** One block type of the nesting map: its nesting mode and its own block types. */
export interface BlockNode {
  readonly nesting: string;
  readonly children: BlockTree;
}

/** Block types by name. */
export type BlockTree = { readonly [name: string]: BlockNode };

interface SchemaBlock {
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock }>;
}

function blockTree(block: SchemaBlock | undefined): BlockTree {
  const out: Record<string, BlockNode> = {};
  for (const name of Object.keys(block?.block_types ?? {}).sort()) {
    const type = (block?.block_types ?? {})[name];
    out[name] = { nesting: type.nesting_mode, children: blockTree(type.block) };
  }
  return out;
}

/** The nesting map: `schemas/blocks.json` as an object. */
export interface BlockMap {
  /** Provider versions the map was made from, by local name. */
  readonly providers: Record<string, string>;
  /** Provider configuration block trees, by local name. */
  readonly provider: Record<string, BlockTree>;
  /** Resource type → block tree (an empty tree: attributes only). */
  readonly resource: Record<string, BlockTree>;
  /** Data source type → block tree. */
  readonly data: Record<string, BlockTree>;
}

/**
 * Builds the nesting map from full schemas: `<source>/<name>.json` per provider of the manifest,
 * and the builtin `terraform` provider from the binary on PATH.
 */
export function buildBlockMap(source: string, builtin: () => Json = builtinSchema): BlockMap {
  const map = { providers: {} as Record<string, string>, provider: {} as Record<string, BlockTree>, resource: {} as Record<string, BlockTree>, data: {} as Record<string, BlockTree> };
  const manifest = readManifest();
  for (const name of Object.keys(manifest).sort()) {
    const entry = manifest[name];
    const full = (entry.version === "builtin" ? builtin() : JSON.parse(readFileSync(join(source, `${name}.json`), "utf8"))) as {
      provider_schemas: Record<string, { provider?: { block?: SchemaBlock }; resource_schemas?: Record<string, { block: SchemaBlock }>; data_source_schemas?: Record<string, { block: SchemaBlock }> }>;
    };
    const provider = full.provider_schemas[entry.address];
    if (!provider) throw new Error(`trim-schemas: ${name}: no provider '${entry.address}' in the full schema`);
    map.providers[name] = entry.version;
    if (entry.version !== "builtin") map.provider[name] = blockTree(provider.provider?.block);
    for (const [type, schema] of Object.entries(provider.resource_schemas ?? {})) map.resource[type] = blockTree(schema.block);
    for (const [type, schema] of Object.entries(provider.data_source_schemas ?? {})) map.data[type] = blockTree(schema.block);
  }
  return map;
}

/** `schemas/blocks.json`'s text: sorted keys, one type per line, trailing newline. */
export function renderBlockMap(map: BlockMap): string {
  const section = (entries: Record<string, unknown>): string => {
    const keys = Object.keys(entries).sort();
    return `{\n${keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(entries[k])}`).join(",\n")}\n  }`;
  };
  const parts = [
    `  "//": ${JSON.stringify("Generated by `npm run schemas -- <dir>` (scripts/trim-schemas.ts) from the full provider schemas; do not edit.")}`,
    `  "providers": ${JSON.stringify(Object.fromEntries(Object.keys(map.providers).sort().map((k) => [k, map.providers[k]])))}`,
    `  "provider": ${section(map.provider)}`,
    `  "resource": ${section(map.resource)}`,
    `  "data": ${section(map.data)}`,
  ];
  return `{\n${parts.join(",\n")}\n}\n`;
}

function main(): void {
  const source = process.argv[2];
  if (!source) throw new Error("usage: npm run schemas -- <dir holding full provider schemas>");
  const versionsFile = join(source, "versions.json");
  let builtinCache: Json | undefined;
  const builtin = (): Json => (builtinCache ??= builtinSchema());
  const versions: Record<string, string> = existsSync(versionsFile) ? JSON.parse(readFileSync(versionsFile, "utf8")) : {};
  for (const [name, entry] of Object.entries(readManifest())) {
    if (versions[entry.address] && versions[entry.address] !== entry.version) {
      throw new Error(`trim-schemas: ${name}: ${source} holds ${versions[entry.address]}, the manifest pins ${entry.version}`);
    }
    const full = entry.version === "builtin" ? builtin() : JSON.parse(readFileSync(join(source, `${name}.json`), "utf8"));
    const out = join(SCHEMA_DIR, `${name}.json`);
    writeFileSync(out, JSON.stringify(trim(name, entry, full), null, 1) + "\n");
    console.log(`wrote ${out}`);
  }
  const blocks = join(SCHEMA_DIR, "blocks.json");
  writeFileSync(blocks, renderBlockMap(buildBlockMap(source, builtin)));
  console.log(`wrote ${blocks}`);
}

if (require.main === module) main();
