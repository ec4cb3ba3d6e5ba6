import { TerraformOutput } from "cdktf";
import { describe, expect, test } from "vitest";
import { TlsSecret } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { acmeCertificate, newLkeStack, only } from "./lke-fixtures";

/** The certificate's full chain as Terraform sees it: leaf then issuer. */
const CHAIN = "${acme_certificate.Certificate_4E7ABB08.certificate_pem}${acme_certificate.Certificate_4E7ABB08.issuer_pem}";

describe("TlsSecret", () => {
  test("a kubernetes.io/tls Secret written write-only: tls.crt the full chain, tls.key the key, no data in state", () => {
    // GIVEN
    const stack = newLkeStack();
    // WHEN
    new TlsSecret(stack, "Secret", { name: "shop-tls", namespace: "shop", certificate: acmeCertificate(stack) });
    // THEN
    const [, secret] = only(synthJson(stack), "kubernetes_secret_v1");
    expect(secret.type).toBe("kubernetes.io/tls");
    expect(secret.metadata).toEqual({ name: "shop-tls", namespace: "shop" });
    expect(secret.data).toBeUndefined();
    expect(secret.data_wo).toEqual({ "tls.crt": CHAIN, "tls.key": "${acme_certificate.Certificate_4E7ABB08.private_key_pem}" });
  });

  test("the revision is derived from the chain's SHA-256, so a renewal rewrites the Secret", () => {
    const stack = newLkeStack();
    const secret = new TlsSecret(stack, "Secret", { name: "shop-tls", certificate: acmeCertificate(stack) });
    const [, json] = only(synthJson(stack), "kubernetes_secret_v1");
    expect(json.data_wo_revision).toBe(`\${parseint(substr(sha256("${CHAIN}"), 0, 13), 16)}`);
    // The fingerprint (the Service's annotation) is the SHA-256 of the same chain.
    new TerraformOutput(stack, "fingerprint", { value: secret.fingerprint });
    expect(synthJson(stack).output?.fingerprint).toMatchObject({ value: `\${sha256("${CHAIN}")}` });
    expect(secret.namespace).toBe("default");
  });

  test.each([
    ["name", { name: "Shop_TLS" }],
    ["namespace", { name: "shop-tls", namespace: "Shop" }],
  ])("a bad %s names the construct, the prop, the value and the fix", (prop, props) => {
    const stack = newLkeStack();
    expect(() => new TlsSecret(stack, "Secret", { ...props, certificate: acmeCertificate(stack) } as never)).toThrow(new RegExp(`^test/Secret: invalid '${prop}': received ".*"\\. Use `));
  });
});
