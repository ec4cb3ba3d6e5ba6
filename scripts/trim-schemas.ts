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
      if (!DROPPED_KEYS.has(key)) out[key] = stripDescriptions((value as Record<string, Json>)[key]);
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

function main(): void {
  const source = process.argv[2];
  if (!source) throw new Error("usage: npm run schemas -- <dir holding full provider schemas>");
  const versionsFile = join(source, "versions.json");
  const versions: Record<string, string> = existsSync(versionsFile) ? JSON.parse(readFileSync(versionsFile, "utf8")) : {};
  for (const [name, entry] of Object.entries(readManifest())) {
    if (versions[entry.address] && versions[entry.address] !== entry.version) {
      throw new Error(`trim-schemas: ${name}: ${source} holds ${versions[entry.address]}, the manifest pins ${entry.version}`);
    }
    const full = entry.version === "builtin" ? builtinSchema() : JSON.parse(readFileSync(join(source, `${name}.json`), "utf8"));
    const out = join(SCHEMA_DIR, `${name}.json`);
    writeFileSync(out, JSON.stringify(trim(name, entry, full), null, 1) + "\n");
    console.log(`wrote ${out}`);
  }
}

main();
