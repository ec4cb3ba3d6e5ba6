import { TerraformOutput, TerraformVariable, Token } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  Backend,
  HealthCheckType,
  KeyAlgorithm,
  ListenerCertificate,
  NodeBalancer,
  Protocol,
  ProxyProtocol,
  Stickiness,
  type NodeBalancerConfigOptions,
} from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

function pemCertificate(stack: ReturnType<typeof newStack>, keyAlgorithm?: KeyAlgorithm) {
  const chain = new TerraformVariable(stack, "chain", { type: "string", sensitive: true });
  const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
  return ListenerCertificate.fromPem({ fullChainPem: chain.stringValue, privateKeyPem: key.stringValue, keyAlgorithm });
}

function addConfig(options: NodeBalancerConfigOptions, stack = newStack()) {
  const nb = new NodeBalancer(stack, "Nb", { region: "us-east" });
  return { stack, nb, config: nb.addConfig("Config", options) };
}

describe("NodeBalancer", () => {
  test("exposes id, addresses and hostname as references", () => {
    const stack = newStack();
    const nb = new NodeBalancer(stack, "Nb", { region: "eu-central", label: "web", clientConnThrottle: 5 });
    new TerraformOutput(stack, "ipv4", { value: nb.ipv4Address });
    new TerraformOutput(stack, "ipv6", { value: nb.ipv6Address });
    new TerraformOutput(stack, "hostname", { value: nb.hostname });
    const json = synthJson(stack);
    expect(json.output).toEqual({
      ipv4: { value: expect.stringMatching(/^\$\{linode_nodebalancer\.Nb_[A-F0-9]+\.ipv4\}$/) },
      ipv6: { value: expect.stringMatching(/^\$\{linode_nodebalancer\.Nb_[A-F0-9]+\.ipv6\}$/) },
      hostname: { value: expect.stringMatching(/^\$\{linode_nodebalancer\.Nb_[A-F0-9]+\.hostname\}$/) },
    });
    const [resource] = Object.values(resourcesOfType(json, "linode_nodebalancer"));
    expect(resource).toMatchObject({ region: "eu-central", label: "web", client_conn_throttle: 5 });
    expect(resource.firewall_id).toBeUndefined();
  });

  test("an HTTP config defaults to port 80, round robin, no stickiness and an HTTP check", () => {
    const { stack } = addConfig({});
    const [config] = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_config"));
    expect(config).toMatchObject({ port: 80, protocol: "http", algorithm: "roundrobin", stickiness: "none", check: "http", check_path: "/" });
    expect(config.proxy_protocol).toBeUndefined();
  });

  test("a certificate makes the config HTTPS on 443 with the recommended suite", () => {
    const stack = newStack();
    addConfig({ certificate: pemCertificate(stack) }, stack);
    const [json] = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_config"));
    expect(json).toMatchObject({ port: 443, protocol: "https", cipher_suite: "recommended", ssl_cert: "${var.chain}", ssl_key: "${var.key}" });
  });

  test("a TCP config carries the PROXY protocol and a connection check", () => {
    const { stack } = addConfig({ protocol: Protocol.TCP, port: 443, proxyProtocol: ProxyProtocol.V2, stickiness: Stickiness.TABLE });
    const [json] = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_config"));
    expect(json).toMatchObject({ port: 443, protocol: "tcp", proxy_protocol: "v2", check: "connection", stickiness: "table" });
    expect(json.check_path).toBeUndefined();
    expect(json.ssl_cert).toBeUndefined();
  });

  test("backends become nodes on private_ip:backendPort", () => {
    const { stack, config } = addConfig({ backendPort: 8080 });
    config.addBackend(Backend.fromAddress("192.168.140.5", { label: "web-1" }), { weight: 50 });
    const [node] = Object.values(resourcesOfType(synthJson(stack), "linode_nodebalancer_node"));
    expect(node).toMatchObject({ label: "web-1", address: "192.168.140.5:8080", weight: 50 });
  });

  test("values that are tokens are not judged as literals", () => {
    const stack = newStack();
    const port = new TerraformVariable(stack, "port", { type: "number" });
    const { config } = addConfig({ port: port.numberValue, healthCheck: { intervalSeconds: Token.asNumber(port.numberValue) } }, stack);
    const ip = new TerraformVariable(stack, "ip", { type: "string" });
    config.addBackend(Backend.fromAddress(ip.stringValue, { label: "dynamic" }));
    expect(() => synthJson(stack)).not.toThrow();
  });

  describe("rejects bad input with the construct path and the prop", () => {
    const cases: [string, () => unknown, RegExp][] = [
      ["port 0", () => addConfig({ port: 0 }), /test\/Nb\/Config: invalid 'port': received 0\. Use a whole number from 1 to 65535/],
      ["port 70000", () => addConfig({ port: 70000 }), /invalid 'port': received 70000/],
      ["fractional port", () => addConfig({ port: 80.5 }), /invalid 'port': received 80.5/],
      ["backend port 0", () => addConfig({ backendPort: 0 }), /invalid 'backendPort': received 0/],
      ["TCP without a port", () => addConfig({ protocol: Protocol.TCP }), /invalid 'port': received nothing\. A TCP config needs an explicit 'port'/],
      ["HTTPS without a certificate", () => addConfig({ protocol: Protocol.HTTPS }), /test\/Nb\/Config: invalid 'certificate': received nothing\. An HTTPS config needs a certificate/],
      ["a certificate on TCP", () => { const s = newStack(); return addConfig({ protocol: Protocol.TCP, port: 443, certificate: pemCertificate(s) }, s); }, /invalid 'certificate'.*TCP configs serve no certificate/],
      ["a certificate on HTTP", () => { const s = newStack(); return addConfig({ protocol: Protocol.HTTP, certificate: pemCertificate(s) }, s); }, /invalid 'certificate'.*HTTP configs serve no certificate/],
      ["an ECDSA certificate", () => { const s = newStack(); return addConfig({ certificate: pemCertificate(s, KeyAlgorithm.ECDSA) }, s); }, /invalid 'certificate': received "ECDSA"\. NodeBalancers serve RSA certificates only/],
      ["PROXY protocol on HTTP", () => addConfig({ proxyProtocol: ProxyProtocol.V1 }), /invalid 'proxyProtocol': received "v1"\. PROXY protocol works with Protocol.TCP only/],
      ["HTTP check on TCP", () => addConfig({ protocol: Protocol.TCP, port: 443, healthCheck: { type: HealthCheckType.HTTP } }), /invalid 'healthCheck.type': received "http"\. An HTTP check cannot talk to a TCP/],
      ["interval 1", () => addConfig({ healthCheck: { intervalSeconds: 1 } }), /invalid 'healthCheck.intervalSeconds': received 1/],
      ["timeout 0", () => addConfig({ healthCheck: { timeoutSeconds: 0 } }), /invalid 'healthCheck.timeoutSeconds': received 0/],
      ["timeout not below interval", () => addConfig({ healthCheck: { intervalSeconds: 5, timeoutSeconds: 5 } }), /invalid 'healthCheck.timeoutSeconds': received 5\. The timeout must be shorter than the interval/],
      ["attempts 31", () => addConfig({ healthCheck: { attempts: 31 } }), /invalid 'healthCheck.attempts': received 31/],
      ["relative check path", () => addConfig({ healthCheck: { path: "healthz" } }), /invalid 'healthCheck.path': received "healthz"/],
      ["body without HTTP_BODY", () => addConfig({ healthCheck: { body: "ok" } }), /invalid 'healthCheck.body'.*needs HealthCheckType.HTTP_BODY/],
      ["HTTP_BODY without body", () => addConfig({ healthCheck: { type: HealthCheckType.HTTP_BODY } }), /invalid 'healthCheck.body': received nothing/],
      ["throttle 21", () => new NodeBalancer(newStack(), "Nb", { region: "us-east", clientConnThrottle: 21 }), /test\/Nb: invalid 'clientConnThrottle': received 21/],
      ["bad region", () => new NodeBalancer(newStack(), "Nb", { region: "Newark" }), /invalid 'region': received "Newark"/],
      ["bad label", () => new NodeBalancer(newStack(), "Nb", { region: "us-east", label: "a b" }), /invalid 'label': received "a b"/],
      ["weight 0", () => addConfig({}).config.addBackend(Backend.fromAddress("192.168.130.1"), { weight: 0 }), /invalid 'weight': received 0/],
    ];
    test.each(cases)("%s", (_name, build, message) => {
      expect(build).toThrow(message);
    });
  });

  test("rejects two configs on one port, naming both", () => {
    const { nb } = addConfig({ port: 8443, protocol: Protocol.TCP });
    expect(() => nb.addConfig("Other", { port: 8443, protocol: Protocol.TCP })).toThrow(
      /test\/Nb\/Other: invalid 'port': received 8443\. Port 8443 is already used by config 'Config'/,
    );
  });

  test("rejects the same backend twice on one config", () => {
    const { config } = addConfig({});
    const backend = Backend.fromAddress("192.168.130.1");
    config.addBackend(backend);
    expect(() => config.addBackend(backend)).toThrow(/invalid 'backends': received "app-192-168-130-1"\. Each backend may be added once/);
  });
});

describe("Backend", () => {
  test.each([
    ["192.168.130.10:80", /received "192.168.130.10:80"\. Give an IPv4 address without port/],
    ["10.0.0.1", /received "10.0.0.1"\. NodeBalancers reach backends on their private address in 192.168.128.0\/17/],
    ["192.168.300.1", /received "192.168.300.1"/],
    ["", /Backend.fromAddress: invalid 'privateIpv4': received ""/],
  ])("rejects the address %s", (address, message) => {
    expect(() => Backend.fromAddress(address)).toThrow(message);
  });

  test("rejects a bad label", () => {
    expect(() => Backend.fromAddress("192.168.130.1", { label: "x" })).toThrow(/Backend.fromAddress: invalid 'label': received "x"/);
  });

  test("needs a label when the address is a reference", () => {
    const stack = newStack();
    const ip = new TerraformVariable(stack, "ip", { type: "string" });
    expect(() => Backend.fromAddress(ip.stringValue)).toThrow(/invalid 'label': received nothing\. A backend whose address is a reference needs a 'label'/);
  });
});
