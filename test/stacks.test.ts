import { describe, expect, test } from "vitest";
import { synthesizeExampleStacks } from "./support/example-stacks";

const stacks = synthesizeExampleStacks();

describe("example stacks", () => {
  test("there is one per SSL option, Cloudflare to the app servers, and the facade's", () => {
    expect([...stacks.keys()]).toEqual(["terminate-at-load-balancer", "tcp-passthrough", "cloudflare-in-front", "cloudflare-to-app-servers", "load-balanced-site"]);
  });

  test.each([...stacks.keys()])("%s matches its reviewed snapshot", (name) => {
    expect(stacks.get(name)).toMatchSnapshot();
  });

  test.each([...stacks.keys()])("%s keeps its state in a relative local path", (name) => {
    const backend = stacks.get(name)!.terraform?.backend as { local?: { path: string } };
    expect(backend.local?.path).toBe(`terraform.${name}.tfstate`);
  });
});
