/**
 * The provider manifest (`schemas/providers.json`): the one place where provider versions are
 * pinned and where the resources and data sources the package uses are listed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ProviderEntry {
  /** Registry address as `terraform providers schema -json` prints it. */
  readonly address: string;
  /** `required_providers` source. */
  readonly source: string;
  /** Exact version pinned everywhere (or `builtin`). */
  readonly version: string;
  /** `generated` for bindings built here, otherwise the package that ships them. */
  readonly bindings: string;
  readonly resources: readonly string[];
  readonly dataSources: readonly string[];
}

export const ROOT = join(__dirname, "..");
export const SCHEMA_DIR = join(ROOT, "schemas");
export const BINDINGS_DIR = join(ROOT, "src", "generated");

export function readManifest(): Record<string, ProviderEntry> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, "providers.json"), "utf8"));
}
