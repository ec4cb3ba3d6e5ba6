import type { IConstruct } from "constructs";
import { check } from "../../private/validation";

/** Every key of a props type, as a value: the compiler keeps the list complete. */
export type KeySet<T> = Record<keyof T, true>;

/**
 * Refuses keys a props object does not declare (a JavaScript caller's typo, a spread of a wider
 * object). The CCM drops unknown JSON keys of its port and ACL annotations without a word, so a
 * misspelt option would silently do nothing.
 */
export function checkKnownKeys<T extends object>(scope: IConstruct | string, prop: string, value: T, known: KeySet<T>): void {
  const names = Object.keys(known);
  for (const [key, member] of Object.entries(value)) {
    check(names.includes(key), scope, prop ? `${prop}.${key}` : key, member, `'${key}' is not an option here (it would be dropped silently): use ${names.map((k) => `'${k}'`).join(", ")}.`);
  }
}
