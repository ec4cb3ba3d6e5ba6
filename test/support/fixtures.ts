import { AnnotationMetadataEntryType, Testing, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { configureProviders, RequiredProvider } from "../../src";

/** A fresh app and a stack with every provider configured, as each test needs. */
export function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  configureProviders(stack, Object.values(RequiredProvider));
  return stack;
}

/** The warnings attached to a construct and its children. */
export function warningsOf(scope: IConstruct): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data)));
}
