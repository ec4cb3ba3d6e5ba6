import { Fn } from "cdktf";
import { isToken } from "../../private/validation";

/**
 * Renders an annotation's JSON value with sorted object keys and without undefined members, so
 * the same input always gives the same bytes. A value holding Terraform references becomes a
 * `jsonencode(...)` expression, which sorts object keys too.
 */
export function renderJson(value: object): string {
  const clean = sortKeys(value);
  return holdsToken(clean) ? Fn.jsonencode(clean) : JSON.stringify(clean);
}

function holdsToken(value: unknown): boolean {
  if (isToken(value)) return true;
  if (Array.isArray(value)) return value.some(holdsToken);
  return typeof value === "object" && value !== null && Object.values(value).some(holdsToken);
}

function sortKeys(value: unknown): unknown {
  if (isToken(value) || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(sortKeys);
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, member]) => [key, sortKeys(member)]));
}
