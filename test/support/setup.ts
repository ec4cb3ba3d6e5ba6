import { expect } from "vitest";
import { setupCdktfMatchers } from "../../src/testing";

// The package loads its generated provider bindings on first use with a plain `require` (see
// src/stack/providers.ts): vitest hands such calls to Node, which loads them from the TypeScript
// sources through tsx's CommonJS hook, as `tsx stacks/main.ts` does. Compiled code needs no hook.
(require("tsx/cjs/api") as { register(): unknown }).register();

setupCdktfMatchers(expect);

interface CdktfMatchers<R = unknown> {
  toHaveResource(resourceType: { tfResourceType: string }): R;
  toHaveResourceWithProperties(resourceType: { tfResourceType: string }, properties: Record<string, unknown>): R;
  toHaveDataSource(dataSourceType: { tfResourceType: string }): R;
  toHaveDataSourceWithProperties(dataSourceType: { tfResourceType: string }, properties: Record<string, unknown>): R;
  toHaveProvider(providerType: { tfResourceType: string }): R;
  toHaveProviderWithProperties(providerType: { tfResourceType: string }, properties: Record<string, unknown>): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends CdktfMatchers<T> {}
}
