import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { addExampleStacks, addLkeExampleStacks } from "../../stacks/app";
import { synthJson, type SynthesizedStack } from "../../src/testing";

/**
 * The example stacks of `stacks/app.ts`, synthesized with validations, by stack name: the VM
 * options' (`addExampleStacks`, the default), or others such as `addLkeExampleStacks`.
 */
export function synthesizeExampleStacks(add: (app: App) => void = addExampleStacks): Map<string, SynthesizedStack> {
  const app = new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "examples-")) });
  add(app);
  const stacks = app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
  return new Map(stacks.map((stack) => [stack.node.id, synthJson(stack)]));
}

/** Every stack the repository's app (`stacks/main.ts`) synthesizes: the VM options' and the LKE ones. */
export function synthesizeAllExampleStacks(): Map<string, SynthesizedStack> {
  return new Map([...synthesizeExampleStacks(), ...synthesizeExampleStacks(addLkeExampleStacks)]);
}

