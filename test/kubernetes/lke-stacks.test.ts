import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { afterAll, describe, expect, test } from "vitest";
import { AcmeDnsChallenge, AcmeServer } from "../../src";
import { ClusterAccess, ClusterStackState, LkeCloudflareOrigin, LkeSiteStack, LkeSiteTls } from "../../src/kubernetes";
import { renderHcl } from "../../src/hcl";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { addLkeExampleStacks } from "../../stacks/app";
import { EXAMPLE_KUBECONFIG, exampleLkeSite } from "../../stacks/lke-example-site";
import { checkConformance, errorsOf, formatViolations, warningsOf } from "../support/schema-conformance";
import { judge, TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle } from "../support/tfsim";

const app = new App({ stackTraces: false, outdir: mkdtempSync(join(tmpdir(), "lke-examples-")) });
addLkeExampleStacks(app);
const stacks = new Map(app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c)).map((stack) => [stack.node.id, synthJson(stack)]));
const workloads = [...stacks.keys()].filter((name) => name !== "lke-cluster");

const scratch = mkdtempSync(join(tmpdir(), "lke-judge-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The cluster stack's state as a workload stack reads it: only the `kubeconfig` output (base64
 * YAML of an LKE kubeconfig with a token). tfsim's fake linode provider gives the cluster a
 * placeholder kubeconfig that is not base64, so the switch test reads this hand-made state instead.
 */
function clusterState(): string {
  const ca = Buffer.from("-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n").toString("base64");
  const kubeconfig = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: lke1",
    "  cluster:",
    `    certificate-authority-data: ${ca}`,
    "    server: https://0123abcd.us-east-2.linodelke.net:443",
    "users:",
    "- name: lke1-admin",
    "  user:",
    "    token: fake-token-for-tfsim",
    "contexts:",
    "- name: lke1-ctx",
    "  context: {cluster: lke1, user: lke1-admin, namespace: default}",
    "current-context: lke1-ctx",
    "",
  ].join("\n");
  const file = join(scratch, "cluster.tfstate");
  const state = { version: 4, terraform_version: "1.11.4", serial: 1, lineage: "00000000-0000-0000-0000-000000000001", outputs: { kubeconfig: { value: Buffer.from(kubeconfig).toString("base64"), type: "string", sensitive: true } }, resources: [], check_results: null };
  writeFileSync(file, JSON.stringify(state));
  return file;
}

/** judge.sh's step summary (judge()'s `verdict` can be a later stderr note such as "backend replaced"). */
function verdictOf(result: { output: string; verdict: string }): string {
  return result.output.split("\n").filter((l) => l.startsWith("tfsim: init")).pop() ?? result.verdict;
}

describe("LKE example stacks", () => {
  test("the cluster stack and one workload stack per option", () => {
    expect([...stacks.keys()]).toEqual(["lke-cluster", "lke-terminate-at-load-balancer", "lke-tcp-passthrough", "lke-cloudflare-in-front", "lke-cloudflare-aop"]);
  });

  test.each([...stacks.keys()])("%s matches its reviewed snapshot", (name) => {
    expect(stacks.get(name)).toMatchSnapshot();
  });

  test.each([...stacks.keys()])("%s conforms to the pinned provider schemas", (name) => {
    const violations = checkConformance(stacks.get(name) as Record<string, unknown>);
    expect(formatViolations(errorsOf(violations))).toBe("");
    expect(formatViolations(warningsOf(violations))).toBe("");
  });

  test.each([...stacks.keys()])("%s holds no key material or token, only references", (name) => {
    const text = JSON.stringify(stacks.get(name));
    expect(text).not.toMatch(/-----BEGIN|PRIVATE KEY|token\s*"\s*:\s*"[^$]/i);
  });

  test.each(workloads)("%s configures kubernetes and helm from the cluster's kubeconfig file, never from a cluster of its own", (name) => {
    const json = stacks.get(name)!;
    expect(json.provider?.kubernetes).toEqual([{ config_path: EXAMPLE_KUBECONFIG }]);
    expect(json.provider?.helm).toEqual([{ kubernetes: { config_path: EXAMPLE_KUBECONFIG } }]);
    expect(json.resource?.linode_lke_cluster).toBeUndefined();
  });
});

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("LKE example stacks through Terraform (tfsim)"), () => {
  test("lke-cluster: init, validate, plan, apply, clean replan", () => {
    const dir = join(scratch, "lke-cluster");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(stacks.get("lke-cluster")));
    const result = judge(dir);
    expect(result.ok, result.output).toBe(true);
    expect(verdictOf(result)).toBe("tfsim: init ok, validate ok (0 warnings), plan +1, apply ok, replan clean");
  });

  test.each(workloads)("%s: init, validate, plan, apply, clean replan", (name) => {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(stacks.get(name)));
    const result = judge(dir);
    expect(result.ok, result.output).toBe(true);
    expect(verdictOf(result)).toMatch(/^tfsim: init ok, validate ok \(0 warnings\), plan \+\d+, apply ok, replan clean$/);
  });

  test.each([...stacks.keys()])("%s as HCL (the package's renderer): init, validate, plan, apply, clean replan", (name) => {
    const json = stacks.get(name)!;
    const dir = join(scratch, `${name}-hcl`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "main.tf"), renderHcl(json));
    const result = judge(dir);
    expect(result.ok, result.output).toBe(true);
    expect(verdictOf(result)).toMatch(/^tfsim: init ok, validate ok \(0 warnings\), plan \+\d+, apply ok, replan clean$/);
  });

  test("switching the tls line on live state (1 → 3 → 2 → AOP) updates the Service in place: the CCM keeps its NodeBalancer (providers from the cluster stack's state)", () => {
    const state = clusterState();
    const build = (tls: LkeSiteTls): SynthesizedStack => {
      const stack = new LkeSiteStack(Testing.app(), "shop", {
        clusterAccess: ClusterAccess.fromClusterStackState(ClusterStackState.local({ path: state })),
        acmeServer: AcmeServer.LETS_ENCRYPT_STAGING,
      });
      stack.addSite({ domainNames: ["www.example.com", "example.com"], ...exampleLkeSite(), tls });
      return synthJson(stack);
    };
    const steps: LkeSiteTls[] = [
      LkeSiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.cloudflare() }),
      LkeSiteTls.cloudflare({ zoneName: "example.com" }),
      LkeSiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.cloudflare() }),
      LkeSiteTls.cloudflare({ zoneName: "example.com", origin: LkeCloudflareOrigin.traefik() }),
    ];
    const work = new TerraformWorkdir("lke-switch-");
    try {
      work.useConfig(build(steps[0]));
      work.init();
      work.plan();
      work.applyPlan();
      // The Secret's key went write-only: nothing of data_wo is in the state.
      const state = JSON.parse(work.terraform(["show", "-json"]).stdout) as { values: { root_module: { resources: { address: string; values: Record<string, unknown> }[] } } };
      const secret = state.values.root_module.resources.find((r) => r.address === "kubernetes_secret_v1.Site_Tls_Secret_11AB0B1B");
      expect(secret?.values.type).toBe("kubernetes.io/tls");
      expect(secret?.values.data_wo ?? null).toBeNull();
      expect(JSON.stringify(secret?.values)).not.toContain("private_key_pem");
      for (const tls of steps.slice(1)) {
        work.useConfig(build(tls));
        const plan = work.plan();
        const service = plan.resource_changes?.find((c) => c.address === "kubernetes_service_v1.Site_Tls_Service_E1EE7BD7");
        expect(service?.change.actions).toEqual(["update"]);
        const secret = plan.resource_changes?.find((c) => c.address === "kubernetes_secret_v1.Site_Tls_Secret_11AB0B1B");
        expect(secret?.change.actions).toEqual(["update"]);
        work.applyPlan();
      }
    } finally {
      work.dispose();
    }
  }, 300_000);
});

