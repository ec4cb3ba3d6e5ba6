import { Fn, TerraformLocal, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { describe, expect, test } from "vitest";
import { HealthCheckType, KeyAlgorithm, Protocol, ProxyProtocol, ValidationError } from "../../../src";
import {
  CcmAnnotation,
  ccmAnnotations,
  CERTIFICATE_SHA256_ANNOTATION,
  type NodeBalancerServiceAnnotationsProps,
  NodeBalancerType,
  parseCcmAnnotations,
  ServiceFirewall,
} from "../../../src/kubernetes/ccm";
import { synthJson } from "../../../src/testing";
import { newStack, warningsOf } from "../../support/fixtures";

const P = "service.beta.kubernetes.io/linode-loadbalancer-";
const SHA = "3f".repeat(32);
const TLS = { name: "web-tls", keyAlgorithm: KeyAlgorithm.RSA };

/** A Service that terminates TLS at the NodeBalancer on 443 and serves plain HTTP on 80. */
const terminate: NodeBalancerServiceAnnotationsProps = {
  namespace: "web",
  ports: [
    { port: 443, protocol: Protocol.HTTPS, tlsSecret: TLS },
    { port: 80, protocol: Protocol.HTTP },
  ],
  firewall: ServiceFirewall.allowList({ ipv4: ["203.0.113.0/24", "198.51.100.7/32"], ipv6: ["2001:db8::/32"] }),
  certificateFingerprint: SHA,
};

function service(): Construct {
  return new Construct(newStack(), "Svc");
}

describe("ccmAnnotations renders what the CCM reads", () => {
  test("a terminating Service: port JSON and ACL with sorted keys and sorted blocks, the fingerprint", () => {
    const annotations = ccmAnnotations(service(), terminate);
    expect(annotations).toEqual({
      [CERTIFICATE_SHA256_ANNOTATION]: SHA,
      [`${P}firewall-acl`]: '{"allowList":{"ipv4":["198.51.100.7/32","203.0.113.0/24"],"ipv6":["2001:db8::/32"]}}',
      [`${P}port-443`]: '{"protocol":"https","tls-secret-name":"web-tls"}',
      [`${P}port-80`]: '{"protocol":"http"}',
    });
    expect(Object.keys(annotations)).toEqual(Object.keys(annotations).sort());
  });

  test("every option, each under the CCM's key and spelling", () => {
    const annotations = ccmAnnotations(service(), {
      ...terminate,
      defaultProtocol: Protocol.TCP,
      defaultProxyProtocol: ProxyProtocol.V2,
      ports: [{ port: 443, protocol: Protocol.HTTPS, proxyProtocol: ProxyProtocol.NONE, tlsSecret: { ...TLS, namespace: "web" } }, { port: 8443 }],
      firewall: ServiceFirewall.id(4711),
      nodeBalancerType: NodeBalancerType.PREMIUM_40GB,
      preserve: true,
      reservedIpv4: "203.0.113.10",
      hostnameOnlyIngress: false,
      clientConnThrottle: 20,
      healthCheck: { type: HealthCheckType.CONNECTION, intervalSeconds: 10, timeoutSeconds: 4, attempts: 3, passive: false },
    });
    expect(annotations).toEqual({
      [CERTIFICATE_SHA256_ANNOTATION]: SHA,
      [`${P}check-attempts`]: "3",
      [`${P}check-interval`]: "10",
      [`${P}check-passive`]: "false",
      [`${P}check-timeout`]: "4",
      [`${P}check-type`]: "connection",
      [`${P}default-protocol`]: "tcp",
      [`${P}default-proxy-protocol`]: "v2",
      [`${P}firewall-id`]: "4711",
      [`${P}hostname-only-ingress`]: "false",
      [`${P}nodebalancer-type`]: "premium_40gb",
      [`${P}port-443`]: '{"protocol":"https","proxy-protocol":"none","tls-secret-name":"web-tls"}',
      [`${P}preserve`]: "true",
      [`${P}reserved-ipv4`]: "203.0.113.10",
      [`${P}throttle`]: "20",
    });
    const known = new Set<string>([...Object.values(CcmAnnotation), CERTIFICATE_SHA256_ANNOTATION]);
    expect(Object.keys(annotations).filter((key) => !known.has(key) && !/-port-\d+$/.test(key))).toEqual([]);
  });

  test("Terraform references stay references: the fingerprint, a firewall id, list sources, a Secret name", () => {
    const stack = newStack();
    const cert = new TerraformVariable(stack, "cert", { type: "string" });
    const fw = new TerraformVariable(stack, "fw", { type: "number" });
    const v4 = new TerraformVariable(stack, "v4", { type: "list(string)" });
    const secret = new TerraformVariable(stack, "secret", { type: "string" });
    const scope = new Construct(stack, "Svc");
    const withId = ccmAnnotations(scope, { ...terminate, ports: [{ port: 443, protocol: Protocol.HTTPS, tlsSecret: { ...TLS, name: secret.stringValue } }], certificateFingerprint: Fn.sha256(cert.stringValue), firewall: ServiceFirewall.id(fw.numberValue) });
    const withList = ccmAnnotations(scope, { ...terminate, firewall: ServiceFirewall.allowList({ ipv4: v4.listValue, ipv6: ["2001:db8::/32"] }) });
    new TerraformLocal(stack, "annotations", { withId, withList });
    const local = (synthJson(stack) as { locals: Record<string, Record<string, Record<string, string>>> }).locals.annotations;
    expect(local.withId[CERTIFICATE_SHA256_ANNOTATION]).toBe("${sha256(var.cert)}");
    expect(local.withId[`${P}firewall-id`]).toBe("${var.fw}");
    expect(local.withId[`${P}port-443`]).toBe('${jsonencode({"protocol" = "https", "tls-secret-name" = var.secret})}');
    expect(local.withList[`${P}firewall-acl`]).toBe('${jsonencode({"allowList" = {"ipv4" = var.v4, "ipv6" = ["2001:db8::/32"]}})}');
  });

  test("ServiceFirewall.none() renders no firewall annotation and warns that the CCM detaches firewalls", () => {
    const scope = service();
    const annotations = ccmAnnotations(scope, { ...terminate, firewall: ServiceFirewall.none() });
    expect(Object.keys(annotations).filter((key) => key.includes("firewall"))).toEqual([]);
    expect(warningsOf(scope)).toEqual([expect.stringMatching(/^test\/Svc: doubtful 'firewall': received "ServiceFirewall.none\(\)"\. Without a firewall annotation the CCM detaches any firewall/)]);
    expect(warningsOf(new Construct(newStack(), "Quiet"))).toEqual([]);
  });

  test("a fingerprint on a Service without HTTPS port is doubtful: pods do not reload on a Service change", () => {
    const scope = service();
    ccmAnnotations(scope, { ports: [{ port: 443 }], firewall: terminate.firewall, certificateFingerprint: SHA });
    expect(warningsOf(scope)).toEqual([expect.stringMatching(/^test\/Svc: doubtful 'certificateFingerprint'.*No port is HTTPS/)]);
  });
});

describe("round trips: what is rendered, the CCM reads as meant", () => {
  const read = (props: NodeBalancerServiceAnnotationsProps) => {
    const result = parseCcmAnnotations(ccmAnnotations(service(), props), { servicePorts: props.ports.map(({ port }) => ({ port })) });
    if (!result.ok) throw new Error(result.error);
    return result.settings;
  };

  test("terminate at the NodeBalancer: HTTPS with the Secret, HTTP, an allow list, the fingerprint", () => {
    expect(read(terminate)).toMatchObject({
      configs: [
        { port: 443, protocol: "https", proxyProtocol: "none", tlsSecretName: "web-tls", check: "connection", checkPassive: true },
        { port: 80, protocol: "http", proxyProtocol: "none", check: "connection" },
      ],
      firewall: { kind: "acl", inboundPolicy: "DROP", ipv4: ["198.51.100.7/32", "203.0.113.0/24"], ipv6: ["2001:db8::/32"], rules: 1 },
      nodeBalancerType: "common",
      clientConnThrottle: 0,
      preserve: false,
      certificateSha256: SHA,
      warnings: [],
    });
  });

  test("TCP passthrough with PROXY v2 by default, behind a managed firewall", () => {
    const settings = read({ ports: [{ port: 443 }, { port: 80 }], defaultProxyProtocol: ProxyProtocol.V2, firewall: ServiceFirewall.id(4711) });
    expect(settings.configs).toMatchObject([
      { port: 443, protocol: "tcp", proxyProtocol: "v2" },
      { port: 80, protocol: "tcp", proxyProtocol: "v2" },
    ]);
    expect(settings.configs[0]).not.toHaveProperty("tlsSecretName");
    expect(settings.firewall).toEqual({ kind: "id", firewallId: 4711 });
  });

  test("HTTPS by default with PROXY by default: each port names its Secret, the HTTPS port turns PROXY off", () => {
    const settings = read({
      ports: [
        { port: 443, tlsSecret: TLS, proxyProtocol: ProxyProtocol.NONE },
        { port: 8443, tlsSecret: { ...TLS, name: "api-tls" }, proxyProtocol: ProxyProtocol.NONE },
        { port: 9000, protocol: Protocol.TCP },
      ],
      defaultProtocol: Protocol.HTTPS,
      defaultProxyProtocol: ProxyProtocol.V1,
      firewall: ServiceFirewall.denyList({ ipv4: ["192.0.2.0/24"] }),
      certificateFingerprint: SHA,
    });
    expect(settings.configs).toMatchObject([
      { protocol: "https", proxyProtocol: "none", tlsSecretName: "web-tls" },
      { protocol: "https", proxyProtocol: "none", tlsSecretName: "api-tls" },
      { protocol: "tcp", proxyProtocol: "v1" },
    ]);
    expect(settings.firewall).toMatchObject({ inboundPolicy: "ACCEPT", ipv4: ["192.0.2.0/24"] });
  });

  test("the health check and the NodeBalancer options", () => {
    const settings = read({
      ...terminate,
      ports: [{ port: 443, protocol: Protocol.HTTPS, tlsSecret: TLS }],
      healthCheck: { type: HealthCheckType.HTTP_BODY, path: "/healthz", body: "ok", intervalSeconds: 10, timeoutSeconds: 5, attempts: 4, passive: false },
      nodeBalancerType: NodeBalancerType.PREMIUM,
      preserve: true,
      reservedIpv4: "203.0.113.10",
      hostnameOnlyIngress: true,
      clientConnThrottle: 7,
    });
    expect(settings).toMatchObject({
      configs: [{ check: "http_body", checkPath: "/healthz", checkBody: "ok", checkInterval: 10, checkTimeout: 5, checkAttempts: 4, checkPassive: false }],
      nodeBalancerType: "premium",
      preserve: true,
      reservedIpv4: "203.0.113.10",
      hostnameOnlyIngress: true,
      clientConnThrottle: 7,
    });
  });

  test("no firewall: the CCM detaches", () => {
    expect(read({ ...terminate, firewall: ServiceFirewall.none() }).firewall).toEqual({ kind: "detach" });
  });
});

describe("bad input: each error names the path, the prop, the value and the fix", () => {
  const https = (tlsSecret: object) => ({ ...terminate, ports: [{ port: 443, protocol: Protocol.HTTPS, tlsSecret }] }) as NodeBalancerServiceAnnotationsProps;
  const rows: [string, () => unknown, RegExp][] = [
    ["an HTTPS port without Secret", () => ({ ...terminate, ports: [{ port: 443, protocol: Protocol.HTTPS }] }), /'ports\[0\]\.tlsSecret': received nothing\. An HTTPS port needs the TLS Secret/],
    ["an ECDSA certificate where the NodeBalancer terminates", () => https({ ...TLS, keyAlgorithm: KeyAlgorithm.ECDSA }), /'ports\[0\]\.tlsSecret\.keyAlgorithm': received "ECDSA"\. NodeBalancers serve RSA certificates only/],
    ["a Secret in another namespace", () => https({ ...TLS, namespace: "certs" }), /'ports\[0\]\.tlsSecret\.namespace': received "certs"\. The CCM reads TLS Secrets from the Service's namespace \('web'\) only/],
    ["PROXY protocol on HTTPS", () => ({ ...terminate, ports: [{ port: 443, protocol: Protocol.HTTPS, proxyProtocol: ProxyProtocol.V2, tlsSecret: TLS }] }), /'ports\[0\]\.proxyProtocol': received "v2"\. PROXY protocol works with Protocol\.TCP only/],
    ["PROXY protocol inherited by an HTTP port", () => ({ ...terminate, ports: [{ port: 80, protocol: Protocol.HTTP }], defaultProxyProtocol: ProxyProtocol.V1 }), /'ports\[0\]\.proxyProtocol': received "v1"\..*\(this port inherits defaultProxyProtocol\)/],
    ["a Secret on a TCP port", () => ({ ...terminate, ports: [{ port: 443, tlsSecret: TLS }] }), /'ports\[0\]\.tlsSecret': received "web-tls"\. A tcp port serves no certificate and the CCM ignores its Secret/],
    ["an unknown port key (the CCM drops it)", () => ({ ...terminate, ports: [{ port: 443, protocol: Protocol.HTTPS, tlsSecretName: "web-tls", tlsSecret: TLS }] }), /'ports\[0\]\.tlsSecretName': received "web-tls"\. 'tlsSecretName' is not an option here \(it would be dropped silently\): use 'port', 'protocol', 'proxyProtocol', 'tlsSecret'/],
    ["an unknown Secret key", () => https({ ...TLS, type: "kubernetes.io/tls" }), /'ports\[0\]\.tlsSecret\.type': received "kubernetes\.io\/tls"\. 'type' is not an option here/],
    ["an unknown Service option", () => ({ ...terminate, loadBalancerSourceRanges: ["0.0.0.0/0"] }), /'loadBalancerSourceRanges': received \["0\.0\.0\.0\/0"\]\. 'loadBalancerSourceRanges' is not an option here/],
    ["an unknown health-check key", () => ({ ...terminate, healthCheck: { interval: 5 } }), /'healthCheck\.interval': received 5\. 'interval' is not an option here/],
    ["no port", () => ({ ...terminate, ports: [] }), /'ports': received \[\]\. List every port of the Service/],
    ["a port twice", () => ({ ...terminate, ports: [{ port: 80 }, { port: 80 }], certificateFingerprint: undefined }), /'ports': received 80\. List each port of the Service once/],
    ["port 0", () => ({ ...terminate, ports: [{ port: 0 }] }), /'ports\[0\]\.port': received 0\. Use a whole number from 1 to 65535/],
    ["a port reference", () => ({ ...terminate, ports: [{ port: new TerraformVariable(newStack(), "p", {}).numberValue }] }), /'ports\[0\]\.port': received .*Use a literal port: it is part of the annotation's key/],
    ["an upper-case NodeBalancer type", () => ({ ...terminate, nodeBalancerType: "PREMIUM" }), /'nodeBalancerType': received "PREMIUM"\. Use one of the NodeBalancerType values: "common", "premium", "premium_40gb"/],
    ["UDP", () => ({ ...terminate, ports: [{ port: 53, protocol: "udp" }] }), /'ports\[0\]\.protocol': received "udp"\. Use one of the Protocol values/],
    ["no firewall choice", () => ({ ...terminate, firewall: undefined }), /'firewall': received nothing\. Choose ServiceFirewall\.allowList/],
    ["HTTPS without fingerprint", () => ({ ...terminate, certificateFingerprint: undefined }), /'certificateFingerprint': received nothing\. The CCM never watches TLS Secrets/],
    ["a fingerprint that is not a SHA-256", () => ({ ...terminate, certificateFingerprint: "AB:CD" }), /'certificateFingerprint': received "AB:CD"\. Use a lower-case hex SHA-256/],
    ["a reserved address with a prefix", () => ({ ...terminate, reservedIpv4: "203.0.113.10/32" }), /'reservedIpv4': received "203\.0\.113\.10\/32"\. Use a reserved IPv4 address/],
    ["throttle 21", () => ({ ...terminate, clientConnThrottle: 21 }), /'clientConnThrottle': received 21\. Use a whole number from 0 to 20/],
    ["a namespace that is not a DNS label", () => ({ ...terminate, namespace: "Web_NS" }), /'namespace': received "Web_NS"\. Use a Kubernetes namespace/],
    ["a Secret name that is not a Kubernetes name", () => https({ ...TLS, name: "Web_TLS" }), /'ports\[0\]\.tlsSecret\.name': received "Web_TLS"\. Use a Kubernetes object name/],
    ["an HTTP check with a TCP port", () => ({ ...terminate, ports: [...terminate.ports, { port: 8443 }], healthCheck: { type: HealthCheckType.HTTP } }), /'healthCheck\.type': received "http"\. The CCM applies one check to every port/],
    ["http_body without a body", () => ({ ...terminate, healthCheck: { type: HealthCheckType.HTTP_BODY } }), /'healthCheck\.body': received nothing\. HealthCheckType\.HTTP_BODY needs a 'body' pattern/],
    ["a body without http_body", () => ({ ...terminate, healthCheck: { type: HealthCheckType.HTTP, body: "ok" } }), /'healthCheck\.body': received "ok"\. A body pattern needs HealthCheckType\.HTTP_BODY/],
    ["a path on a connection check", () => ({ ...terminate, healthCheck: { path: "/healthz" } }), /'healthCheck\.path': received "\/healthz"\. A check path starts with '\/' and needs an HTTP check type/],
    ["a timeout as long as the interval", () => ({ ...terminate, healthCheck: { intervalSeconds: 5, timeoutSeconds: 5 } }), /'healthCheck\.timeoutSeconds': received 5\. The timeout must be shorter than the interval \(5 s\)/],
  ];

  test.each(rows)("%s", (_, props, message) => {
    const run = () => ccmAnnotations(service(), props() as NodeBalancerServiceAnnotationsProps);
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(new RegExp(`^test/Svc: invalid ${message.source}`));
  });

  test("the same Service passes once fixed", () => {
    expect(() => ccmAnnotations(service(), terminate)).not.toThrow();
  });

  test("references are not judged as literals", () => {
    const stack = newStack();
    const text = (name: string) => new TerraformVariable(stack, name, { type: "string" }).stringValue;
    const number = (name: string) => new TerraformVariable(stack, name, { type: "number" }).numberValue;
    const props: NodeBalancerServiceAnnotationsProps = {
      ...terminate,
      namespace: text("ns"),
      ports: [{ port: 443, protocol: Protocol.HTTPS, tlsSecret: { name: text("secret"), namespace: text("secretNs"), keyAlgorithm: KeyAlgorithm.RSA } }],
      certificateFingerprint: text("sha"),
      reservedIpv4: text("ip"),
      clientConnThrottle: number("throttle"),
      healthCheck: { type: HealthCheckType.HTTP, path: text("path"), intervalSeconds: number("interval"), timeoutSeconds: number("timeout"), attempts: number("attempts") },
    };
    expect(() => ccmAnnotations(new Construct(stack, "Svc"), props)).not.toThrow();
  });
});

