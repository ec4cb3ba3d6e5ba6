import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  OriginCaCertificate,
  OriginCaKeyType,
  OriginCaValidity,
  type OriginCaCertificateProps,
} from "../../src/cloudflare/origin-ca-certificate";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { newStack } from "../support/fixtures";

/** The one resource of a type: its logical name and body. */
function only(json: SynthesizedStack, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(resourcesOfType(json, type));
  expect(entries).toHaveLength(1);
  return entries[0];
}

function certificate(stack: TerraformStack, props: Partial<OriginCaCertificateProps> = {}): OriginCaCertificate {
  return new OriginCaCertificate(stack, "Cert", { hostnames: ["example.com", "www.example.com"], ...props });
}

describe("OriginCaCertificate", () => {
  test("signs a CSR of a new RSA 2048 key whose common name is the first hostname", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack);
    // THEN
    const json = synthJson(stack);
    const [keyName, key] = only(json, "tls_private_key");
    const [requestName, request] = only(json, "tls_cert_request");
    const [, cert] = only(json, "cloudflare_origin_ca_certificate");
    expect(key).toMatchObject({ algorithm: "RSA", rsa_bits: 2048 });
    expect(request).toMatchObject({
      private_key_pem: `\${tls_private_key.${keyName}.private_key_pem}`,
      subject: [{ common_name: "example.com" }],
    });
    expect(cert).toMatchObject({
      csr: `\${tls_cert_request.${requestName}.cert_request_pem}`,
      hostnames: ["example.com", "www.example.com"],
      request_type: "origin-rsa",
    });
  });

  test("defaults to Cloudflare's fifteen-year validity", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack);
    // THEN
    expect(only(synthJson(stack), "cloudflare_origin_ca_certificate")[1].requested_validity).toBe(5475);
  });

  test("requests the validity chosen", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack, { validity: OriginCaValidity.ONE_YEAR });
    // THEN
    expect(only(synthJson(stack), "cloudflare_origin_ca_certificate")[1].requested_validity).toBe(365);
  });

  test("replaces key, request and certificate create-before-destroy", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack);
    // THEN
    const json = synthJson(stack);
    for (const type of ["tls_private_key", "tls_cert_request", "cloudflare_origin_ca_certificate"]) {
      expect(only(json, type)[1].lifecycle, type).toEqual({ create_before_destroy: true });
    }
  });

  test("serves the certificate alone as the full chain, and exposes key and expiry by reference", () => {
    // GIVEN
    const stack = newStack();
    const cert = certificate(stack);
    // WHEN
    new TerraformOutput(stack, "chain", { value: cert.fullChainPem });
    new TerraformOutput(stack, "key", { value: cert.privateKeyPem, sensitive: true });
    new TerraformOutput(stack, "expires", { value: cert.expiresOn });
    // THEN
    const json = synthJson(stack);
    const [certName] = only(json, "cloudflare_origin_ca_certificate");
    const [keyName] = only(json, "tls_private_key");
    expect(json.output).toMatchObject({
      chain: { value: `\${cloudflare_origin_ca_certificate.${certName}.certificate}` },
      key: { value: `\${tls_private_key.${keyName}.private_key_pem}` },
      expires: { value: `\${cloudflare_origin_ca_certificate.${certName}.expires_on}` },
    });
  });

  test("an ECC certificate gets an ECDSA P-256 key and the origin-ecc request type", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack, { keyType: OriginCaKeyType.ECC });
    // THEN
    const json = synthJson(stack);
    expect(only(json, "tls_private_key")[1]).toMatchObject({ algorithm: "ECDSA", ecdsa_curve: "P256" });
    expect(only(json, "cloudflare_origin_ca_certificate")[1].request_type).toBe("origin-ecc");
  });

  test("accepts a single-level leading wildcard", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    certificate(stack, { hostnames: ["*.example.com", "example.com"] });
    // THEN
    const json = synthJson(stack);
    expect(only(json, "cloudflare_origin_ca_certificate")[1].hostnames).toEqual(["*.example.com", "example.com"]);
    expect(only(json, "tls_cert_request")[1].subject).toEqual([{ common_name: "*.example.com" }]);
  });

  test("does not judge a hostname that is a reference", () => {
    // GIVEN
    const stack = newStack();
    const name = new TerraformVariable(stack, "name", { type: "string" });
    // WHEN
    certificate(stack, { hostnames: [name.stringValue] });
    // THEN
    expect(only(synthJson(stack), "cloudflare_origin_ca_certificate")[1].hostnames).toEqual(["${var.name}"]);
  });

  test("rejects an empty hostname list", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { hostnames: [] })).toThrow(/^test\/Cert: invalid 'hostnames': received \[\]\. Give at least one name/);
  });

  test("rejects a multi-level wildcard", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { hostnames: ["example.com", "*.*.example.com"] })).toThrow(
      `test/Cert: invalid 'hostnames[1]': received "*.*.example.com". Use a DNS name such as 'www.example.com' or a single-level wildcard such as '*.example.com': a wildcard must be a single leading '*.' label`,
    );
  });

  test.each([["www.*.example.com"], ["w*.example.com"], ["**.example.com"], ["*.com"]])("rejects the misplaced wildcard %s", (name) => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { hostnames: [name] })).toThrow(/^test\/Cert: invalid 'hostnames\[0\]': received ".*"\. .*wildcard/);
  });

  test.each([["Example.com"], ["example"], ["example.com."], ["bad_label.example.com"]])("rejects the malformed hostname %s", (name) => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { hostnames: [name] })).toThrow(`test/Cert: invalid 'hostnames[0]': received ${JSON.stringify(name)}.`);
  });

  test("rejects a hostname listed twice", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { hostnames: ["example.com", "example.com"] })).toThrow(
      `test/Cert: invalid 'hostnames': received "example.com". List each name once.`,
    );
  });

  test("rejects a validity Cloudflare does not offer", () => {
    // GIVEN
    const stack = newStack();
    // WHEN / THEN
    expect(() => certificate(stack, { validity: 42 as OriginCaValidity })).toThrow(
      "test/Cert: invalid 'validity': received 42. Use an OriginCaValidity such as OriginCaValidity.ONE_YEAR: Cloudflare accepts 7, 30, 90, 365, 730, 1095, 5475 days.",
    );
  });
});
