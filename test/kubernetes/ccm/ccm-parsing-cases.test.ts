import { describe, expect, test } from "vitest";
import { CcmAnnotation, type CcmParseOptions, type CcmServiceSettings, ccmPortAnnotation, parseCcmAnnotations } from "../../../src/kubernetes/ccm";

/**
 * The Linode CCM's own parsing cases at tag v0.9.8 (cloud/linode/loadbalancers_test.go and the code
 * they exercise), re-written as rows: each row names the Go test (or the Go function when no test
 * pins the behaviour) and expects what the Go test expects of the CCM.
 */
const P = "service.beta.kubernetes.io/linode-loadbalancer-";
const TCP_443 = { servicePorts: [{ port: 443, protocol: "TCP" as const }] };
const UDP_2222 = { servicePorts: [{ port: 2222, protocol: "UDP" as const }] };

interface Row {
  readonly source: string;
  readonly annotations: Record<string, string>;
  readonly options?: CcmParseOptions;
  /** Part of the first NodeBalancer config, of the settings, or the error text. */
  readonly config?: Record<string, unknown>;
  readonly settings?: Partial<CcmServiceSettings>;
  readonly error?: string;
}

const getPortConfig: Row[] = (
  [
  { source: "default no proxy protocol specified", annotations: {}, options: TCP_443, config: { port: 443, protocol: "tcp", proxyProtocol: "none", algorithm: "roundrobin", stickiness: undefined } },
  { source: "default proxy protocol specified", annotations: { [`${P}default-proxy-protocol`]: "v2" }, options: TCP_443, config: { protocol: "tcp", proxyProtocol: "v2" } },
  { source: "port specific proxy protocol specified", annotations: { [`${P}default-proxy-protocol`]: "v2", [`${P}port-443`]: `{"proxy-protocol": "v1"}` }, options: TCP_443, config: { protocol: "tcp", proxyProtocol: "v1" } },
  { source: "default invalid proxy protocol", annotations: { [`${P}default-proxy-protocol`]: "invalid" }, options: TCP_443, error: "invalid NodeBalancer proxy protocol value 'invalid'" },
  { source: "default no protocol specified", annotations: {}, options: TCP_443, config: { protocol: "tcp", proxyProtocol: "none", algorithm: "roundrobin" } },
  { source: "default tcp protocol specified", annotations: { [`${P}default-protocol`]: "tcp" }, options: TCP_443, config: { protocol: "tcp", proxyProtocol: "none", algorithm: "roundrobin" } },
  { source: "different algorithm specified for tcp protocol", annotations: { [`${P}default-protocol`]: "tcp", [`${P}default-algorithm`]: "source" }, options: TCP_443, config: { protocol: "tcp", algorithm: "source" } },
  { source: "algorithm ring_hash is not allowed for tcp protocol", annotations: { [`${P}default-protocol`]: "tcp", [`${P}default-algorithm`]: "ring_hash" }, options: TCP_443, error: 'invalid algorithm: "ring_hash" specified for TCP/HTTP/HTTPS protocol' },
  { source: "default udp protocol specified", annotations: { [`${P}default-protocol`]: "udp" }, options: UDP_2222, config: { port: 2222, protocol: "udp", proxyProtocol: "none", algorithm: "roundrobin", stickiness: "session", udpCheckPort: 80 } },
  { source: "default udp protocol with different port specific udp check port specified", annotations: { [`${P}default-protocol`]: "udp", [`${P}port-2222`]: `{"udp-check-port": "8080"}` }, options: UDP_2222, config: { protocol: "udp", stickiness: "session", udpCheckPort: 8080 } },
  { source: "default udp protocol with different global udp check port specified", annotations: { [`${P}default-protocol`]: "udp", [`${P}udp-check-port`]: "8080" }, options: UDP_2222, config: { protocol: "udp", udpCheckPort: 8080 } },
  { source: "invalid proxyprotocol specified for udp protocol", annotations: { [`${P}default-protocol`]: "udp", [`${P}default-proxy-protocol`]: "v1" }, options: UDP_2222, error: "proxy protocol [v1] is not supported for UDP" },
  { source: "algorithm source is not allowed for udp protocol", annotations: { [`${P}default-protocol`]: "udp", [`${P}default-algorithm`]: "source" }, options: UDP_2222, error: 'invalid algorithm: "source" specified for UDP protocol' },
  { source: "udp_check_port should be within 1-65535", annotations: { [`${P}default-protocol`]: "udp", [`${P}port-2222`]: `{"udp-check-port": "88888"}` }, options: UDP_2222, error: "UDPCheckPort must be between 1 and 65535, got 88888" },
  { source: "tls secret is not allowed for udp protocol", annotations: { [`${P}default-protocol`]: "udp", [`${P}port-2222`]: `{"tls-secret-name": "test"}` }, options: UDP_2222, error: "specifying TLS secret name is not supported for UDP" },
  { source: "no error on stickiness for tcp protocol, it gets ignored", annotations: { [`${P}default-protocol`]: "tcp", [`${P}port-443`]: `{"stickiness": "table"}` }, options: { servicePorts: [{ port: 443, protocol: "UDP" }] }, config: { protocol: "tcp", stickiness: undefined } },
  { source: "stickiness table is not allowed for udp protocol", annotations: { [`${P}default-protocol`]: "udp", [`${P}default-stickiness`]: "table" }, options: UDP_2222, error: 'invalid stickiness: "table" specified for UDP protocol' },
  { source: "stickiness session is not allowed for http protocol", annotations: { [`${P}default-protocol`]: "http", [`${P}default-stickiness`]: "session" }, options: TCP_443, error: 'invalid stickiness: "session" specified for HTTP protocol' },
  { source: "stickiness session is not allowed for https protocol", annotations: { [`${P}default-protocol`]: "https", [`${P}default-stickiness`]: "session" }, options: TCP_443, error: 'invalid stickiness: "session" specified for HTTPS protocol' },
  { source: "default capitalized protocol specified", annotations: { [`${P}default-protocol`]: "HTTP" }, options: TCP_443, config: { protocol: "http", stickiness: "table" } },
  { source: "default invalid protocol", annotations: { [`${P}default-protocol`]: "invalid" }, options: TCP_443, error: 'invalid protocol: "invalid" specified' },
  { source: "port config falls back to default", annotations: { [`${P}default-protocol`]: "http", [`${P}port-443`]: "{}" }, options: TCP_443, config: { protocol: "http", stickiness: "table" } },
  { source: "port config capitalized protocol", annotations: { [`${P}port-443`]: `{ "protocol": "HTTp" }` }, options: TCP_443, config: { protocol: "http", stickiness: "table" } },
  { source: "port config invalid protocol", annotations: { [`${P}port-443`]: `{ "protocol": "invalid" }` }, options: TCP_443, error: 'invalid protocol: "invalid" specified' },
  ] as Row[]
).map((row) => ({ ...row, source: `Test_getPortConfig/${row.source}` }));

const others: Row[] = [
  // Test_getPortConfigAnnotation reads port 443 of a Service whose only spec port is 80.
  { source: "Test_getPortConfigAnnotation/Test single port annotation", annotations: { [`${P}port-443`]: `{ "tls-secret-name": "prod-app-tls", "protocol": "https" }` }, options: TCP_443, config: { protocol: "https", tlsSecretName: "prod-app-tls" } },
  { source: "Test_getPortConfigAnnotation/Test multiple port annotation", annotations: { [`${P}port-443`]: `{ "tls-secret-name": "prod-app-tls", "protocol": "https" }`, [`${P}port-80`]: `{ "protocol": "http" }` }, options: TCP_443, config: { protocol: "https", tlsSecretName: "prod-app-tls" } },
  { source: "Test_getPortConfigAnnotation/Test no port annotation", annotations: {}, options: TCP_443, config: { protocol: "tcp", tlsSecretName: undefined } },
  { source: "Test_getPortConfigAnnotation/Test invalid json", annotations: { [`${P}port-443`]: `{ "tls-secret-name": "prod-app-tls" ` }, options: TCP_443, error: "unexpected end of JSON input" },
  { source: "Test_getHealthCheckType/no type specified", annotations: {}, options: TCP_443, config: { check: "connection" } },
  { source: "Test_getHealthCheckType/http specified", annotations: { [`${P}check-type`]: "http" }, options: TCP_443, config: { check: "http", checkPath: "/" } },
  { source: "Test_getHealthCheckType/invalid specified", annotations: { [`${P}check-type`]: "invalid" }, options: TCP_443, error: 'invalid health check type: "invalid" specified in annotation: "service.beta.kubernetes.io/linode-loadbalancer-check-type"' },
  // Test_getTLSCertInfo: the CCM asks for the Secret of an HTTPS port, and fails without a name.
  { source: "Test_getTLSCertInfo/Test valid Cert info", annotations: { [`${P}port-8080`]: `{"protocol": "https", "tls-secret-name": "tls-secret"}` }, config: { port: 8080, protocol: "https", tlsSecretName: "tls-secret" } },
  { source: "Test_getTLSCertInfo/Test unspecified Cert info", annotations: { [`${P}port-8080`]: `{"protocol": "https"}` }, error: "TLS secret name for port 8080 is not specified" },
  { source: "Test_getTLSCertInfo/Test blank Cert info", annotations: { [`${P}port-8080`]: `{"protocol": "https", "tls-secret-name": ""}` }, error: "TLS secret name for port 8080 is not specified" },
  { source: "Test_getConnectionThrottle/throttle not specified", annotations: {}, settings: { clientConnThrottle: 0 } },
  { source: "Test_getConnectionThrottle/throttle value is a string", annotations: { [`${P}throttle`]: "foo" }, settings: { clientConnThrottle: 0 } },
  { source: "Test_getConnectionThrottle/throttle value is less than 0", annotations: { [`${P}throttle`]: "-123" }, settings: { clientConnThrottle: 0 } },
  { source: "Test_getConnectionThrottle/throttle value is valid", annotations: { [`${P}throttle`]: "1" }, settings: { clientConnThrottle: 1 } },
  { source: "Test_getConnectionThrottle/throttle value is too high", annotations: { [`${P}throttle`]: "21" }, settings: { clientConnThrottle: 20 } },
  { source: "Test_loadbalancers_GetLinodeNBType/No annotation in service and common as default", annotations: {}, options: { defaultNodeBalancerType: "common" }, settings: { nodeBalancerType: "common" } },
  { source: "Test_loadbalancers_GetLinodeNBType/No annotation in service and premium as default", annotations: {}, options: { defaultNodeBalancerType: "premium" }, settings: { nodeBalancerType: "premium" } },
  { source: "Test_loadbalancers_GetLinodeNBType/Nodebalancer type annotation in service", annotations: { [`${P}nodebalancer-type`]: "premium" }, settings: { nodeBalancerType: "premium", warnings: [] } },
  { source: "GetLinodeNBType (code): upper case is lowered", annotations: { [`${P}nodebalancer-type`]: "PREMIUM_40GB" }, settings: { nodeBalancerType: "premium_40gb", warnings: [] } },
  { source: "GetLinodeNBType (code): an unknown type is logged, the default used", annotations: { [`${P}nodebalancer-type`]: "Premium40GB" }, settings: { nodeBalancerType: "common", warnings: ["Invalid NodeBalancer type 'premium40gb' specified in annotation. Valid types are: common, premium, premium_40gb. Defaulting to common."] } },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithOutFirewall", annotations: {}, settings: { firewall: { kind: "detach" } } },
  { source: "TestCCMLoadBalancers/testCreateNodeBalanceWithNoAllowOrDenyList", annotations: { [`${P}firewall-acl`]: "{}" }, error: "specify either an allowList or a denyList for a firewall" },
  { source: "TestCCMLoadBalancers/testCreateNodeBalanceWithBothAllowOrDenyList", annotations: { [`${P}firewall-acl`]: `{"allowList": {"ipv4": ["2.2.2.2/32"], "ipv6": ["2001:db8::/128"]}, "denyList": {"ipv4": ["2.2.2.2/32"], "ipv6": ["2001:db8::/128"]}}` }, error: "specify either an allowList or a denyList for a firewall" },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithAllowList", annotations: { [`${P}firewall-acl`]: `{"allowList": {"ipv4": ["2.2.2.2/32"], "ipv6": ["2001:db8::/128"]}}` }, settings: { firewall: { kind: "acl", inboundPolicy: "DROP", ipv4: ["2.2.2.2/32"], ipv6: ["2001:db8::/128"], rules: 1 } } },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithDenyList", annotations: { [`${P}firewall-acl`]: `{"denyList": {"ipv4": ["2.2.2.2/32"], "ipv6": ["2001:db8::/128"]}}` }, settings: { firewall: { kind: "acl", inboundPolicy: "ACCEPT", ipv4: ["2.2.2.2/32"], ipv6: ["2001:db8::/128"], rules: 1 } } },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithFirewall", annotations: { [`${P}firewall-id`]: "123" }, settings: { firewall: { kind: "id", firewallId: 123 } } },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithInvalidFirewall", annotations: { [`${P}firewall-id`]: "qwerty" }, error: 'strconv.Atoi: parsing "qwerty": invalid syntax' },
  { source: "UpdateNodeBalancerFirewall (code): the id wins, the ACL is ignored", annotations: { [`${P}firewall-id`]: "123", [`${P}firewall-acl`]: "{}" }, settings: { firewall: { kind: "id", firewallId: 123 } } },
  { source: "processACL (code): 25 rules of 255 addresses fit", annotations: { [`${P}firewall-acl`]: acl(24 * 255, 255) }, settings: { firewall: expect.objectContaining({ rules: 25 }) } },
  { source: "processACL (code): a 26th rule fails", annotations: { [`${P}firewall-acl`]: acl(24 * 255 + 1, 1) }, error: "too many IPs in this ACL, will exceed rules per firewall limit" },
  { source: "chunkIPs (code): an empty family still takes a rule", annotations: { [`${P}firewall-acl`]: acl(25 * 255, 0) }, error: "too many IPs in this ACL, will exceed rules per firewall limit" },
  { source: "TestCCMLoadBalancers/testCreateNodeBalancerWithReservedIP", annotations: { [`${P}reserved-ipv4`]: "156.1.1.101" }, settings: { reservedIpv4: "156.1.1.101" } },
  { source: "TestCCMLoadBalancers/testUpdateLoadBalancerAddProxyProtocol/with invalid Proxy Protocol", annotations: { [`${P}default-proxy-protocol`]: "bogus" }, options: { servicePorts: [{ port: 80 }] }, error: "invalid NodeBalancer proxy protocol value 'bogus'" },
  ...["none", "v1", "v2"].map((version) => ({ source: `TestCCMLoadBalancers/testUpdateLoadBalancerAddProxyProtocol/with ${version}`, annotations: { [`${P}default-proxy-protocol`]: version }, options: { servicePorts: [{ port: 80 }] }, config: { proxyProtocol: version } })),
  { source: "TestCCMLoadBalancers/testEnsureLoadBalancerPreserveAnnotation/load balancer preserved", annotations: { [`${P}preserve`]: "true" }, settings: { preserve: true } },
  { source: "TestCCMLoadBalancers/testEnsureLoadBalancerPreserveAnnotation/load balancer not preserved (deleted)", annotations: { [`${P}preserve`]: "false" }, settings: { preserve: false } },
  { source: "TestCCMLoadBalancers/testEnsureLoadBalancerPreserveAnnotation/invalid value treated as false (deleted)", annotations: { [`${P}preserve`]: "bogus" }, settings: { preserve: false } },
  { source: "TestCCMLoadBalancers/testMakeLoadBalancerStatus (hostname-only-ingress true)", annotations: { [`${P}hostname-only-ingress`]: "true" }, settings: { hostnameOnlyIngress: true } },
];

/** An ACL of `v4` IPv4 and `v6` IPv6 /32 and /128 blocks. */
function acl(v4: number, v6: number): string {
  const ipv4 = Array.from({ length: v4 }, (_, i) => `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}/32`);
  const ipv6 = Array.from({ length: v6 }, (_, i) => `2001:db8::${i.toString(16)}/128`);
  return JSON.stringify({ allowList: { ipv4, ipv6 } });
}

describe("parseCcmAnnotations reads annotations as the CCM v0.9.8 does", () => {
  test.each([...getPortConfig, ...others].map((row) => [row.source, row] as const))("%s", (_, row) => {
    const result = parseCcmAnnotations(row.annotations, row.options);
    if (row.error !== undefined) {
      expect(result).toEqual({ ok: false, error: row.error });
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const settings = (result as { settings: CcmServiceSettings }).settings;
    for (const [key, value] of Object.entries(row.config ?? {})) {
      if (value === undefined) expect(settings.configs[0]).not.toHaveProperty(key);
      else expect(settings.configs[0]).toHaveProperty(key, value);
    }
    if (row.settings) expect(settings).toMatchObject(row.settings);
  });
});

describe("Go's encoding/json, as the CCM meets it", () => {
  const port = (json: string) => parseCcmAnnotations({ [ccmPortAnnotation(443)]: json });
  const firewall = (json: string) => parseCcmAnnotations({ [CcmAnnotation.FIREWALL_ACL]: json });

  test("unknown JSON keys are dropped silently", () => {
    const result = port(`{"protocol": "https", "tls-secret": "web-tls", "tls-secret-name": "web-tls", "cipher": "legacy"}`);
    expect(result).toMatchObject({ ok: true, settings: { configs: [{ protocol: "https", tlsSecretName: "web-tls" }] } });
    expect(firewall(`{"allowlist": {"IPv4": ["1.2.3.4/32"]}, "note": 1}`)).toMatchObject({ ok: true, settings: { firewall: { inboundPolicy: "DROP", ipv4: ["1.2.3.4/32"] } } });
  });

  test("keys match case-insensitively, an exact match first", () => {
    expect(port(`{"PROTOCOL": "http"}`)).toMatchObject({ settings: { configs: [{ protocol: "http" }] } });
    expect(firewall(`{"AllowList": {"ipv6": ["2001:db8::/32"]}}`)).toMatchObject({ settings: { firewall: { inboundPolicy: "DROP", ipv6: ["2001:db8::/32"] } } });
  });

  test("a value of the wrong JSON type is Go's type error", () => {
    expect(port(`{"udp-check-port": 8080}`)).toEqual({ ok: false, error: "json: cannot unmarshal number into Go struct field portConfigAnnotation.udp-check-port of type string" });
    expect(port(`["https"]`)).toEqual({ ok: false, error: "json: cannot unmarshal array into Go value of type linode.portConfigAnnotation" });
    expect(firewall(`{"allowList": {"ipv4": "1.2.3.4/32"}}`)).toEqual({ ok: false, error: "json: cannot unmarshal string into Go struct field NetworkAddresses.allowList.ipv4 of type []string" });
  });

  test("null leaves a field unset, so a null list is no list", () => {
    expect(port(`{"protocol": null}`)).toMatchObject({ settings: { configs: [{ protocol: "tcp" }] } });
    expect(firewall(`{"allowList": null, "denyList": {"ipv4": ["1.2.3.4/32"]}}`)).toMatchObject({ settings: { firewall: { inboundPolicy: "ACCEPT" } } });
  });

  test("a syntax error inside the text is Go's 'invalid character'", () => {
    expect(port(`{"protocol": }`)).toEqual({ ok: false, error: "invalid character '}'" });
  });
});
