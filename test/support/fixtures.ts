import { Testing, TerraformStack } from "cdktf";
import { configureProviders, RequiredProvider } from "../../src";

/** A fresh app and a stack with every provider configured, as each test needs. */
export function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  configureProviders(stack, Object.values(RequiredProvider));
  return stack;
}
