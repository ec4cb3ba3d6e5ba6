import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { addExampleStacks } from "../../stacks/app";
import { synthJson, type SynthesizedStack } from "../../src/testing";

/** Every example stack of `stacks/app.ts`, synthesized with validations, by stack name. */
export function synthesizeExampleStacks(): Map<string, SynthesizedStack> {
  const app = new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "examples-")) });
  addExampleStacks(app);
  const stacks = app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
  return new Map(stacks.map((stack) => [stack.node.id, synthJson(stack)]));
}
