import type { App } from "cdktf";
import { MinimalHttpStack } from "./minimal-http";

/** Adds every example stack to an app; `stacks/main.ts` and the tests share this list. */
export function addExampleStacks(app: App): void {
  new MinimalHttpStack(app, "minimal-http");
}
