/**
 * Terraform-schema conformance checker for synthesized cdktf stacks.
 *
 * Checks a synthesized stack (`cdk.tf.json` / `Testing.synth` output, parsed) the way
 * `terraform validate` would, against the pinned, trimmed provider schemas in `schemas/`
 * (`terraform providers schema -json` format) and the manifest `schemas/providers.json`:
 *
 * - resource and data source types exist in a pinned provider schema and in the manifest;
 * - argument and block names exist (Terraform meta-arguments are accepted where Terraform accepts them);
 * - required arguments and required blocks (`min_items`) are present;
 * - literal values are convertible to the schema type (interpolations `${...}` are accepted for any type);
 * - blocks respect their nesting mode and `min_items`/`max_items`;
 * - computed-only attributes are not set;
 * - deprecated arguments and blocks are reported as warnings;
 * - provider configuration blocks conform to the provider schema (plus `alias`);
 * - `terraform.required_providers` pins exactly the schema version of every provider in use, with the right source.
 */
import type { ProviderEntry } from "../../scripts/providers";
import * as fs from "node:fs";
import * as path from "node:path";

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type Severity = "error" | "warning";

export interface Violation {
  readonly severity: Severity;
  /** Dotted path into the stack JSON, e.g. `resource.linode_nodebalancer_config.https.ssl_cert`. */
  readonly path: string;
  readonly message: string;
}

/** A type in cty's JSON form, as found in `terraform providers schema -json`. */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>]
  | readonly ["object", Readonly<Record<string, CtyType>>, readonly string[]]
  | readonly ["tuple", readonly CtyType[]];

export type AttributeNestingMode = "single" | "list" | "set" | "map";
export type BlockNestingMode = AttributeNestingMode | "group";

export interface SchemaNestedType {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly nesting_mode: AttributeNestingMode;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: SchemaNestedType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

export interface SchemaBlockType {
  readonly nesting_mode: BlockNestingMode;
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, SchemaBlockType>>;
  readonly deprecated?: boolean;
}

export interface VersionedSchema {
  readonly version?: number;
  readonly block?: SchemaBlock;
}

export interface ProviderSchema {
  readonly provider: VersionedSchema;
  readonly resource_schemas?: Readonly<Record<string, VersionedSchema>>;
  readonly data_source_schemas?: Readonly<Record<string, VersionedSchema>>;
}

/** One `schemas/<name>.json` file. */
export interface ProviderSchemaFile {
  readonly format_version: string;
  readonly provider_schemas: Readonly<Record<string, ProviderSchema>>;
  readonly provider_versions?: Readonly<Record<string, string>>;
}

/** One entry of `schemas/providers.json`. */
export type ProviderManifestEntry = ProviderEntry;

export type ProviderManifest = Readonly<Record<string, ProviderManifestEntry>>;

/** The manifest plus every provider's schema file, keyed by the manifest's provider name. */
export interface SchemaSet {
  readonly manifest: ProviderManifest;
  readonly files: Readonly<Record<string, ProviderSchemaFile>>;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** `schemas/` at the repository root (this file lives in `test/support/`). */
export const SCHEMAS_DIR = path.join(__dirname, "..", "..", "schemas");

/** Address of Terraform's builtin provider (`terraform_data`), which needs no `required_providers` entry. */
export const BUILTIN_PROVIDER_ADDRESS = "terraform.io/builtin/terraform";

let defaultSchemas: SchemaSet | undefined;

/**
 * Loads `providers.json` and every `<name>.json` it lists from `dir` (default: the repo's `schemas/`).
 * The default set is loaded once and cached. Throws if a schema file does not match its manifest entry.
 */
export function loadSchemas(dir: string = SCHEMAS_DIR): SchemaSet {
  if (dir === SCHEMAS_DIR && defaultSchemas) return defaultSchemas;
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "providers.json"), "utf8")) as ProviderManifest;
  const files: Record<string, ProviderSchemaFile> = {};
  for (const [name, entry] of Object.entries(manifest)) {
    const file = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as ProviderSchemaFile;
    if (!file.provider_schemas?.[entry.address]) {
      throw new Error(`schemas/${name}.json has no provider schema for ${entry.address} (listed in providers.json)`);
    }
    const schemaVersion = file.provider_versions?.[entry.address];
    if (schemaVersion !== undefined && schemaVersion !== entry.version) {
      throw new Error(
        `schemas/${name}.json is for ${entry.address} ${schemaVersion}, but providers.json pins ${entry.version}`,
      );
    }
    files[name] = file;
  }
  const set: SchemaSet = { manifest, files };
  if (dir === SCHEMAS_DIR) defaultSchemas = set;
  return set;
}

/** Renders violations one per line, for test failure messages. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.severity.toUpperCase()} ${v.path}: ${v.message}`).join("\n");
}

export function errorsOf(violations: readonly Violation[]): Violation[] {
  return violations.filter((v) => v.severity === "error");
}

export function warningsOf(violations: readonly Violation[]): Violation[] {
  return violations.filter((v) => v.severity === "warning");
}

// ---------------------------------------------------------------------------------------------
// Terraform's own (non-provider) schemas: meta-arguments, provisioners, connection
// ---------------------------------------------------------------------------------------------

const opt = (type: CtyType): SchemaAttribute => ({ type, optional: true });
const req = (type: CtyType): SchemaAttribute => ({ type, required: true });

const CONDITION_BLOCK: SchemaBlockType = {
  nesting_mode: "list",
  block: { attributes: { condition: req("bool"), error_message: req("string") } },
};

const CONNECTION_BLOCK: SchemaBlock = {
  attributes: {
    type: opt("string"),
    host: req("string"),
    port: opt("number"),
    user: opt("string"),
    password: opt("string"),
    timeout: opt("string"),
    script_path: opt("string"),
    private_key: opt("string"),
    certificate: opt("string"),
    agent: opt("bool"),
    agent_identity: opt("string"),
    host_key: opt("string"),
    target_platform: opt("string"),
    proxy_scheme: opt("string"),
    proxy_host: opt("string"),
    proxy_port: opt("number"),
    proxy_user_name: opt("string"),
    proxy_user_password: opt("string"),
    bastion_host: opt("string"),
    bastion_host_key: opt("string"),
    bastion_port: opt("number"),
    bastion_user: opt("string"),
    bastion_password: opt("string"),
    bastion_private_key: opt("string"),
    bastion_certificate: opt("string"),
    https: opt("bool"),
    insecure: opt("bool"),
    use_ntlm: opt("bool"),
    cacert: opt("string"),
  },
};

const PROVISIONER_COMMON: Record<string, SchemaAttribute> = { when: opt("string"), on_failure: opt("string") };
const PROVISIONER_CONNECTION: Record<string, SchemaBlockType> = {
  connection: { nesting_mode: "single", block: CONNECTION_BLOCK },
};

const PROVISIONERS: Readonly<Record<string, SchemaBlock>> = {
  file: {
    attributes: { ...PROVISIONER_COMMON, source: opt("string"), content: opt("string"), destination: req("string") },
    block_types: PROVISIONER_CONNECTION,
  },
  "local-exec": {
    attributes: {
      ...PROVISIONER_COMMON,
      command: req("string"),
      working_dir: opt("string"),
      interpreter: opt(["list", "string"]),
      environment: opt(["map", "string"]),
      quiet: opt("bool"),
    },
  },
  "remote-exec": {
    attributes: {
      ...PROVISIONER_COMMON,
      inline: opt(["list", "string"]),
      script: opt("string"),
      scripts: opt(["list", "string"]),
    },
    block_types: PROVISIONER_CONNECTION,
  },
};

const RESOURCE_LIFECYCLE: SchemaBlock = {
  attributes: {
    create_before_destroy: opt("bool"),
    prevent_destroy: opt("bool"),
    ignore_changes: opt(["list", "string"]),
    replace_triggered_by: opt(["list", "string"]),
  },
  block_types: { precondition: CONDITION_BLOCK, postcondition: CONDITION_BLOCK },
};

const DATA_LIFECYCLE: SchemaBlock = {
  block_types: { precondition: CONDITION_BLOCK, postcondition: CONDITION_BLOCK },
};

/** The arguments of a `dynamic` block besides its `content`. */
const DYNAMIC_BLOCK: SchemaBlock = {
  attributes: { for_each: req("dynamic"), iterator: opt("string"), labels: opt(["list", "string"]) },
};

const RESOURCE_META_ARGS = ["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"];
const DATA_META_ARGS = ["count", "for_each", "depends_on", "provider", "lifecycle"];

const TOP_LEVEL_KEYS = new Set([
  "//",
  "terraform",
  "provider",
  "resource",
  "data",
  "output",
  "variable",
  "locals",
  "module",
  "moved",
  "import",
  "check",
  "removed",
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NUMBER_LITERAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string containing `${`: its type is only known at plan time, so it is acceptable for any type. */
function isInterpolation(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

function join(base: string, key: string): string {
  return base === "" ? key : `${base}.${key}`;
}

function index(base: string, i: number): string {
  return `${base}[${i}]`;
}

export function describeType(type: CtyType): string {
  if (typeof type === "string") return type === "dynamic" ? "any" : type;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return `${type[0]}(${describeType(type[1])})`;
    case "tuple":
      return `tuple([${type[1].map(describeType).join(", ")}])`;
    case "object": {
      const attrs = Object.entries(type[1]).map(([k, t]) => `${k} = ${describeType(t)}`);
      return `object({ ${attrs.join(", ")} })`;
    }
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isObject(value)) return "an object";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  return `${typeof value} ${JSON.stringify(value)}`;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

function suggestion(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean "${best}"?` : "";
}

function normalizeSource(source: string): string {
  const s = source.trim().toLowerCase();
  return s.split("/").length === 2 ? `registry.terraform.io/${s}` : s;
}

/** True if a `version` constraint pins exactly `version` ("2.37.0", "= 2.37.0", "=2.37.0"). */
function pinsExactly(constraint: string, version: string): boolean {
  const c = constraint.trim().replace(/^=\s*/, "").replace(/^v/, "");
  return c === version;
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

interface ResolvedProvider {
  readonly name: string;
  readonly entry: ProviderManifestEntry;
  readonly schema: ProviderSchema;
}

class Checker {
  readonly violations: Violation[] = [];
  /** Local provider names used by resources, data sources and provider blocks. */
  private readonly usedProviders = new Map<string, string>();

  constructor(
    private readonly stack: JsonObject,
    private readonly schemas: SchemaSet,
  ) {}

  run(): Violation[] {
    for (const key of Object.keys(this.stack)) {
      if (!TOP_LEVEL_KEYS.has(key)) {
        this.error(key, `Unsupported top-level block type "${key}"; expected one of: ${[...TOP_LEVEL_KEYS].slice(1).join(", ")}.`);
      }
    }
    this.checkProviderBlocks();
    this.checkResources("resource");
    this.checkResources("data");
    this.checkRequiredProviders();
    return this.violations;
  }

  // --- reporting ---

  private error(p: string, message: string): void {
    this.violations.push({ severity: "error", path: p, message });
  }

  private warning(p: string, message: string): void {
    this.violations.push({ severity: "warning", path: p, message });
  }

  // --- provider resolution ---

  private requiredProviders(): JsonObject {
    const terraform = this.stack["terraform"];
    const rp = isObject(terraform) ? terraform["required_providers"] : undefined;
    return isObject(rp) ? rp : {};
  }

  /** Maps a local provider name to its manifest entry, honouring a renamed local name in required_providers. */
  private resolveProvider(localName: string): ResolvedProvider | undefined {
    const declared = this.requiredProviders()[localName];
    const declaredSource = isObject(declared) && typeof declared["source"] === "string" ? declared["source"] : undefined;
    let name: string | undefined;
    if (declaredSource !== undefined) {
      const wanted = normalizeSource(declaredSource);
      name = Object.keys(this.schemas.manifest).find((n) => normalizeSource(this.schemas.manifest[n].address) === wanted);
    }
    name ??= Object.prototype.hasOwnProperty.call(this.schemas.manifest, localName) ? localName : undefined;
    if (name === undefined) return undefined;
    const entry = this.schemas.manifest[name];
    const schema = this.schemas.files[name]?.provider_schemas[entry.address];
    return schema ? { name, entry, schema } : undefined;
  }

  /** The schema that declares `type` in any pinned provider (for "did you mean another provider" hints). */
  private providersDeclaring(kind: "resource" | "data", type: string): string[] {
    const key = kind === "resource" ? "resource_schemas" : "data_source_schemas";
    return Object.entries(this.schemas.files)
      .filter(([name, file]) => file.provider_schemas[this.schemas.manifest[name].address]?.[key]?.[type] !== undefined)
      .map(([name]) => name);
  }

  // --- provider configuration blocks ---

  private checkProviderBlocks(): void {
    const providers = this.stack["provider"];
    if (providers === undefined) return;
    if (!isObject(providers)) {
      this.error("provider", `Expected an object of provider configurations, got ${describeValue(providers)}.`);
      return;
    }
    for (const [localName, value] of Object.entries(providers)) {
      const p = join("provider", localName);
      this.usedProviders.set(localName, p);
      const resolved = this.resolveProvider(localName);
      if (!resolved) {
        this.error(p, `Unknown provider "${localName}": not in schemas/providers.json (known: ${Object.keys(this.schemas.manifest).join(", ")}).`);
        continue;
      }
      const configs = Array.isArray(value) ? value : [value];
      const aliases = new Set<string>();
      let defaults = 0;
      configs.forEach((config, i) => {
        const cp = Array.isArray(value) ? index(p, i) : p;
        if (!isObject(config)) {
          this.error(cp, `Expected a provider configuration object, got ${describeValue(config)}.`);
          return;
        }
        const { alias, ...rest } = config;
        if (alias === undefined) {
          defaults++;
          if (defaults === 2) this.error(cp, `Duplicate default (unaliased) configuration for provider "${localName}".`);
        } else if (typeof alias !== "string" || !IDENTIFIER.test(alias)) {
          this.error(join(cp, "alias"), `Invalid provider alias ${describeValue(alias)}; expected an identifier string.`);
        } else if (aliases.has(alias)) {
          this.error(join(cp, "alias"), `Duplicate configuration for provider "${localName}" with alias "${alias}".`);
        } else {
          aliases.add(alias);
        }
        this.checkBody(rest, resolved.schema.provider.block ?? {}, cp, ["alias"]);
      });
    }
  }

  // --- resources and data sources ---

  private checkResources(kind: "resource" | "data"): void {
    const all = this.stack[kind];
    if (all === undefined) return;
    if (!isObject(all)) {
      this.error(kind, `Expected an object of ${kind} types, got ${describeValue(all)}.`);
      return;
    }
    const label = kind === "resource" ? "resource" : "data source";
    const schemaKey = kind === "resource" ? "resource_schemas" : "data_source_schemas";
    for (const [type, instances] of Object.entries(all)) {
      const tp = join(kind, type);
      if (!isObject(instances)) {
        this.error(tp, `Expected an object of named ${label}s, got ${describeValue(instances)}.`);
        continue;
      }
      const impliedLocalName = type.split("_")[0];
      for (const [name, body] of Object.entries(instances)) {
        const p = join(tp, name);
        if (!IDENTIFIER.test(name)) this.error(p, `Invalid ${label} name "${name}"; names must be identifiers.`);
        if (!isObject(body)) {
          this.error(p, `Expected a ${label} body object, got ${describeValue(body)}.`);
          continue;
        }
        const providerRef = body["provider"];
        const localName =
          typeof providerRef === "string" && !isInterpolation(providerRef) ? providerRef.split(".")[0] : impliedLocalName;
        this.usedProviders.set(localName, p);
        const resolved = this.resolveProvider(localName);
        const schema = resolved?.schema[schemaKey]?.[type];
        if (!resolved || !schema) {
          const elsewhere = this.providersDeclaring(kind, type).filter((n) => n !== resolved?.name);
          const otherKind = this.providersDeclaring(kind === "resource" ? "data" : "resource", type);
          const hint =
            elsewhere.length > 0
              ? ` It is declared by provider "${elsewhere[0]}", not "${localName}".`
              : otherKind.length > 0
                ? ` "${type}" is a ${kind === "resource" ? "data source" : "resource"} type of provider "${otherKind[0]}".`
                : "";
          const known = resolved ? Object.keys(resolved.schema[schemaKey] ?? {}) : [];
          this.error(
            p,
            `Unknown ${label} type "${type}": provider "${localName}"${resolved ? ` (${resolved.entry.source} ${resolved.entry.version})` : " (not pinned)"} has no such ${label}.${hint}${suggestion(type, known)}`,
          );
          continue;
        }
        const listed = kind === "resource" ? resolved.entry.resources : resolved.entry.dataSources;
        if (!listed.includes(type)) {
          this.error(p, `${label} type "${type}" is in the ${resolved.name} schema but not listed in schemas/providers.json ${kind === "resource" ? "resources" : "dataSources"}.`);
        }
        if (schema.block?.deprecated) this.warning(p, `${label} type "${type}" is deprecated.`);
        this.checkMetaArguments(kind, body, p, schema.block ?? {});
        this.checkBody(body, schema.block ?? {}, p, kind === "resource" ? RESOURCE_META_ARGS : DATA_META_ARGS);
      }
    }
  }

  private checkMetaArguments(kind: "resource" | "data", body: JsonObject, p: string, block: SchemaBlock): void {
    if (body["count"] !== undefined && body["for_each"] !== undefined) {
      this.error(join(p, "count"), `Invalid combination of "count" and "for_each"; only one may be set.`);
    }
    const count = body["count"];
    if (count !== undefined && !isInterpolation(count)) {
      const n = typeof count === "string" && NUMBER_LITERAL.test(count) ? Number(count) : count;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
        this.error(join(p, "count"), `Invalid count: expected a whole non-negative number, got ${describeValue(count)}.`);
      }
    }
    const forEach = body["for_each"];
    if (forEach !== undefined && !isInterpolation(forEach)) {
      if (Array.isArray(forEach)) {
        forEach.forEach((v, i) => {
          if (typeof v !== "string") this.error(index(join(p, "for_each"), i), `for_each over a set requires strings, got ${describeValue(v)}.`);
        });
      } else if (!isObject(forEach)) {
        this.error(join(p, "for_each"), `Invalid for_each: expected a map or a set of strings, got ${describeValue(forEach)}.`);
      }
    }
    const dependsOn = body["depends_on"];
    if (dependsOn !== undefined) this.checkDependsOn(dependsOn, join(p, "depends_on"));
    const provider = body["provider"];
    if (provider !== undefined) this.checkProviderReference(provider, join(p, "provider"));
    const lifecycle = body["lifecycle"];
    if (lifecycle !== undefined) {
      const lp = join(p, "lifecycle");
      if (!isObject(lifecycle)) {
        this.error(lp, `Expected a lifecycle block (an object), got ${describeValue(lifecycle)}.`);
      } else {
        this.checkBody(lifecycle, kind === "resource" ? RESOURCE_LIFECYCLE : DATA_LIFECYCLE, lp);
        this.checkIgnoreChanges(lifecycle["ignore_changes"], join(lp, "ignore_changes"), block);
      }
    }
    if (kind === "resource") {
      const connection = body["connection"];
      if (connection !== undefined) {
        this.checkBlock(connection, { nesting_mode: "single", block: CONNECTION_BLOCK }, join(p, "connection"), "connection");
      }
      const provisioners = body["provisioner"];
      if (provisioners !== undefined) this.checkProvisioners(provisioners, join(p, "provisioner"));
    }
  }

  private checkDependsOn(value: unknown, p: string): void {
    if (!Array.isArray(value)) {
      this.error(p, `depends_on must be a list of references, got ${describeValue(value)}.`);
      return;
    }
    value.forEach((ref, i) => {
      const rp = index(p, i);
      if (typeof ref !== "string") {
        this.error(rp, `depends_on entries must be reference strings, got ${describeValue(ref)}.`);
        return;
      }
      const bare = ref.replace(/^\$\{(.*)\}$/, "$1");
      const parts = bare.split(".");
      if (parts[0] === "module" || parts[0] === "var" || parts[0] === "local") return;
      const [kind, type, name] = parts[0] === "data" ? ["data", parts[1], parts[2]] : ["resource", parts[0], parts[1]];
      const declared = this.stack[kind];
      const instances = isObject(declared) ? declared[type] : undefined;
      if (type === undefined || name === undefined || !isObject(instances) || !(name in instances)) {
        this.error(rp, `Reference to undeclared ${kind === "data" ? "data source" : "resource"} "${bare}" in depends_on.`);
      }
    });
  }

  private checkProviderReference(value: unknown, p: string): void {
    if (typeof value !== "string" || !/^[a-z][a-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)?$/.test(value)) {
      this.error(p, `Invalid provider reference ${describeValue(value)}; expected "<provider>" or "<provider>.<alias>".`);
      return;
    }
    const [localName, alias] = value.split(".");
    if (alias === undefined) return;
    const providers = this.stack["provider"];
    const configs = isObject(providers) ? providers[localName] : undefined;
    const list = Array.isArray(configs) ? configs : configs === undefined ? [] : [configs];
    if (!list.some((c) => isObject(c) && c["alias"] === alias)) {
      this.error(p, `Provider configuration "${value}" is not declared: no provider.${localName} block has alias "${alias}".`);
    }
  }

  private checkIgnoreChanges(value: unknown, p: string, block: SchemaBlock): void {
    if (!Array.isArray(value)) return; // "all" / interpolation / absent; type errors are reported by checkBody
    const names = new Set([...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})]);
    value.forEach((entry, i) => {
      if (typeof entry !== "string" || isInterpolation(entry)) return;
      const first = entry.split(/[.[]/)[0];
      if (first !== "all" && !names.has(first)) {
        this.error(index(p, i), `ignore_changes refers to unsupported attribute "${first}".${suggestion(first, names)}`);
      }
    });
  }

  private checkProvisioners(value: unknown, p: string): void {
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item, i) => {
      const ip = Array.isArray(value) ? index(p, i) : p;
      if (!isObject(item) || Object.keys(item).length !== 1) {
        this.error(ip, `Expected a provisioner as an object with exactly one key (its type), got ${describeValue(item)}.`);
        return;
      }
      const [type, body] = Object.entries(item)[0];
      const schema = PROVISIONERS[type];
      if (!schema) {
        this.error(join(ip, type), `Unknown provisioner type "${type}"; expected one of: ${Object.keys(PROVISIONERS).join(", ")}.`);
        return;
      }
      this.checkBlock(body, { nesting_mode: "single", block: schema }, join(ip, type), type);
    });
  }

  // --- required_providers ---

  private checkRequiredProviders(): void {
    const rp = this.requiredProviders();
    const base = "terraform.required_providers";
    const checked = new Set<string>();
    for (const localName of this.usedProviders.keys()) {
      const resolved = this.resolveProvider(localName);
      if (!resolved) continue; // reported as unknown type / unknown provider already
      checked.add(localName);
      const builtin = normalizeSource(resolved.entry.address) === BUILTIN_PROVIDER_ADDRESS;
      if (builtin && rp[localName] === undefined) continue;
      this.checkRequiredProvider(localName, rp[localName], resolved, join(base, localName));
    }
    for (const [localName, declared] of Object.entries(rp)) {
      if (checked.has(localName)) continue;
      const resolved = this.resolveProvider(localName);
      if (!resolved) {
        this.warning(join(base, localName), `Provider "${localName}" has no pinned schema in schemas/providers.json and is not used by this stack.`);
        continue;
      }
      this.checkRequiredProvider(localName, declared, resolved, join(base, localName));
    }
  }

  private checkRequiredProvider(localName: string, declared: unknown, resolved: ResolvedProvider, p: string): void {
    const { entry } = resolved;
    const builtin = normalizeSource(entry.address) === BUILTIN_PROVIDER_ADDRESS;
    const expected = builtin ? `{ source: "${entry.source}" }` : `{ source: "${entry.source}", version: "${entry.version}" }`;
    if (declared === undefined) {
      this.error(p, `Missing required_providers entry for provider "${localName}"; expected ${expected}.`);
      return;
    }
    if (!isObject(declared)) {
      this.error(p, `Expected a required_providers entry object ${expected}, got ${describeValue(declared)}.`);
      return;
    }
    const source = declared["source"];
    if (typeof source !== "string" || normalizeSource(source) !== normalizeSource(entry.address)) {
      this.error(join(p, "source"), `Provider "${localName}" must have source "${entry.source}", got ${source === undefined ? "none" : describeValue(source)}.`);
    }
    if (builtin) return;
    const version = declared["version"];
    if (typeof version !== "string" || !pinsExactly(version, entry.version)) {
      this.error(
        join(p, "version"),
        `Provider "${localName}" must pin exactly version "${entry.version}" (the schema version), got ${version === undefined ? "no version" : describeValue(version)}.`,
      );
    }
  }

  // --- blocks ---

  /**
   * Checks one block body against a schema block: names, required arguments and blocks, computed-only
   * attributes, deprecations, value types, nested blocks. `extraKeys` are accepted without checks here.
   */
  private checkBody(body: JsonObject, block: SchemaBlock, p: string, extraKeys: readonly string[] = []): void {
    const attributes = block.attributes ?? {};
    const blockTypes = block.block_types ?? {};
    const dynamicBlocks = new Set<string>();
    for (const [key, value] of Object.entries(body)) {
      if (key === "//" || extraKeys.includes(key)) continue;
      const kp = join(p, key);
      const attribute = attributes[key];
      const blockType = blockTypes[key];
      if (attribute) {
        this.checkAttribute(key, value, attribute, kp);
      } else if (blockType) {
        this.checkBlock(value, blockType, kp, key);
      } else if (key === "dynamic" && Object.keys(blockTypes).length > 0) {
        this.checkDynamicBlocks(value, blockTypes, kp).forEach((n) => dynamicBlocks.add(n));
      } else {
        const names = [...Object.keys(attributes), ...Object.keys(blockTypes), ...extraKeys];
        this.error(
          kp,
          `Unsupported argument or block "${key}": not expected here.${suggestion(key, names)} Expected one of: ${names.join(", ") || "(none)"}.`,
        );
      }
    }
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.required && (body[name] === undefined || body[name] === null)) {
        const t = attribute.type ? describeType(attribute.type) : `nested ${attribute.nested_type?.nesting_mode ?? "object"}`;
        this.error(join(p, name), `Missing required argument "${name}" (${t}).`);
      }
    }
    for (const [name, blockType] of Object.entries(blockTypes)) {
      const min = blockType.min_items ?? 0;
      if (min > 0 && !dynamicBlocks.has(name) && (body[name] === undefined || body[name] === null)) {
        this.error(join(p, name), `Missing required block "${name}": at least ${min} ${blockType.nesting_mode} block(s) required.`);
      }
    }
  }

  private checkAttribute(name: string, value: unknown, attribute: SchemaAttribute, p: string): void {
    if (attribute.computed && !attribute.optional && !attribute.required) {
      this.error(p, `Argument "${name}" is computed-only (read-only) and cannot be set.`);
      return;
    }
    if (attribute.deprecated) this.warning(p, `Argument "${name}" is deprecated.`);
    if (value === null || isInterpolation(value)) return;
    if (attribute.nested_type) {
      this.checkNestedAttribute(value, attribute.nested_type, p, name);
    } else if (attribute.type !== undefined) {
      this.checkValue(value, attribute.type, p);
    }
  }

  private checkNestedAttribute(value: unknown, nested: SchemaNestedType, p: string, name: string): void {
    const body = { attributes: nested.attributes };
    const checkObject = (v: unknown, vp: string): void => {
      if (v === null || isInterpolation(v)) return;
      if (!isObject(v)) {
        this.error(vp, `Inappropriate value for "${name}": expected an object, got ${describeValue(v)}.`);
        return;
      }
      this.checkBody(v, body, vp);
    };
    switch (nested.nesting_mode) {
      case "single":
        checkObject(value, p);
        return;
      case "list":
      case "set": {
        if (!Array.isArray(value)) {
          this.error(p, `Inappropriate value for "${name}": expected a ${nested.nesting_mode} of objects (an array), got ${describeValue(value)}.`);
          return;
        }
        value.forEach((v, i) => checkObject(v, index(p, i)));
        this.checkItemCount(value.length, nested, p, name);
        return;
      }
      case "map": {
        if (!isObject(value)) {
          this.error(p, `Inappropriate value for "${name}": expected a map of objects, got ${describeValue(value)}.`);
          return;
        }
        for (const [k, v] of Object.entries(value)) checkObject(v, join(p, k));
        this.checkItemCount(Object.keys(value).length, nested, p, name);
      }
    }
  }

  private checkItemCount(count: number, limits: { min_items?: number; max_items?: number }, p: string, name: string): void {
    if (limits.min_items !== undefined && limits.min_items > 0 && count < limits.min_items) {
      this.error(p, `Insufficient "${name}" items: at least ${limits.min_items} required, got ${count}.`);
    }
    if (limits.max_items !== undefined && limits.max_items > 0 && count > limits.max_items) {
      this.error(p, `Too many "${name}" blocks: at most ${limits.max_items} allowed, got ${count}.`);
    }
  }

  private checkBlock(value: unknown, blockType: SchemaBlockType, p: string, name: string): void {
    if (value === null || isInterpolation(value)) return;
    if (blockType.block.deprecated) this.warning(p, `Block "${name}" is deprecated.`);
    const checkItem = (item: unknown, ip: string): void => {
      if (isInterpolation(item)) return;
      if (!isObject(item)) {
        this.error(ip, `Inappropriate "${name}" block: expected an object, got ${describeValue(item)}.`);
        return;
      }
      this.checkBody(item, blockType.block, ip);
    };
    switch (blockType.nesting_mode) {
      case "single":
      case "group": {
        if (isObject(value)) {
          checkItem(value, p);
        } else if (Array.isArray(value)) {
          if (value.length > 1) this.error(p, `Too many "${name}" blocks: "${name}" is a single block (nesting mode ${blockType.nesting_mode}), got ${value.length}.`);
          value.forEach((item, i) => checkItem(item, index(p, i)));
        } else {
          this.error(p, `Inappropriate "${name}" block: a ${blockType.nesting_mode} block must be an object, got ${describeValue(value)}.`);
        }
        return;
      }
      case "list":
      case "set": {
        if (isObject(value)) {
          checkItem(value, p);
          this.checkItemCount(1, blockType, p, name);
        } else if (Array.isArray(value)) {
          value.forEach((item, i) => checkItem(item, index(p, i)));
          this.checkItemCount(value.length, blockType, p, name);
        } else {
          this.error(p, `Inappropriate "${name}" block: a ${blockType.nesting_mode} block must be an object or an array of objects, got ${describeValue(value)}.`);
        }
        return;
      }
      case "map": {
        if (!isObject(value)) {
          this.error(p, `Inappropriate "${name}" block: a map block must be an object of labelled blocks, got ${describeValue(value)}.`);
          return;
        }
        for (const [label, item] of Object.entries(value)) {
          if (label !== "//") checkItem(item, join(p, label));
        }
        this.checkItemCount(Object.keys(value).filter((k) => k !== "//").length, blockType, p, name);
      }
    }
  }

  /** `dynamic: { <block>: { for_each, iterator?, labels?, content } }`; returns the block names it generates. */
  private checkDynamicBlocks(value: unknown, blockTypes: Readonly<Record<string, SchemaBlockType>>, p: string): string[] {
    if (!isObject(value)) {
      this.error(p, `Expected dynamic blocks as an object keyed by block name, got ${describeValue(value)}.`);
      return [];
    }
    const names: string[] = [];
    for (const [name, spec] of Object.entries(value)) {
      const dp = join(p, name);
      const blockType = blockTypes[name];
      if (!blockType) {
        this.error(dp, `Unsupported dynamic block "${name}": no such block type.${suggestion(name, Object.keys(blockTypes))} Expected one of: ${Object.keys(blockTypes).join(", ")}.`);
        continue;
      }
      names.push(name);
      if (!isObject(spec)) {
        this.error(dp, `Expected a dynamic block specification object, got ${describeValue(spec)}.`);
        continue;
      }
      this.checkBody(spec, DYNAMIC_BLOCK, dp, ["content"]);
      const content = spec["content"];
      if (content === undefined) this.error(join(dp, "content"), `Missing required block "content" in dynamic "${name}".`);
      else if (!isInterpolation(content)) {
        if (isObject(content)) this.checkBody(content, blockType.block, join(dp, "content"));
        else this.error(join(dp, "content"), `Expected a content object, got ${describeValue(content)}.`);
      }
    }
    return names;
  }

  // --- values ---

  private checkValue(value: unknown, type: CtyType, p: string): void {
    if (value === null || isInterpolation(value) || type === "dynamic") return;
    const mismatch = (detail = ""): void =>
      this.error(p, `Inappropriate value: expected ${describeType(type)}, got ${describeValue(value)}${detail}.`);
    if (typeof type === "string") {
      switch (type) {
        case "string":
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") mismatch();
          return;
        case "number":
          if (typeof value === "number") {
            if (!Number.isFinite(value)) mismatch();
          } else if (typeof value !== "string" || !NUMBER_LITERAL.test(value)) {
            mismatch(typeof value === "string" ? " (not a number)" : "");
          }
          return;
        case "bool":
          if (typeof value !== "boolean" && !(typeof value === "string" && ["true", "false", "1", "0"].includes(value))) {
            mismatch(typeof value === "string" ? ' (a bool is required: "true" or "false")' : "");
          }
          return;
      }
      return;
    }
    switch (type[0]) {
      case "list":
      case "set": {
        if (!Array.isArray(value)) return mismatch();
        const element = type[1];
        value.forEach((v, i) => this.checkValue(v, element, index(p, i)));
        return;
      }
      case "tuple": {
        const elements = type[1];
        if (!Array.isArray(value)) return mismatch();
        if (value.length !== elements.length) return mismatch(` (a tuple of ${elements.length} elements is required)`);
        value.forEach((v, i) => this.checkValue(v, elements[i], index(p, i)));
        return;
      }
      case "map": {
        if (!isObject(value)) return mismatch();
        const element = type[1];
        for (const [k, v] of Object.entries(value)) this.checkValue(v, element, join(p, k));
        return;
      }
      case "object": {
        if (!isObject(value)) return mismatch();
        const attrs = type[1];
        const optional = new Set(type.length === 3 ? type[2] : []);
        for (const [k, v] of Object.entries(value)) {
          const at = attrs[k];
          if (at === undefined) {
            this.error(join(p, k), `Unsupported attribute "${k}" in object; expected ${describeType(type)}.${suggestion(k, Object.keys(attrs))}`);
          } else {
            this.checkValue(v, at, join(p, k));
          }
        }
        for (const k of Object.keys(attrs)) {
          if (!(k in value) && !optional.has(k)) this.error(join(p, k), `Missing attribute "${k}" (${describeType(attrs[k])}) required by ${describeType(type)}.`);
        }
      }
    }
  }
}

/**
 * Checks a synthesized stack (parsed `cdk.tf.json`) against the pinned provider schemas the way
 * `terraform validate` would. Returns every violation found; an empty list means the stack conforms.
 * `schemas` defaults to the repository's `schemas/` directory; tests may inject a modified copy.
 */
export function checkConformance(stack: Record<string, unknown>, schemas: SchemaSet = loadSchemas()): Violation[] {
  return new Checker(stack, schemas).run();
}
