import { Annotations, Token } from "cdktf";
import type { IConstruct } from "constructs";
import { hostnameProblem } from "./hostname";
import { LINODE_REGIONS, regionProblem } from "./linode-regions";

/** An error in the props of a construct, raised at synth time before any resource is created. */
export class ValidationError extends Error {
  constructor(where: string, prop: string, received: unknown, fix: string) {
    super(`${where}: invalid '${prop}': received ${describe(received)}. ${fix}`);
    this.name = "ValidationError";
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  // JSON would show NaN and Infinity as null.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Where an error happened: a construct path (`Stack/Site/Https`) or a factory name. */
export function where(scope: IConstruct | string): string {
  return typeof scope === "string" ? scope : scope.node.path;
}

/** Throws a {@link ValidationError} unless `ok`. */
export function check(ok: boolean, scope: IConstruct | string, prop: string, received: unknown, fix: string): void {
  if (!ok) throw new ValidationError(where(scope), prop, received, fix);
}

/** Warns about input that may be right (the same shape of message as a {@link ValidationError}). */
export function warn(scope: IConstruct, prop: string, received: unknown, fix: string): void {
  Annotations.of(scope).addWarning(`${scope.node.path}: doubtful '${prop}': received ${describe(received)}. ${fix}`);
}

/**
 * Adds a validation that runs `checks` at synth, once the tree is complete: the message of the
 * {@link ValidationError} a `check(...)` throws becomes the validation's error.
 */
export function addSynthValidation(scope: IConstruct, checks: () => void): void {
  scope.node.addValidation({
    validate: () => {
      try {
        checks();
        return [];
      } catch (error) {
        if (error instanceof ValidationError) return [error.message];
        throw error;
      }
    },
  });
}

/** True when a value is still a token (known only at apply time) and must not be judged as a literal. */
export function isToken(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** Checks an integer range for a literal number; tokens pass. */
export function checkInteger(
  scope: IConstruct | string,
  prop: string,
  value: number | undefined,
  min: number,
  max: number,
): void {
  if (value === undefined || isToken(value)) return;
  check(Number.isInteger(value) && value >= min && value <= max, scope, prop, value, `Use a whole number from ${min} to ${max}.`);
}

/** Checks a TCP port (1–65535); tokens pass. */
export function checkPort(scope: IConstruct | string, prop: string, port: number | undefined): void {
  checkInteger(scope, prop, port, 1, 65535);
}

/**
 * Checks that a literal is a value of a string enum (the provider's fixed strings), which plain
 * JavaScript callers and casts can bypass; tokens pass.
 */
export function checkOneOf(scope: IConstruct | string, prop: string, value: unknown, allowed: Record<string, string>, enumName: string): void {
  if (value === undefined || isToken(value)) return;
  const values: unknown[] = Object.values(allowed);
  check(values.includes(value), scope, prop, value, `Use one of the ${enumName} values: ${values.map((v) => JSON.stringify(v)).join(", ")}.`);
}

const LINODE_REGION = /^[a-z]{2}-[a-z]+(-[0-9])?$/;

/**
 * Checks a Linode region id such as `us-east`; tokens pass. Clearly foreign ids (an AWS region, an
 * Object Storage cluster id) are errors; an id of the right form that the package does not know
 * yet is a warning.
 */
export function checkRegion(scope: IConstruct, prop: string, region: string): void {
  if (isToken(region)) return;
  check(LINODE_REGION.test(region), scope, prop, region, "Use a Linode region id such as 'us-east' or 'eu-central'.");
  const problem = regionProblem(region);
  check(problem === undefined, scope, prop, region, problem ?? "");
  if (!LINODE_REGIONS.has(region)) {
    warn(scope, prop, region, "It is not a Linode region this package knows: check the id with 'linode-cli regions list' (a region newer than the package is fine).");
  }
}

/** Checks that a list has at least one element. */
export function checkNotEmpty(scope: IConstruct | string, prop: string, list: readonly unknown[] | undefined, fix: string): void {
  check(list !== undefined && list.length > 0, scope, prop, list, fix);
}

/** Checks that no literal value occurs twice in a list (tokens are compared by identity). */
export function checkUnique(scope: IConstruct | string, prop: string, values: readonly unknown[], fix: string): void {
  const seen = new Set<unknown>();
  for (const value of values) {
    check(!seen.has(value), scope, prop, value, fix);
    seen.add(value);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an e-mail address; tokens pass. */
export function checkEmail(scope: IConstruct | string, prop: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  check(!/^mailto:/i.test(value), scope, prop, value, `Leave out the 'mailto:' scheme (the ACME client adds it): '${value.replace(/^mailto:/i, "")}'.`);
  check(EMAIL.test(value), scope, prop, value, "Use an e-mail address such as 'ops@example.com'.");
}

/** Checks an absolute POSIX path such as `/etc/ssl/site.pem`; tokens pass. */
export function checkAbsolutePath(scope: IConstruct | string, prop: string, value: string): void {
  if (isToken(value)) return;
  check(value.startsWith("/") && !/\s/.test(value) && !value.split("/").includes(".."), scope, prop, value, "Use an absolute path without spaces or '..', such as '/etc/ssl/site/fullchain.pem'.");
}

/** Checks a certificate name: a DNS name or a single-level leading wildcard; tokens pass. */
export function checkCertificateName(scope: IConstruct | string, prop: string, name: string): void {
  if (isToken(name)) return;
  const problem = hostnameProblem(name, true);
  check(problem === undefined, scope, prop, name, `Use a DNS name such as 'www.example.com' or a single-level wildcard such as '*.example.com': ${problem}.`);
}
