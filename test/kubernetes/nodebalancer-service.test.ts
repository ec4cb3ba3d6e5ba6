import { describe, expect, test } from "vitest";
import { AcmeKeyType, KeyAlgorithm, Protocol, ProxyProtocol } from "../../src";
import { CERTIFICATE_SHA256_ANNOTATION, NodeBalancerService, NodeBalancerType, parseCcmAnnotations, ServiceFirewall, TlsSecret, type NodeBalancerServiceProps } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { warningsOf } from "../support/fixtures";
import { acmeCertificate, newLkeStack, only, ownCertificate } from "./lke-fixtures";

const ANN = "service.beta.kubernetes.io/linode-loadbalancer-";

function build(overrides: Partial<NodeBalancerServiceProps> = {}, keyType?: AcmeKeyType) {
  const stack = newLkeStack();
  const secret = new TlsSecret(stack, "Secret", { name: "shop-tls", namespace: "shop", certificate: acmeCertificate(stack, keyType) });
  const service = new NodeBalancerService(stack, "Service", {
    name: "shop",
    namespace: "shop",
    selector: { app: "shop" },
    ports: [
      { port: 443, targetPort: 8080, protocol: Protocol.HTTPS, tlsSecret: secret },
      { port: 80, targetPort: 8080, protocol: Protocol.HTTP },
    ],
    firewall: ServiceFirewall.allowList({ ipv4: ["0.0.0.0/0"] }),
    certificateFingerprint: secret.fingerprint,
    nodePortsFirewalled: true,
    ...overrides,
  });
  return { stack, secret, service };
}

describe("NodeBalancerService", () => {
  test("a LoadBalancer Service whose annotations say https with the Secret on 443, http on 80, and carry the fingerprint", () => {
    const { stack } = build();
    const json = synthJson(stack);
    const [, tlsSecret] = only(json, "kubernetes_secret_v1");
    const chain = (tlsSecret.data_wo as Record<string, string>)["tls.crt"];
    const [, service] = only(json, "kubernetes_service_v1");
    const metadata = service.metadata as { annotations: Record<string, string>; namespace: string };
    expect(metadata.namespace).toBe("shop");
    expect(metadata.annotations).toEqual({
      [CERTIFICATE_SHA256_ANNOTATION]: `\${sha256("${chain}")}`,
      [`${ANN}firewall-acl`]: '{"allowList":{"ipv4":["0.0.0.0/0"]}}',
      [`${ANN}port-443`]: '{"protocol":"https","tls-secret-name":"shop-tls"}',
      [`${ANN}port-80`]: '{"protocol":"http"}',
    });
    expect(service.spec).toEqual({
      type: "LoadBalancer",
      selector: { app: "shop" },
      port: [
        { name: "port-443", port: 443, target_port: "8080", protocol: "TCP" },
        { name: "port-80", port: 80, target_port: "8080", protocol: "TCP" },
      ],
    });
    expect(service.wait_for_load_balancer).toBe(true);
    // The Secret is written before the Service that makes the CCM read it.
    expect(service.depends_on).toEqual(["kubernetes_secret_v1.Secret_A720EF05"]);
  });

  test("the literal annotations read back through the CCM's parser as they were meant", () => {
    const { service } = build({ nodeBalancerType: NodeBalancerType.PREMIUM, preserve: true, reservedIpv4: "203.0.113.10" });
    const literal = Object.fromEntries(Object.entries(service.annotations).filter(([key]) => key !== CERTIFICATE_SHA256_ANNOTATION));
    const parsed = parseCcmAnnotations(literal, { servicePorts: [{ port: 443 }, { port: 80 }] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    const read = parsed.settings;
    expect(read.nodeBalancerType).toBe("premium");
    expect(read.preserve).toBe(true);
    expect(read.reservedIpv4).toBe("203.0.113.10");
    expect(read.configs.map((c) => [c.port, c.protocol, c.tlsSecretName])).toEqual([
      [443, "https", "shop-tls"],
      [80, "http", undefined],
    ]);
    expect(read.firewall).toMatchObject({ kind: "acl", inboundPolicy: "DROP", ipv4: ["0.0.0.0/0"] });
  });

  test("a passthrough Service (no HTTPS port) carries the fingerprint too, without the CCM model's warning", () => {
    const { stack, service, secret } = build({ ports: [{ port: 443, targetPort: 8443 }], defaultProtocol: Protocol.TCP, defaultProxyProtocol: ProxyProtocol.V2 });
    expect(service.annotations[CERTIFICATE_SHA256_ANNOTATION]).toBe(secret.fingerprint);
    expect(service.annotations[`${ANN}default-protocol`]).toBe("tcp");
    expect(service.annotations[`${ANN}default-proxy-protocol`]).toBe("v2");
    expect(warningsOf(stack)).toEqual([]);
  });

  test("an ECDSA certificate where the NodeBalancer terminates is refused, naming the construct path, prop, value and fix", () => {
    expect(() => build({}, AcmeKeyType.EC_P256)).toThrow(
      `test/Service: invalid 'ports[0].tlsSecret.keyAlgorithm': received "ECDSA". NodeBalancers serve RSA certificates only: issue the certificate with an RSA key.`,
    );
  });

  test("a Secret outside the Service's namespace is refused: the CCM reads it from the Service's namespace only", () => {
    const stack = newLkeStack();
    const secret = new TlsSecret(stack, "Secret", { name: "shop-tls", namespace: "certs", certificate: ownCertificate(stack) });
    expect(
      () =>
        new NodeBalancerService(stack, "Service", {
          name: "shop",
          namespace: "shop",
          selector: { app: "shop" },
          ports: [{ port: 443, targetPort: 8080, protocol: Protocol.HTTPS, tlsSecret: secret }],
          firewall: ServiceFirewall.none(),
          certificateFingerprint: secret.fingerprint,
        }),
    ).toThrow(`test/Service: invalid 'ports[0].tlsSecret.namespace': received "certs". The CCM reads TLS Secrets from the Service's namespace ('shop') only: create the Secret there.`);
  });

  test("an own ECDSA certificate is refused the same way", () => {
    const stack = newLkeStack();
    const secret = new TlsSecret(stack, "Secret", { name: "shop-tls", certificate: ownCertificate(stack, KeyAlgorithm.ECDSA) });
    expect(() => new NodeBalancerService(stack, "Service", { name: "shop", selector: { app: "shop" }, ports: [{ port: 443, targetPort: 80, protocol: Protocol.HTTPS, tlsSecret: secret }], firewall: ServiceFirewall.none(), certificateFingerprint: secret.fingerprint })).toThrow(/keyAlgorithm.*RSA certificates only/);
  });

  test("a Terraform-owned firewall is passed as firewall-id", () => {
    const { service } = build({ firewall: ServiceFirewall.id(4242) });
    expect(service.annotations[`${ANN}firewall-id`]).toBe("4242");
    expect(service.annotations[`${ANN}firewall-acl`]).toBeUndefined();
  });

  test("warns about NodePorts open on the nodes' public addresses unless a node firewall closes them", () => {
    const { stack } = build({ nodePortsFirewalled: undefined });
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^test\/Service: doubtful 'nodePortsFirewalled': received false\. .*cloud-firewall-controller/)]);
  });

  test("no firewall annotation: the CCM model's detach warning comes with it", () => {
    const { stack } = build({ firewall: ServiceFirewall.none() });
    expect(warningsOf(stack)).toEqual([expect.stringContaining("detaches any firewall")]);
  });

  test("an empty selector is refused", () => {
    expect(() => build({ selector: {} })).toThrow(/^test\/Service: invalid 'selector': received \[\]\. Select the pods/);
  });

  test("a bad target port is refused", () => {
    expect(() => build({ ports: [{ port: 443, targetPort: 0 }] })).toThrow(/^test\/Service: invalid 'ports\[0\]\.targetPort': received 0\. Use a whole number from 1 to 65535\./);
  });
});
