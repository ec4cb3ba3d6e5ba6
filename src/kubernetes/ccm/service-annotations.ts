import { Token } from "cdktf";
import type { IConstruct } from "constructs";
import { KeyAlgorithm } from "../../certificates/key-algorithm";
import { HealthCheckType, Protocol, ProxyProtocol } from "../../nodebalancer/enums";
import type { HealthCheck } from "../../nodebalancer/health-check";
import { parseIpv4 } from "../../private/cidr";
import { check, checkInteger, checkNotEmpty, checkOneOf, checkPort, checkUnique, isToken, warn } from "../../private/validation";
import { CcmAnnotation, CERTIFICATE_SHA256_ANNOTATION, ccmPortAnnotation } from "./annotation-keys";
import { NodeBalancerType } from "./enums";
import { checkKnownKeys, type KeySet } from "./known-keys";
import { renderJson } from "./render-json";
import { ServiceFirewall } from "./service-firewall";

/** A `kubernetes.io/tls` Secret (`tls.crt` with the full chain, `tls.key`) that an HTTPS port serves. */
export interface TlsSecretReference {
  /** The Secret's name. */
  readonly name: string;
  /**
   * The Secret's namespace: the CCM reads TLS Secrets from the Service's namespace only.
   * @default - the Service's namespace
   */
  readonly namespace?: string;
  /** The algorithm of the certificate's key: NodeBalancers serve RSA certificates only. */
  readonly keyAlgorithm: KeyAlgorithm;
}

/** What the NodeBalancer does on one port of the Service (one NodeBalancer config). */
export interface ServicePortConfig {
  /** The Service's port (`spec.ports[].port`), 1–65535: the NodeBalancer listens on it. */
  readonly port: number;
  /**
   * The protocol of the NodeBalancer config.
   * @default - the Service's `defaultProtocol`
   */
  readonly protocol?: Protocol;
  /**
   * PROXY protocol header sent to the pods (TCP ports only).
   * @default - the Service's `defaultProxyProtocol`
   */
  readonly proxyProtocol?: ProxyProtocol;
  /**
   * The certificate the NodeBalancer serves; HTTPS ports only, and required for them.
   * @default - none
   */
  readonly tlsSecret?: TlsSecretReference;
}

/** The CCM annotations of a Kubernetes `Service` of type `LoadBalancer` on LKE. */
export interface NodeBalancerServiceAnnotationsProps {
  /**
   * The Service's namespace.
   * @default "default"
   */
  readonly namespace?: string;
  /** Every port of the Service: the CCM makes one NodeBalancer config per Service port. */
  readonly ports: ServicePortConfig[];
  /** The firewall in front of the NodeBalancer; `ServiceFirewall.none()` detaches any firewall. */
  readonly firewall: ServiceFirewall;
  /**
   * Protocol of ports that do not set one (annotation `default-protocol`); without it the CCM
   * takes the Service port's protocol, TCP.
   * @default Protocol.TCP
   */
  readonly defaultProtocol?: Protocol;
  /**
   * PROXY protocol of ports that do not set one (annotation `default-proxy-protocol`).
   * @default ProxyProtocol.NONE
   */
  readonly defaultProxyProtocol?: ProxyProtocol;
  /**
   * The SHA-256 (hex) of the certificates the HTTPS ports serve, e.g. `Fn.sha256(cert.certificatePem)`;
   * required with an HTTPS port. The CCM never watches TLS Secrets: this annotation changes with the
   * certificate, and the change makes the CCM reconcile the Service and push the renewed certificate.
   * @default - none (no HTTPS port)
   */
  readonly certificateFingerprint?: string;
  /**
   * The NodeBalancer's plan (annotation `nodebalancer-type`); read when the NodeBalancer is created.
   * @default - the CCM's `--default-nodebalancer-type`, NodeBalancerType.COMMON unless changed
   */
  readonly nodeBalancerType?: NodeBalancerType;
  /**
   * Keep the NodeBalancer when the Service is deleted (annotation `preserve`).
   * @default false
   */
  readonly preserve?: boolean;
  /**
   * A reserved IPv4 address for the NodeBalancer (annotation `reserved-ipv4`); used at creation only,
   * a later change gives just a warning event.
   * @default - Linode assigns an address
   */
  readonly reservedIpv4?: string;
  /**
   * Publish only the NodeBalancer's hostname in the Service's status (annotation `hostname-only-ingress`).
   * @default - the CCM's LINODE_HOSTNAME_ONLY_INGRESS environment variable, false unless set
   */
  readonly hostnameOnlyIngress?: boolean;
  /**
   * New connections per second allowed from one client IP, 0 to disable (annotation `throttle`, 0–20).
   * @default 0
   */
  readonly clientConnThrottle?: number;
  /**
   * The health check of every port's backends (annotations `check-*`).
   * @default - a connection check every 5 s, 3 s timeout, 2 attempts, passive checks on
   */
  readonly healthCheck?: HealthCheck;
}

const PROPS: KeySet<NodeBalancerServiceAnnotationsProps> = {
  namespace: true, ports: true, firewall: true, defaultProtocol: true, defaultProxyProtocol: true, certificateFingerprint: true,
  nodeBalancerType: true, preserve: true, reservedIpv4: true, hostnameOnlyIngress: true, clientConnThrottle: true, healthCheck: true,
};
const PORT: KeySet<ServicePortConfig> = { port: true, protocol: true, proxyProtocol: true, tlsSecret: true };
const TLS_SECRET: KeySet<TlsSecretReference> = { name: true, namespace: true, keyAlgorithm: true };
const HEALTH_CHECK: KeySet<HealthCheck> = { type: true, path: true, body: true, intervalSeconds: true, timeoutSeconds: true, attempts: true, passive: true };

/**
 * Validates a LoadBalancer Service's NodeBalancer settings and renders them as the annotations the
 * Linode CCM v0.9.8 reads, keys sorted, each JSON value with sorted keys and no key the CCM does not
 * know. Only what is set is rendered: the CCM's defaults are the props' defaults.
 * @throws ValidationError naming the construct path, the prop, the value and the fix.
 */
export function ccmAnnotations(scope: IConstruct, props: NodeBalancerServiceAnnotationsProps): Record<string, string> {
  checkKnownKeys(scope, "", props, PROPS);
  const namespace = props.namespace ?? "default";
  checkName(scope, "namespace", namespace, "label");
  checkEnum(scope, "defaultProtocol", props.defaultProtocol, Protocol, "Protocol");
  checkEnum(scope, "defaultProxyProtocol", props.defaultProxyProtocol, ProxyProtocol, "ProxyProtocol");
  checkNotEmpty(scope, "ports", props.ports, "List every port of the Service: the CCM makes one NodeBalancer config per port.");
  checkUnique(scope, "ports", props.ports.map((p) => p.port), "List each port of the Service once.");
  check(props.firewall instanceof ServiceFirewall, scope, "firewall", props.firewall, "Choose ServiceFirewall.allowList(...), .denyList(...), .id(...) or .none().");

  const annotations: Record<string, string> = { ...props.firewall.annotations };
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) annotations[key] = typeof value === "number" && isToken(value) ? Token.asString(value) : String(value);
  };
  const protocols = props.ports.map((config, i) => {
    const [protocol, json] = portConfig(scope, `ports[${i}]`, config, props, namespace);
    if (Object.values(json).some((value) => value !== undefined)) set(ccmPortAnnotation(config.port), renderJson(json));
    return protocol;
  });
  set(CcmAnnotation.DEFAULT_PROTOCOL, props.defaultProtocol);
  set(CcmAnnotation.DEFAULT_PROXY_PROTOCOL, props.defaultProxyProtocol);

  const fingerprint = props.certificateFingerprint;
  if (protocols.includes(Protocol.HTTPS)) {
    check(fingerprint !== undefined, scope, "certificateFingerprint", fingerprint, "The CCM never watches TLS Secrets: give the SHA-256 of the served certificate, e.g. Fn.sha256(certificatePem), so that a renewal changes the Service and the CCM pushes it to the NodeBalancer.");
  } else if (fingerprint !== undefined) {
    warn(scope, "certificateFingerprint", fingerprint, "No port is HTTPS, so the NodeBalancer serves no certificate: pods that terminate TLS do not reload on a Service change.");
  }
  check(fingerprint === undefined || isToken(fingerprint) || /^[0-9a-f]{64}$/.test(fingerprint), scope, "certificateFingerprint", fingerprint, "Use a lower-case hex SHA-256 (64 characters), e.g. Fn.sha256(certificatePem).");
  set(CERTIFICATE_SHA256_ANNOTATION, fingerprint);

  if (props.firewall.detachesFirewalls) {
    warn(scope, "firewall", "ServiceFirewall.none()", "Without a firewall annotation the CCM detaches any firewall from the NodeBalancer, one attached by Terraform too: every source reaches the Service's ports. Use ServiceFirewall.allowList(...) or .id(...) unless that is meant.");
  }
  checkEnum(scope, "nodeBalancerType", props.nodeBalancerType, NodeBalancerType, "NodeBalancerType");
  set(CcmAnnotation.NODEBALANCER_TYPE, props.nodeBalancerType);
  set(CcmAnnotation.PRESERVE, props.preserve);
  const ip = props.reservedIpv4;
  check(ip === undefined || isToken(ip) || parseIpv4(ip) !== undefined, scope, "reservedIpv4", ip, "Use a reserved IPv4 address of the account such as '203.0.113.10' (no prefix length).");
  set(CcmAnnotation.RESERVED_IPV4, ip);
  set(CcmAnnotation.HOSTNAME_ONLY_INGRESS, props.hostnameOnlyIngress);
  checkInteger(scope, "clientConnThrottle", props.clientConnThrottle, 0, 20);
  set(CcmAnnotation.THROTTLE, props.clientConnThrottle);
  if (props.healthCheck !== undefined) Object.entries(healthCheck(scope, props.healthCheck, protocols)).forEach(([key, value]) => set(key, value));

  return Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Validates one port; returns its effective protocol and the JSON members of its annotation. */
function portConfig(scope: IConstruct, prop: string, config: ServicePortConfig, props: NodeBalancerServiceAnnotationsProps, namespace: string): [Protocol, Record<string, string | undefined>] {
  checkKnownKeys(scope, prop, config, PORT);
  check(!isToken(config.port), scope, `${prop}.port`, config.port, "Use a literal port: it is part of the annotation's key.");
  checkPort(scope, `${prop}.port`, config.port);
  checkEnum(scope, `${prop}.protocol`, config.protocol, Protocol, "Protocol");
  checkEnum(scope, `${prop}.proxyProtocol`, config.proxyProtocol, ProxyProtocol, "ProxyProtocol");
  const protocol = config.protocol ?? props.defaultProtocol ?? Protocol.TCP;
  const proxyProtocol = config.proxyProtocol ?? props.defaultProxyProtocol ?? ProxyProtocol.NONE;
  const inherited = config.proxyProtocol === undefined ? " (this port inherits defaultProxyProtocol)" : "";
  check(protocol === Protocol.TCP || proxyProtocol === ProxyProtocol.NONE, scope, `${prop}.proxyProtocol`, proxyProtocol, `PROXY protocol works with Protocol.TCP only; the NodeBalancer refuses it on ${protocol} ports, which send X-Forwarded-For instead: set ProxyProtocol.NONE on this port${inherited}.`);
  const secret = config.tlsSecret;
  if (protocol === Protocol.HTTPS) {
    check(secret !== undefined, scope, `${prop}.tlsSecret`, secret, "An HTTPS port needs the TLS Secret the NodeBalancer serves (the CCM fails with 'TLS secret name for port N is not specified').");
    checkKnownKeys(scope, `${prop}.tlsSecret`, secret!, TLS_SECRET);
    checkName(scope, `${prop}.tlsSecret.name`, secret!.name, "subdomain");
    const secretNamespace = secret!.namespace ?? namespace;
    checkName(scope, `${prop}.tlsSecret.namespace`, secretNamespace, "label");
    const comparable = !isToken(secretNamespace) && !isToken(namespace);
    check(!comparable || secretNamespace === namespace, scope, `${prop}.tlsSecret.namespace`, secretNamespace, `The CCM reads TLS Secrets from the Service's namespace ('${namespace}') only: create the Secret there.`);
    checkEnum(scope, `${prop}.tlsSecret.keyAlgorithm`, secret!.keyAlgorithm, KeyAlgorithm, "KeyAlgorithm");
    check(secret!.keyAlgorithm === KeyAlgorithm.RSA, scope, `${prop}.tlsSecret.keyAlgorithm`, secret!.keyAlgorithm, "NodeBalancers serve RSA certificates only: issue the certificate with an RSA key.");
  } else {
    check(secret === undefined, scope, `${prop}.tlsSecret`, secret?.name, `A ${protocol} port serves no certificate and the CCM ignores its Secret: use Protocol.HTTPS, or leave the Secret out (with TLS passthrough the pods serve it).`);
  }
  return [protocol, { protocol: config.protocol, "proxy-protocol": config.proxyProtocol, "tls-secret-name": secret?.name }];
}

/** Validates the Service-wide health check; returns its annotations. */
function healthCheck(scope: IConstruct, hc: HealthCheck, protocols: Protocol[]): Record<string, string | number | boolean | undefined> {
  checkKnownKeys(scope, "healthCheck", hc, HEALTH_CHECK);
  checkEnum(scope, "healthCheck.type", hc.type, HealthCheckType, "HealthCheckType");
  const type = hc.type ?? HealthCheckType.CONNECTION;
  const httpCheck = type === HealthCheckType.HTTP || type === HealthCheckType.HTTP_BODY;
  check(!(httpCheck && protocols.includes(Protocol.TCP)), scope, "healthCheck.type", type, "The CCM applies one check to every port, and an HTTP check cannot talk to a TCP (TLS passthrough) port: use HealthCheckType.CONNECTION, or put the TCP port in a Service of its own.");
  check(hc.body === undefined || type === HealthCheckType.HTTP_BODY, scope, "healthCheck.body", hc.body, "A body pattern needs HealthCheckType.HTTP_BODY (the CCM ignores it otherwise).");
  check(type !== HealthCheckType.HTTP_BODY || hc.body !== undefined, scope, "healthCheck.body", hc.body, "HealthCheckType.HTTP_BODY needs a 'body' pattern.");
  check(hc.path === undefined || isToken(hc.path) || (httpCheck && hc.path.startsWith("/")), scope, "healthCheck.path", hc.path, "A check path starts with '/' and needs an HTTP check type (the CCM ignores it otherwise).");
  const interval = hc.intervalSeconds ?? 5;
  const timeout = hc.timeoutSeconds ?? 3;
  checkInteger(scope, "healthCheck.intervalSeconds", interval, 2, 3600);
  checkInteger(scope, "healthCheck.timeoutSeconds", timeout, 1, 30);
  checkInteger(scope, "healthCheck.attempts", hc.attempts, 1, 30);
  check(isToken(interval) || isToken(timeout) || timeout < interval, scope, "healthCheck.timeoutSeconds", timeout, `The timeout must be shorter than the interval (${interval} s).`);
  return {
    [CcmAnnotation.CHECK_TYPE]: hc.type,
    [CcmAnnotation.CHECK_PATH]: hc.path,
    [CcmAnnotation.CHECK_BODY]: hc.body,
    [CcmAnnotation.CHECK_INTERVAL]: hc.intervalSeconds,
    [CcmAnnotation.CHECK_TIMEOUT]: hc.timeoutSeconds,
    [CcmAnnotation.CHECK_ATTEMPTS]: hc.attempts,
    [CcmAnnotation.CHECK_PASSIVE]: hc.passive,
  };
}

/** A value of a string enum that the annotations are built from at synth: a literal, not a token. */
function checkEnum(scope: IConstruct, prop: string, value: unknown, values: Record<string, string>, enumName: string): void {
  check(!isToken(value), scope, prop, value, `Use a ${enumName} value: the CCM's annotations are decided at synth.`);
  checkOneOf(scope, prop, value, values, enumName);
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A Kubernetes name: a namespace is a DNS label (≤ 63), a Secret a DNS subdomain (≤ 253); tokens pass. */
function checkName(scope: IConstruct, prop: string, name: string, kind: "label" | "subdomain"): void {
  if (isToken(name)) return;
  const ok = kind === "label" ? DNS_LABEL.test(name) && name.length <= 63 : name.length <= 253 && name.split(".").every((part) => DNS_LABEL.test(part));
  check(ok, scope, prop, name, `Use a Kubernetes ${kind === "label" ? "namespace (a DNS label: lower-case letters, digits and '-', at most 63)" : "object name (lower-case letters, digits, '-' and '.', at most 253)"} such as '${kind === "label" ? "web" : "web-tls"}'.`);
}
