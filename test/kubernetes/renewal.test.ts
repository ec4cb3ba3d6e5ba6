import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformVariable, Testing } from "cdktf";
import { afterAll, describe, expect, test } from "vitest";
import { ListenerCertificate } from "../../src";
import { ClusterAccess, CERTIFICATE_SHA256_ANNOTATION, LkeSiteStack, LkeSiteTls } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { exampleLkeSite } from "../../stacks/lke-example-site";
import { TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle } from "../support/tfsim";

// The CCM never watches Secrets: a renewed certificate reaches the NodeBalancer only when the
// Service changes. A renewal must therefore change exactly two things in the plan: the Secret
// (its write-only revision) and the Service's certificate-fingerprint annotation; nothing is replaced.

const dir = mkdtempSync(join(tmpdir(), "lke-renewal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A self-signed RSA certificate and key (PEM) for the site's names, as a renewal would bring. */
function issue(n: number): { chain: string; key: string } {
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `k${n}.pem`, "-out", `c${n}.pem`, "-days", "30", "-subj", "/CN=www.example.com", "-addext", "subjectAltName=DNS:www.example.com"], { cwd: dir, stdio: "ignore", timeout: 30_000 });
  return { chain: readFileSync(join(dir, `c${n}.pem`), "utf8"), key: readFileSync(join(dir, `k${n}.pem`), "utf8") };
}

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("an LKE renewal on live state"), () => {
  test("a new certificate updates only the Secret and the Service's fingerprint annotation, in place, and no key is printed", () => {
    // GIVEN option 1 on LKE with its certificate from sensitive variables, applied
    const kubeconfig = join(dir, "kubeconfig.yaml");
    writeFileSync(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n");
    const stack = new LkeSiteStack(Testing.app(), "shop", { clusterAccess: ClusterAccess.fromKubeconfigFile(kubeconfig) });
    const variable = (name: string) => new TerraformVariable(stack, name, { type: "string", sensitive: true }).stringValue;
    const certificate = ListenerCertificate.fromPem({ fullChainPem: variable("chain_pem"), privateKeyPem: variable("key_pem") });
    stack.addSite({ domainNames: ["www.example.com"], ...exampleLkeSite(), tls: LkeSiteTls.ownCertificate({ certificate }) });
    const work = new TerraformWorkdir("lke-renewal-tf-");
    try {
      work.useConfig(synthJson(stack));
      work.init();
      const first = issue(1);
      const env = (c: { chain: string; key: string }) => ({ TF_VAR_chain_pem: c.chain, TF_VAR_key_pem: c.key });
      work.terraform(["apply", "-input=false", "-no-color", "-auto-approve"], { env: env(first) });
      // WHEN the certificate is renewed and the stack planned again
      const renewed = issue(2);
      const text = work.terraform(["plan", "-input=false", "-no-color", "-out=plan"], { env: env(renewed) }).stdout;
      const plan = JSON.parse(work.terraform(["show", "-json", "plan"]).stdout) as {
        resource_changes: { address: string; type: string; change: { actions: string[]; before: Record<string, any>; after: Record<string, any> } }[];
      };
      // THEN exactly the Secret and the Service change, each in place
      const changed = plan.resource_changes.filter((c) => !c.change.actions.includes("no-op"));
      expect(changed.map((c) => `${c.type}: ${c.change.actions.join(",")}`).sort()).toEqual(["kubernetes_secret_v1: update", "kubernetes_service_v1: update"]);
      // AND the Service's only difference is the fingerprint annotation
      const service = changed.find((c) => c.type === "kubernetes_service_v1")!;
      const annotations = (c: Record<string, any>) => c.metadata[0].annotations as Record<string, string>;
      const before = annotations(service.change.before);
      const after = annotations(service.change.after);
      expect(Object.keys(after).filter((k) => before[k] !== after[k])).toEqual([CERTIFICATE_SHA256_ANNOTATION]);
      expect({ ...service.change.before, metadata: null }).toEqual({ ...service.change.after, metadata: null });
      // AND the plan printed no key
      expect(text).not.toMatch(/PRIVATE KEY/);
    } finally {
      work.dispose();
    }
  }, 180_000);
});
