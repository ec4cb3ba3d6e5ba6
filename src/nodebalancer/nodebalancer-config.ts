import { Annotations, Token } from "cdktf";
import { Construct } from "constructs";
import type { NodebalancerConfigA } from "../generated/providers/linode/nodebalancer-config";
import type { NodebalancerNode } from "../generated/providers/linode/nodebalancer-node";
import { KeyAlgorithm } from "../certificates/key-algorithm";
import type { ListenerCertificate } from "./listener-certificate";
import { defaultBackendPort, defaultHealthCheckType, defaultPort } from "./defaults";
import { check, checkInteger, checkOneOf, checkPort, isToken } from "../private/validation";
import type { Backend } from "./backend";
import { Algorithm, CipherSuite, HealthCheckType, Protocol, ProxyProtocol, Stickiness } from "./enums";
import type { HealthCheck } from "./health-check";
import type { INodeBalancer } from "./nodebalancer";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const nodebalancerConfigBinding = (): typeof import("../generated/providers/linode/nodebalancer-config") => require("../generated/providers/linode/nodebalancer-config");
const nodebalancerNodeBinding = (): typeof import("../generated/providers/linode/nodebalancer-node") => require("../generated/providers/linode/nodebalancer-node");

/** What a config (a listener on one port) does. */
export interface NodeBalancerConfigOptions {
  /**
   * The protocol on the NodeBalancer's port.
   * @default - Protocol.HTTPS with a certificate, else Protocol.HTTP
   */
  readonly protocol?: Protocol;
  /**
   * The NodeBalancer's port (1–65535, unique per NodeBalancer).
   * @default - 80 for HTTP, 443 for HTTPS; required for TCP
   */
  readonly port?: number;
  /**
   * The port the backends listen on.
   * @default - 80 for HTTP and HTTPS (TLS ends at the NodeBalancer), the config's port for TCP
   */
  readonly backendPort?: number;
  /**
   * The certificate an HTTPS config serves (RSA, full chain). Only for HTTPS.
   * @default - none
   */
  readonly certificate?: ListenerCertificate;
  /**
   * Health check of the backends.
   * @default - HTTP check of `/` for HTTP and HTTPS, a connection check for TCP
   */
  readonly healthCheck?: HealthCheck;
  /**
   * Balancing algorithm.
   * @default Algorithm.ROUND_ROBIN
   */
  readonly algorithm?: Algorithm;
  /**
   * Session stickiness.
   * @default Stickiness.NONE
   */
  readonly stickiness?: Stickiness;
  /**
   * Cipher suite of an HTTPS config.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
  /**
   * PROXY protocol header for a TCP config's backends.
   * @default ProxyProtocol.NONE
   */
  readonly proxyProtocol?: ProxyProtocol;
}

/** Props of a {@link NodeBalancerConfig}. */
export interface NodeBalancerConfigProps extends NodeBalancerConfigOptions {
  /** The NodeBalancer this config belongs to. */
  readonly nodeBalancer: INodeBalancer;
}

/** Options of one node (backend) of a config. */
export interface NodeOptions {
  /**
   * Share of traffic (1–255).
   * @default 100
   */
  readonly weight?: number;
}

/**
 * A NodeBalancer config: one port, its protocol, TLS and health check, and its nodes.
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config
 */
export class NodeBalancerConfig extends Construct {
  /** The protocol on the port. */
  public readonly protocol: Protocol;
  /** The NodeBalancer's port. */
  public readonly port: number;
  /** The port on the backends. */
  public readonly backendPort: number;
  /** The config's id. */
  public readonly configId: string;
  /** The PROXY protocol header sent to the backends (`ProxyProtocol.NONE` unless TCP). */
  public readonly proxyProtocol: ProxyProtocol;
  /** The cipher suite of an HTTPS config; undefined for HTTP and TCP. */
  public readonly cipherSuite?: CipherSuite;
  /** Whether one client's connections are spread over the backends (no stickiness, not `Algorithm.SOURCE`). */
  public readonly spreadsConnections: boolean;
  /** The underlying `linode_nodebalancer_config`. */
  public readonly resource: NodebalancerConfigA;
  private readonly nodeBalancer: INodeBalancer;
  private readonly nodes = new Map<string, NodebalancerNode>();

  constructor(scope: Construct, id: string, props: NodeBalancerConfigProps) {
    super(scope, id);
    checkOneOf(this, "protocol", props.protocol, Protocol, "Protocol");
    checkOneOf(this, "algorithm", props.algorithm, Algorithm, "Algorithm");
    checkOneOf(this, "stickiness", props.stickiness, Stickiness, "Stickiness");
    checkOneOf(this, "cipherSuite", props.cipherSuite, CipherSuite, "CipherSuite");
    checkOneOf(this, "proxyProtocol", props.proxyProtocol, ProxyProtocol, "ProxyProtocol");
    checkOneOf(this, "healthCheck.type", props.healthCheck?.type, HealthCheckType, "HealthCheckType");
    this.protocol = props.protocol ?? (props.certificate ? Protocol.HTTPS : Protocol.HTTP);
    const port = props.port ?? defaultPort(this.protocol);
    check(port !== undefined, this, "port", port, "A TCP config needs an explicit 'port'.");
    this.port = port!;
    checkPort(this, "port", this.port);
    this.backendPort = props.backendPort ?? defaultBackendPort(this.protocol, this.port);
    checkPort(this, "backendPort", this.backendPort);
    validateTls(this, this.protocol, props);
    check(
      !(this.protocol === Protocol.TCP && props.stickiness === Stickiness.HTTP_COOKIE),
      this,
      "stickiness",
      props.stickiness,
      "A TCP config cannot set or read HTTP cookies (TLS passes through unread): use Stickiness.TABLE, or Stickiness.NONE.",
    );
    const check_ = healthCheckArgs(this, this.protocol, props.healthCheck ?? {});

    this.nodeBalancer = props.nodeBalancer;
    const https = this.protocol === Protocol.HTTPS;
    this.resource = new (nodebalancerConfigBinding().NodebalancerConfigA)(this, "Resource", {
      nodebalancerId: Token.asNumber(props.nodeBalancer.nodeBalancerId),
      port: this.port,
      protocol: this.protocol,
      algorithm: props.algorithm ?? Algorithm.ROUND_ROBIN,
      stickiness: props.stickiness ?? Stickiness.NONE,
      ...check_,
      cipherSuite: https ? (props.cipherSuite ?? CipherSuite.RECOMMENDED) : undefined,
      sslCert: props.certificate?.fullChainPem,
      sslKey: props.certificate?.privateKeyPem,
      proxyProtocol: this.protocol === Protocol.TCP ? (props.proxyProtocol ?? ProxyProtocol.NONE) : undefined,
    });
    this.configId = this.resource.id;
    this.proxyProtocol = this.protocol === Protocol.TCP ? (props.proxyProtocol ?? ProxyProtocol.NONE) : ProxyProtocol.NONE;
    this.cipherSuite = https ? (props.cipherSuite ?? CipherSuite.RECOMMENDED) : undefined;
    this.spreadsConnections = (props.stickiness ?? Stickiness.NONE) === Stickiness.NONE && props.algorithm !== Algorithm.SOURCE;
    if (props.cipherSuite === CipherSuite.LEGACY) {
      Annotations.of(this).addWarning("cipherSuite LEGACY enables weak ciphers: use CipherSuite.RECOMMENDED unless old clients must connect.");
    }
  }

  /** Adds a backend as a node of this config; the node's id is the backend's label. */
  public addBackend(backend: Backend, options: NodeOptions = {}): NodebalancerNode {
    check(!this.nodes.has(backend.label), this, "backends", backend.label, "Each backend may be added once: give distinct labels.");
    checkInteger(this, "weight", options.weight, 1, 255);
    const node = new (nodebalancerNodeBinding().NodebalancerNode)(this, backend.label, {
      nodebalancerId: Token.asNumber(this.nodeBalancer.nodeBalancerId),
      configId: Token.asNumber(this.configId),
      label: backend.label,
      address: `${backend.privateIpv4}:${this.backendPort}`,
      weight: options.weight ?? 100,
    });
    this.nodes.set(backend.label, node);
    return node;
  }
}

function validateTls(scope: Construct, protocol: Protocol, props: NodeBalancerConfigOptions): void {
  if (protocol === Protocol.HTTPS) {
    check(props.certificate !== undefined, scope, "certificate", undefined, "An HTTPS config needs a certificate: ListenerCertificate.fromAcme(...), .fromOriginCa(...) or .fromPem(...).");
    const algorithm = props.certificate!.keyAlgorithm;
    check(algorithm === KeyAlgorithm.RSA, scope, "certificate", algorithm, "NodeBalancers serve RSA certificates only: issue the certificate with an RSA key.");
  } else {
    check(props.certificate === undefined, scope, "certificate", "a certificate", `${protocol.toUpperCase()} configs serve no certificate: use Protocol.HTTPS, or leave the certificate out (TLS passthrough puts it on the backends).`);
    check(props.cipherSuite === undefined, scope, "cipherSuite", props.cipherSuite, "A cipher suite applies to HTTPS configs only.");
  }
  if (protocol !== Protocol.TCP) {
    check(props.proxyProtocol === undefined || props.proxyProtocol === ProxyProtocol.NONE, scope, "proxyProtocol", props.proxyProtocol, "PROXY protocol works with Protocol.TCP only (HTTP and HTTPS configs send X-Forwarded-For instead).");
  }
}

function healthCheckArgs(scope: Construct, protocol: Protocol, hc: HealthCheck) {
  const type = hc.type ?? defaultHealthCheckType(protocol);
  const httpCheck = type === HealthCheckType.HTTP || type === HealthCheckType.HTTP_BODY;
  check(!(protocol === Protocol.TCP && httpCheck), scope, "healthCheck.type", type, "An HTTP check cannot talk to a TCP (TLS passthrough) port: use HealthCheckType.CONNECTION.");
  check(hc.body === undefined || type === HealthCheckType.HTTP_BODY, scope, "healthCheck.body", hc.body, "A body pattern needs HealthCheckType.HTTP_BODY.");
  check(type !== HealthCheckType.HTTP_BODY || hc.body !== undefined, scope, "healthCheck.body", hc.body, "HealthCheckType.HTTP_BODY needs a 'body' pattern.");
  const path = hc.path ?? (httpCheck ? "/" : undefined);
  check(path === undefined || isToken(path) || (httpCheck && path.startsWith("/")), scope, "healthCheck.path", path, "A check path starts with '/' and needs an HTTP check type.");
  const interval = hc.intervalSeconds ?? 5;
  const timeout = hc.timeoutSeconds ?? 3;
  checkInteger(scope, "healthCheck.intervalSeconds", interval, 2, 3600);
  checkInteger(scope, "healthCheck.timeoutSeconds", timeout, 1, 30);
  checkInteger(scope, "healthCheck.attempts", hc.attempts, 1, 30);
  if (!isToken(interval) && !isToken(timeout)) {
    check(timeout < interval, scope, "healthCheck.timeoutSeconds", timeout, `The timeout must be shorter than the interval (${interval} s).`);
  }
  return {
    check: type,
    checkPath: path,
    checkBody: hc.body,
    checkInterval: type === HealthCheckType.NONE ? undefined : interval,
    checkTimeout: type === HealthCheckType.NONE ? undefined : timeout,
    checkAttempts: type === HealthCheckType.NONE ? undefined : (hc.attempts ?? 2),
    checkPassive: hc.passive ?? true,
  };
}
