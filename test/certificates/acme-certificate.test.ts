import { TerraformOutput } from "cdktf";
import { describe, expect, test } from "vitest";
import { AcmeAccount, AcmeCertificate, AcmeDnsChallenge, AcmeKeyType, ListenerCertificate, NodeBalancer, type AcmeCertificateProps } from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

function certificate(overrides: Partial<AcmeCertificateProps> = {}, stack = newStack()) {
  const cert = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), ...overrides });
  return { stack, cert };
}

describe("AcmeCertificate", () => {
  test("issues through DNS-01 with a registered account key", () => {
    const { stack } = certificate({ subjectAlternativeNames: ["example.com"], email: "ops@example.com" });
    const json = synthJson(stack);
    const [cert] = Object.values(resourcesOfType(json, "acme_certificate"));
    expect(cert).toMatchObject({
      common_name: "www.example.com",
      subject_alternative_names: ["example.com"],
      key_type: "2048",
      min_days_dynamic: true,
      use_renewal_info: true,
      renewal_info_max_sleep: 60,
      account_key_pem: expect.stringMatching(/^\$\{acme_registration\.Cert_Account_[A-F0-9]+\.account_key_pem\}$/),
    });
    const [registration] = Object.values(resourcesOfType(json, "acme_registration"));
    expect(registration).toMatchObject({
      email_address: "ops@example.com",
      account_key_pem: expect.stringMatching(/^\$\{tls_private_key\.Cert_Account_Key_[A-F0-9]+\.private_key_pem\}$/),
    });
  });

  test("Linode DNS gets a 20-minute propagation timeout by default", () => {
    const { stack } = certificate();
    const [cert] = Object.values(resourcesOfType(synthJson(stack), "acme_certificate"));
    expect(cert.dns_challenge).toEqual([{ provider: "linode", config: { LINODE_PROPAGATION_TIMEOUT: "1200", LINODE_POLLING_INTERVAL: "30" } }]);
  });

  test("Cloudflare DNS is selectable and carries no token", () => {
    const { stack } = certificate({ dnsChallenge: AcmeDnsChallenge.cloudflare({ propagationTimeoutSeconds: 300 }) });
    const [cert] = Object.values(resourcesOfType(synthJson(stack), "acme_certificate"));
    expect(cert.dns_challenge).toEqual([{ provider: "cloudflare", config: { CLOUDFLARE_PROPAGATION_TIMEOUT: "300" } }]);
  });

  test("rotation is create-before-destroy and never revokes the served certificate", () => {
    const { stack } = certificate();
    const [cert] = Object.values(resourcesOfType(synthJson(stack), "acme_certificate"));
    expect(cert.lifecycle).toEqual({ create_before_destroy: true });
    expect(cert.revoke_certificate_on_destroy).toBe(false);
  });

  test("exposes the full chain, key and expiry as references", () => {
    const { stack, cert } = certificate({ keyType: AcmeKeyType.RSA_4096 });
    new TerraformOutput(stack, "chain", { value: cert.fullChainPem, sensitive: true });
    new TerraformOutput(stack, "key", { value: cert.privateKeyPem, sensitive: true });
    new TerraformOutput(stack, "expiry", { value: cert.notAfter });
    const json = synthJson(stack);
    const ref = (attr: string) => `\\$\\{acme_certificate\\.Cert_[A-F0-9]+\\.${attr}\\}`;
    expect(json.output).toEqual({
      chain: { value: expect.stringMatching(new RegExp(`^${ref("certificate_pem")}${ref("issuer_pem")}$`)), sensitive: true },
      key: { value: expect.stringMatching(new RegExp(`^${ref("private_key_pem")}$`)), sensitive: true },
      expiry: { value: expect.stringMatching(new RegExp(`^${ref("certificate_not_after")}$`)) },
    });
    expect(Object.values(resourcesOfType(json, "acme_certificate"))[0].key_type).toBe("4096");
  });

  test("an ECDSA certificate cannot be served by a NodeBalancer, an RSA one can", () => {
    const ecdsa = certificate({ keyType: AcmeKeyType.EC_P384 });
    expect(() => new NodeBalancer(ecdsa.stack, "Nb", { region: "us-east" }).addConfig("Https", { certificate: ListenerCertificate.fromAcme(ecdsa.cert) })).toThrow(
      /test\/Nb\/Https: invalid 'certificate': received "ECDSA"/,
    );
    const rsa = certificate({ keyType: AcmeKeyType.RSA_4096 });
    new NodeBalancer(rsa.stack, "Nb", { region: "us-east" }).addConfig("Https", { certificate: ListenerCertificate.fromAcme(rsa.cert) });
    expect(Object.values(resourcesOfType(synthJson(rsa.stack), "linode_nodebalancer_config"))[0].protocol).toBe("https");
  });

  test("several certificates can share one account", () => {
    const stack = newStack();
    const account = new AcmeAccount(stack, "Account", { email: "ops@example.com" });
    new AcmeCertificate(stack, "A", { domainName: "a.example.com", dnsChallenge: AcmeDnsChallenge.linode(), account });
    new AcmeCertificate(stack, "B", { domainName: "b.example.com", dnsChallenge: AcmeDnsChallenge.linode(), account });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOfType(json, "acme_registration"))).toHaveLength(1);
    expect(Object.keys(resourcesOfType(json, "acme_certificate"))).toHaveLength(2);
  });

  test("accepts a wildcard name", () => {
    expect(() => certificate({ domainName: "*.example.com", subjectAlternativeNames: ["example.com"] })).not.toThrow();
  });

  describe("rejects bad input", () => {
    test.each([
      ["an empty domain", { domainName: "" }, /test\/Cert: invalid 'domainName': received ""\. Use a DNS name such as 'www.example.com' or a single-level wildcard such as '\*.example.com': it is empty/],
      ["a single-label domain", { domainName: "localhost" }, /invalid 'domainName': received "localhost".*single label/],
      ["an upper-case domain", { domainName: "WWW.example.com" }, /invalid 'domainName'.*upper-case/],
      ["a label with underscores", { domainName: "my_site.example.com" }, /invalid 'domainName'.*label 'my_site'/],
      ["a trailing hyphen", { domainName: "www-.example.com" }, /invalid 'domainName'/],
      ["a multi-level wildcard", { domainName: "*.*.example.com" }, /invalid 'domainName'.*single leading/],
      ["a misplaced wildcard", { domainName: "www.*.example.com" }, /invalid 'domainName'.*single leading/],
      ["a malformed SAN", { subjectAlternativeNames: ["example..com"] }, /invalid 'subjectAlternativeNames\[0\]': received "example..com"/],
      ["a SAN repeating the domain", { subjectAlternativeNames: ["www.example.com"] }, /invalid 'subjectAlternativeNames': received "www.example.com"\. List each name once/],
      ["a bad e-mail", { email: "ops-at-example.com" }, /test\/Cert\/Account: invalid 'email': received "ops-at-example.com"/],
    ] as [string, Partial<AcmeCertificateProps>, RegExp][])("%s", (_name, props, message) => {
      expect(() => certificate(props)).toThrow(message);
    });

    test("a propagation timeout out of range", () => {
      expect(() => AcmeDnsChallenge.linode({ propagationTimeoutSeconds: 10 })).toThrow(/AcmeDnsChallenge.linode: invalid 'propagationTimeoutSeconds': received 10/);
    });
  });
});
