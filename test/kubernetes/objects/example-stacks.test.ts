import { describe, expect, test } from "vitest";
import { synthesizeExampleStacks } from "../../support/example-stacks";
import { holdsKubernetesResources, validateStackKubernetesObjects } from "../../support/kubernetes-objects";
import type { SynthesizedStack } from "../../../src/testing";

/** True when the stack configures the kubernetes or helm provider, so it is meant to create objects. */
function configuresKubernetes(stack: SynthesizedStack): boolean {
  const providers = Object.keys(stack.provider ?? {});
  const required = Object.keys(((stack.terraform ?? {}) as { required_providers?: Record<string, unknown> }).required_providers ?? {});
  return [...providers, ...required].some((p) => p === "kubernetes" || p === "helm");
}

const stacks = synthesizeExampleStacks();
/** Every example stack an LKE option builds: named lke-*, or configuring the kubernetes/helm provider, or holding their resources. */
const kubernetesStacks = [...stacks].filter(([name, json]) => name.startsWith("lke-") || configuresKubernetes(json) || holdsKubernetesResources(json));

describe("the Kubernetes objects of every example stack", () => {
  test("the stacks meant to create Kubernetes objects are the ones that hold them", () => {
    // GIVEN every example stack of stacks/app.ts
    // THEN a stack named lke-* or configuring the kubernetes/helm provider holds kubernetes_* or helm_release resources
    const empty = kubernetesStacks.filter(([, json]) => !holdsKubernetesResources(json)).map(([name]) => name);
    expect(empty).toEqual([]);
  });

  test.for(kubernetesStacks.map(([name]) => name))("%s: every object passes the Kubernetes, Traefik and API-server checks", (name) => {
    // WHEN its objects are converted and validated
    const { objects, errors } = validateStackKubernetesObjects(stacks.get(name)!);
    // THEN it emits objects, and none is refused
    expect(objects.length, `${name} emits no Kubernetes object`).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
