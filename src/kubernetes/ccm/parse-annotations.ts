import { CCM_PORT_ANNOTATION_PREFIX, CcmAnnotation, CERTIFICATE_SHA256_ANNOTATION, ccmPortAnnotation } from "./annotation-keys";
import { ACL_CONFIG, type GoValue, goUnmarshal, PORT_CONFIG_ANNOTATION } from "./go-json";
import { CCM_MAX_FIREWALL_RULES, ccmFirewallRuleCount } from "./service-firewall";

/** A port of the Service as the CCM sees it (`spec.ports[]`). */
export interface CcmServicePort {
  /** The Service's port. */
  readonly port: number;
  /**
   * The Service port's protocol: the CCM's protocol when no annotation sets one.
   * @default "TCP"
   */
  readonly protocol?: "TCP" | "UDP";
}

/** What the CCM knows besides the annotations. */
export interface CcmParseOptions {
  /**
   * The Service's ports.
   * @default - the ports that `port-<N>` annotations name, TCP
   */
  readonly servicePorts?: readonly CcmServicePort[];
  /**
   * The CCM's `--default-nodebalancer-type` flag.
   * @default "common"
   */
  readonly defaultNodeBalancerType?: string;
}

/** The NodeBalancer config the CCM builds for one Service port (`buildNodeBalancerConfig`), in linodego's field names. */
export interface CcmNodeBalancerConfig {
  readonly port: number;
  readonly protocol: "tcp" | "udp" | "http" | "https";
  readonly proxyProtocol: "none" | "v1" | "v2";
  readonly algorithm: string;
  /** Not set for TCP. */
  readonly stickiness?: string;
  /** Set for UDP only. */
  readonly udpCheckPort?: number;
  /** The TLS Secret read from the Service's namespace (HTTPS). */
  readonly tlsSecretName?: string;
  readonly check: "none" | "connection" | "http" | "http_body";
  readonly checkPath?: string;
  readonly checkBody?: string;
  readonly checkInterval: number;
  readonly checkTimeout: number;
  readonly checkAttempts: number;
  readonly checkPassive: boolean;
}

/** What the CCM does with the NodeBalancer's firewall (`UpdateNodeBalancerFirewall`). */
export type CcmFirewall =
  | { readonly kind: "id"; readonly firewallId: number }
  | { readonly kind: "acl"; readonly inboundPolicy: "ACCEPT" | "DROP"; readonly ipv4?: string[]; readonly ipv6?: string[]; readonly rules: number }
  /** Neither annotation: any attached firewall is detached (and deleted when nothing else uses it). */
  | { readonly kind: "detach" };

/** The Service's NodeBalancer as the CCM reads it from the annotations. */
export interface CcmServiceSettings {
  readonly configs: CcmNodeBalancerConfig[];
  readonly firewall: CcmFirewall;
  readonly nodeBalancerType: string;
  readonly clientConnThrottle: number;
  readonly preserve: boolean;
  readonly reservedIpv4?: string;
  /** Not set: the CCM's LINODE_HOSTNAME_ONLY_INGRESS environment variable decides. */
  readonly hostnameOnlyIngress?: boolean;
  /** The package's own annotation (the CCM ignores it; its change makes the CCM reconcile). */
  readonly certificateSha256?: string;
  /** What the CCM would log as a warning and then ignore. */
  readonly warnings: string[];
}

/** The settings, or the error text with which the CCM v0.9.8 fails to sync the Service. */
export type CcmParseResult = { readonly ok: true; readonly settings: CcmServiceSettings } | { readonly ok: false; readonly error: string };

const PROXY_PROTOCOL_DEPRECATED = "service.beta.kubernetes.io/linode-loadbalancer-proxy-protocol";
const DEFAULT_ALGORITHM = "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm";
const DEFAULT_STICKINESS = "service.beta.kubernetes.io/linode-loadbalancer-default-stickiness";
const UDP_CHECK_PORT = "service.beta.kubernetes.io/linode-loadbalancer-udp-check-port";
const NB_TYPES = ["common", "premium", "premium_40gb"];
const STICKINESS: Record<string, string[]> = { http: ["none", "http_cookie", "table"], https: ["none", "http_cookie", "table"], udp: ["none", "session", "source_ip"] };

/** Thrown inside the parser with the CCM's error text; returned as `{ ok: false, error }`. */
class CcmError extends Error {}

/**
 * Reads a Service's annotations as the Linode CCM v0.9.8 does when it creates the NodeBalancer
 * (`getPortConfig`, `buildNodeBalancerConfig`, `createNodeBalancer`, `CreateFirewallOptsForSvc`),
 * in the same order, giving the CCM's own error texts. Backend, VPC, IPv6 and tag annotations are
 * not read; TLS Secrets are named, not fetched.
 */
export function parseCcmAnnotations(annotations: Readonly<Record<string, string>>, options: CcmParseOptions = {}): CcmParseResult {
  try {
    const ports = options.servicePorts ?? annotatedPorts(annotations);
    const configs = ports.map((port) => nodeBalancerConfig(annotations, port));
    const warnings: string[] = [];
    const settings: CcmServiceSettings = {
      configs,
      clientConnThrottle: throttle(annotations[CcmAnnotation.THROTTLE]),
      nodeBalancerType: nodeBalancerType(annotations[CcmAnnotation.NODEBALANCER_TYPE], options.defaultNodeBalancerType ?? "common", warnings),
      reservedIpv4: annotations[CcmAnnotation.RESERVED_IPV4],
      firewall: firewall(annotations),
      preserve: bool(annotations[CcmAnnotation.PRESERVE]) ?? false,
      hostnameOnlyIngress: bool(annotations[CcmAnnotation.HOSTNAME_ONLY_INGRESS]),
      certificateSha256: annotations[CERTIFICATE_SHA256_ANNOTATION],
      warnings,
    };
    return { ok: true, settings };
  } catch (error) {
    if (error instanceof CcmError) return { ok: false, error: error.message };
    throw error;
  }
}

function annotatedPorts(annotations: Readonly<Record<string, string>>): CcmServicePort[] {
  const prefix = CCM_PORT_ANNOTATION_PREFIX;
  return Object.keys(annotations)
    .filter((key) => key.startsWith(prefix) && /^[1-9][0-9]*$/.test(key.slice(prefix.length)))
    .map((key) => ({ port: Number(key.slice(prefix.length)) }));
}

/** `getPortConfig` then `buildNodeBalancerConfig`'s health check and TLS steps. */
function nodeBalancerConfig(annotations: Readonly<Record<string, string>>, servicePort: CcmServicePort): CcmNodeBalancerConfig {
  const { port } = servicePort;
  const raw = annotations[ccmPortAnnotation(port)];
  const decoded = raw === undefined ? { value: {} as GoValue } : goUnmarshal(raw, PORT_CONFIG_ANNOTATION);
  if ("error" in decoded) throw new CcmError(decoded.error);
  const json = decoded.value as Readonly<Record<string, string | undefined>>;

  const protocol = (json.protocol || (annotations[CcmAnnotation.DEFAULT_PROTOCOL] ?? servicePort.protocol ?? "TCP")).toLowerCase();
  fail(!["tcp", "udp", "http", "https"].includes(protocol), `invalid protocol: ${quote(protocol)} specified`);
  const udp = protocol === "udp";

  const proxyProtocol = (json["proxy-protocol"] || (annotations[CcmAnnotation.DEFAULT_PROXY_PROTOCOL] ?? annotations[PROXY_PROTOCOL_DEPRECATED] ?? "none")).toLowerCase();
  fail(!["none", "v1", "v2"].includes(proxyProtocol), `invalid NodeBalancer proxy protocol value '${proxyProtocol}'`);
  fail(udp && proxyProtocol !== "none", `proxy protocol [${proxyProtocol}] is not supported for UDP`);

  const algorithm = (json.algorithm || (annotations[DEFAULT_ALGORITHM] ?? "roundrobin")).toLowerCase();
  const algorithms = udp ? ["roundrobin", "ring_hash", "leastconn"] : ["roundrobin", "leastconn", "source"];
  fail(!algorithms.includes(algorithm), `invalid algorithm: ${quote(algorithm)} specified for ${udp ? "UDP" : "TCP/HTTP/HTTPS"} protocol`);

  const tlsSecretName = json["tls-secret-name"] || undefined;
  fail(udp && tlsSecretName !== undefined, "specifying TLS secret name is not supported for UDP");

  let udpCheckPort: number | undefined;
  if (udp) {
    const text = json["udp-check-port"] || annotations[UDP_CHECK_PORT];
    udpCheckPort = text === undefined ? 80 : atoi(text);
    fail(udpCheckPort < 1 || udpCheckPort > 65535, `UDPCheckPort must be between 1 and 65535, got ${udpCheckPort}`);
  }

  const stickiness = (json.stickiness || (annotations[DEFAULT_STICKINESS] ?? (udp ? "session" : "table"))).toLowerCase();
  fail(protocol !== "tcp" && !STICKINESS[protocol].includes(stickiness), `invalid stickiness: ${quote(stickiness)} specified for ${protocol.toUpperCase()} protocol`);

  const check = annotations[CcmAnnotation.CHECK_TYPE] ?? (servicePort.protocol === "UDP" ? "none" : "connection");
  fail(!["none", "http", "http_body", "connection"].includes(check), `invalid health check type: ${quote(check)} specified in annotation: ${quote(CcmAnnotation.CHECK_TYPE)}`);
  const httpCheck = check === "http" || check === "http_body";
  const checkBody = check === "http_body" ? annotations[CcmAnnotation.CHECK_BODY] : undefined;
  fail(check === "http_body" && !checkBody, `for health check type http_body need body regex annotation ${CcmAnnotation.CHECK_BODY}`);
  const number = (key: string, fallback: number) => (annotations[key] === undefined ? fallback : atoi(annotations[key]));
  const checkInterval = number(CcmAnnotation.CHECK_INTERVAL, 5);
  const checkTimeout = number(CcmAnnotation.CHECK_TIMEOUT, 3);
  const checkAttempts = number(CcmAnnotation.CHECK_ATTEMPTS, 2);
  const passive = annotations[CcmAnnotation.CHECK_PASSIVE];
  const checkPassive = udp ? false : passive === undefined ? true : parseBool(passive);
  fail(protocol === "https" && tlsSecretName === undefined, `TLS secret name for port ${port} is not specified`);

  return {
    port,
    protocol: protocol as CcmNodeBalancerConfig["protocol"],
    proxyProtocol: proxyProtocol as CcmNodeBalancerConfig["proxyProtocol"],
    algorithm,
    ...(protocol !== "tcp" && { stickiness }),
    ...(udpCheckPort !== undefined && { udpCheckPort }),
    ...(tlsSecretName !== undefined && { tlsSecretName }),
    check: check as CcmNodeBalancerConfig["check"],
    ...(httpCheck && { checkPath: annotations[CcmAnnotation.CHECK_PATH] || "/" }),
    ...(checkBody !== undefined && { checkBody }),
    checkInterval,
    checkTimeout,
    checkAttempts,
    checkPassive,
  };
}

/** `getConnectionThrottle`: a bad number is 0, others are clamped to 0–20. */
function throttle(text: string | undefined): number {
  if (!text || !/^[+-]?[0-9]+$/.test(text)) return 0;
  return Math.min(20, Math.max(0, Number(text)));
}

/** `GetLinodeNBType`: lower-cased; an unknown type is logged and the default used. */
function nodeBalancerType(text: string | undefined, fallback: string, warnings: string[]): string {
  if (text === undefined) return fallback;
  const type = text.toLowerCase();
  if (NB_TYPES.includes(type)) return type;
  warnings.push(`Invalid NodeBalancer type '${type}' specified in annotation. Valid types are: ${NB_TYPES.join(", ")}. Defaulting to ${fallback}.`);
  return fallback;
}

/** `createNodeBalancer` / `UpdateNodeBalancerFirewall`: the id wins over the ACL. */
function firewall(annotations: Readonly<Record<string, string>>): CcmFirewall {
  const id = annotations[CcmAnnotation.FIREWALL_ID];
  if (id !== undefined) return { kind: "id", firewallId: atoi(id) };
  const acl = annotations[CcmAnnotation.FIREWALL_ACL];
  if (acl === undefined) return { kind: "detach" };
  const decoded = goUnmarshal(acl, ACL_CONFIG);
  if ("error" in decoded) throw new CcmError(decoded.error);
  const { allowList, denyList } = decoded.value as { allowList?: Record<string, string[]>; denyList?: Record<string, string[]> };
  fail((allowList === undefined) === (denyList === undefined), "specify either an allowList or a denyList for a firewall");
  const { ipv4, ipv6 } = (allowList ?? denyList)!;
  const rules = ccmFirewallRuleCount(ipv4?.length ?? 0, ipv6?.length ?? 0);
  fail(rules > CCM_MAX_FIREWALL_RULES, "too many IPs in this ACL, will exceed rules per firewall limit");
  return { kind: "acl", inboundPolicy: allowList ? "DROP" : "ACCEPT", ...(ipv4 && { ipv4 }), ...(ipv6 && { ipv6 }), rules };
}

/** `getServiceBoolAnnotation`: absent is undefined, anything `strconv.ParseBool` refuses is false. */
function bool(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  return BOOLS[text] ?? false;
}

const BOOLS: Record<string, boolean> = { 1: true, t: true, T: true, TRUE: true, true: true, True: true, 0: false, f: false, F: false, FALSE: false, false: false, False: false };

function parseBool(text: string): boolean {
  fail(BOOLS[text] === undefined, `strconv.ParseBool: parsing ${quote(text)}: invalid syntax`);
  return BOOLS[text];
}

function atoi(text: string): number {
  fail(!/^[+-]?[0-9]+$/.test(text), `strconv.Atoi: parsing ${quote(text)}: invalid syntax`);
  const value = BigInt(text);
  fail(value > 2n ** 63n - 1n || value < -(2n ** 63n), `strconv.Atoi: parsing ${quote(text)}: value out of range`);
  return Number(value);
}

/** Go's `%q` for the plain strings at hand. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function fail(failed: boolean, message: string): void {
  if (failed) throw new CcmError(message);
}
