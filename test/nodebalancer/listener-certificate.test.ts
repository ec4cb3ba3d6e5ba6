import { Fn, TerraformVariable } from "cdktf";
import { describe, expect, test } from "vitest";
import { ListenerCertificate, NodeBalancer } from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

describe("ListenerCertificate.fromPem", () => {
  test("feeds references to the chain and the key into an HTTPS config", () => {
    const stack = newStack();
    const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
    const certificate = ListenerCertificate.fromPem({ fullChainPem: Fn.file("fullchain.pem"), privateKeyPem: key.stringValue });
    new NodeBalancer(stack, "Nb", { region: "us-east" }).addConfig("Https", { certificate });
    const [config] = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_config"));
    expect(config).toMatchObject({ protocol: "https", ssl_cert: '${file("fullchain.pem")}', ssl_key: "${var.key}" });
  });

  test("rejects a pasted private key without echoing it", () => {
    const stack = newStack();
    const chain = new TerraformVariable(stack, "chain", { type: "string" });
    const literal = "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----";
    const build = () => ListenerCertificate.fromPem({ fullChainPem: chain.stringValue, privateKeyPem: literal });
    expect(build).toThrow(/ListenerCertificate.fromPem: invalid 'privateKeyPem': received "a literal PEM"\. Pass a reference/);
    expect(build).not.toThrow(/MIIE/);
  });

  test("rejects a pasted certificate", () => {
    const build = () => ListenerCertificate.fromPem({ fullChainPem: "-----BEGIN CERTIFICATE-----", privateKeyPem: Fn.file("key.pem") });
    expect(build).toThrow(/invalid 'fullChainPem': received "a literal PEM"/);
  });
});
