import type { IConstruct } from "constructs";
import { addSynthValidation, check } from "./validation";

/** Values claimed under a scope (a stack or the app), by kind and value, with the construct that claimed each first. */
const claims = new WeakMap<IConstruct, Map<string, IConstruct>>();

/** What a construct claims, and how a clash is reported. */
export interface Claim {
  /** Where the value must be unique: a stack, or the app (`node.root`). */
  readonly within: IConstruct;
  /** What kind of value, e.g. `nodebalancer label`: values of different kinds never clash. */
  readonly kind: string;
  /** The value. */
  readonly value: string;
  /** The prop that gave it, for the message. */
  readonly prop: string;
  /** What the message shows as received. */
  readonly received: unknown;
  /** The fix, given the construct that claimed the value first. */
  readonly fix: (owner: IConstruct) => string;
}

/**
 * Claims a value for `scope`: the first construct to claim a value under `within` owns it, and a
 * validation at synth (once the tree is complete) fails every later one.
 */
export function claimUnique(scope: IConstruct, claim: Claim): void {
  let owners = claims.get(claim.within);
  if (owners === undefined) {
    owners = new Map();
    claims.set(claim.within, owners);
  }
  const key = `${claim.kind}\u0000${claim.value}`;
  if (!owners.has(key)) owners.set(key, scope);
  const owner = owners.get(key)!;
  addSynthValidation(scope, () => check(owner === scope, scope, claim.prop, claim.received, claim.fix(owner)));
}
