import { Testing, type TerraformStack } from "cdktf";

/** The parts of a synthesized stack that assertions look at. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, unknown[]>;
  readonly terraform?: Record<string, unknown>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** The `extend` part of a jest- or vitest-style `expect`. */
export interface ExtensibleExpect {
  extend(matchers: Record<string, unknown>): void;
}

/**
 * Registers cdktf's matchers (`toHaveResource`, `toHaveResourceWithProperties`, ...) on a
 * vitest or jest `expect`. Call it once in a setup file: `setupCdktfMatchers(expect)`.
 */
export function setupCdktfMatchers(expect: ExtensibleExpect): void {
  (globalThis as { expect?: ExtensibleExpect }).expect = expect;
  Testing.setupJest();
}

/**
 * Synthesizes a stack with its validations run (as `cdktf synth` does) and returns the
 * Terraform JSON as a string, the form cdktf's matchers take.
 */
export function synthStack(stack: TerraformStack): string {
  return Testing.synth(stack, true);
}

/** Synthesizes a stack with its validations run and returns the parsed Terraform JSON. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(synthStack(stack));
}

/** All resources of one Terraform type in a synthesized stack, keyed by their logical name. */
export function resourcesOfType(json: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return json.resource?.[type] ?? {};
}

/** All data sources of one Terraform type in a synthesized stack, keyed by their logical name. */
export function dataSourcesOfType(json: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return json.data?.[type] ?? {};
}
