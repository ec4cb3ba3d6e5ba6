import { format } from "@cdktf/hcl-tools";
import { renderHcl } from "../hcl/render-hcl";
import { findMachinePathInJson, findMachinePathInText } from "./machine-paths";
import type { PackageInfo } from "./project";
import { PublishError } from "./publish-error";
import { sortStrings } from "./util";

/** The file of a stack folder in JSON. */
export const JSON_FILE = "main.tf.json";
/** The file of a stack folder in HCL. */
export const HCL_FILE = "main.tf";

const RELATIVE_FIX = "published configuration must be machine-independent: use relative paths (e.g. StateBackend.local().bind(stack))";

/**
 * The published file of one stack, `<stack>/main.tf.json` or `<stack>/main.tf`, from its synthesized
 * JSON: metadata dropped, no absolute path of this machine, canonical bytes. HCL comes from the same
 * JSON (a folder holds main.tf only: beside main.tf.json it would declare everything twice),
 * rendered by `renderHcl` and formatted in process (`@cdktf/hcl-tools`, hclwrite: what
 * `terraform fmt` writes, without terraform on PATH).
 */
export async function stackFile(stack: string, synthesized: unknown, hcl: boolean, machinePaths: readonly string[]): Promise<readonly [file: string, text: string]> {
  const cleaned = stripMetadata(synthesized);
  const jsonLeak = findMachinePathInJson(cleaned, machinePaths);
  if (jsonLeak !== undefined) {
    throw new PublishError(
      `stack "${stack}": ${hcl ? HCL_FILE : JSON_FILE} would contain the absolute path ${jsonLeak.path} of this machine at ${jsonLeak.at}` +
        `${jsonLeak.at.startsWith("terraform.backend.local") ? " (cdktf's default local backend)" : ""}; ${RELATIVE_FIX}`,
    );
  }
  if (!hcl) return [`${stack}/${JSON_FILE}`, canonicalJson(cleaned)];
  let text: string;
  try {
    text = renderHcl(cleaned);
  } catch (e) {
    throw new PublishError(`stack "${stack}": cannot render HCL: ${(e as Error).message}`);
  }
  const leak = findMachinePathInText(text, machinePaths);
  if (leak !== undefined) {
    throw new PublishError(`stack "${stack}": ${HCL_FILE} would contain the absolute path ${leak.path} of this machine at line ${leak.line}; ${RELATIVE_FIX}`);
  }
  let formatted: string;
  try {
    formatted = await format(text);
  } catch (e) {
    throw new PublishError(`stack "${stack}": cannot format the rendered HCL: ${(e as Error).message ?? String(e)}`);
  }
  return [`${stack}/${HCL_FILE}`, formatted.endsWith("\n") ? formatted : `${formatted}\n`];
}

/** `manifest.json`: the format, the package that published and its provider pins, the stacks. */
export function manifestFile(pkg: PackageInfo, stacks: readonly string[], hcl: boolean): string {
  return canonicalJson({
    formats: hcl ? ["hcl"] : ["json"],
    package: { name: pkg.name, version: pkg.version },
    providers: pkg.providers,
    stacks,
  });
}

/** Drops cdktf's `"//"` metadata keys at every depth. */
function stripMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "//") out[k] = stripMetadata(v);
    }
    return out;
  }
  return value;
}

/** JSON with keys sorted by code unit (not locale), 2-space indent and a trailing newline. */
export function canonicalJson(value: unknown): string {
  return `${render(value, "")}\n`;
}

function render(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + render(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const keys = sortStrings(Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined));
    if (keys.length === 0) return "{}";
    const inner = indent + "  ";
    const obj = value as Record<string, unknown>;
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${render(obj[k], inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}
