import { Fn } from "cdktf";
import { Construct } from "constructs";
import { ServiceV1 } from "../generated/providers/kubernetes/service-v1";
import type { HealthCheck } from "../nodebalancer/health-check";
import { Protocol, type ProxyProtocol } from "../nodebalancer/enums";
import { check, checkNotEmpty, checkPort, warn } from "../private/validation";
import { CERTIFICATE_SHA256_ANNOTATION } from "./ccm/annotation-keys";
import type { NodeBalancerType } from "./ccm/enums";
import { ccmAnnotations } from "./ccm/service-annotations";
import type { ServiceFirewall } from "./ccm/service-firewall";
import { checkKubernetesName } from "./kubernetes-names";
import type { TlsSecret } from "./tls-secret";

/** One port of a {@link NodeBalancerService}: one NodeBalancer config. */
export interface NodeBalancerServicePort {
  /** The port the NodeBalancer listens on (the Service's `port`), e.g. 443. */
  readonly port: number;
  /** The pods' port (the Service's `targetPort`). */
  readonly targetPort: number;
  /**
   * The NodeBalancer config's protocol.
   * @default - the Service's `defaultProtocol`
   */
  readonly protocol?: Protocol;
  /**
   * PROXY protocol towards the pods (TCP ports only).
   * @default - the Service's `defaultProxyProtocol`
   */
  readonly proxyProtocol?: ProxyProtocol;
  /**
   * The certificate the NodeBalancer serves: HTTPS ports only, and required for them. RSA, in the
   * Service's namespace.
   * @default - none
   */
  readonly tlsSecret?: TlsSecret;
}

/** The NodeBalancer settings every LKE option offers (annotations built from typed props). */
export interface NodeBalancerServiceOptions {
  /**
   * The NodeBalancer's plan (annotation `nodebalancer-type`); read when the NodeBalancer is created.
   * @default - the CCM's default, NodeBalancerType.COMMON unless changed
   */
  readonly nodeBalancerType?: NodeBalancerType;
  /**
   * Keep the NodeBalancer when the Service is deleted (annotation `preserve`).
   * @default false
   */
  readonly preserve?: boolean;
  /**
   * A reserved IPv4 address for the NodeBalancer (annotation `reserved-ipv4`), used when it is created.
   * @default - Linode assigns an address
   */
  readonly reservedIpv4?: string;
  /**
   * The health check of the pods behind every port (annotations `check-*`).
   * @default - a connection check every 5 s, 3 s timeout, 2 attempts
   */
  readonly healthCheck?: HealthCheck;
  /**
   * New connections per second allowed from one client IP, 0 to disable (annotation `throttle`).
   * @default 0
   */
  readonly clientConnThrottle?: number;
  /**
   * Whether the cluster's nodes have a firewall that admits NodePorts only from the NodeBalancers'
   * range 192.168.255.0/24 (cloud-firewall-controller's default rules, or a node firewall of your
   * own). Without one, every NodePort is reachable on the nodes' public addresses, past the
   * NodeBalancer's firewall (and past Cloudflare): a warning says so.
   * @default false
   */
  readonly nodePortsFirewalled?: boolean;
}

/** Props of a {@link NodeBalancerService}. */
export interface NodeBalancerServiceProps extends NodeBalancerServiceOptions {
  /** The Service's name. */
  readonly name: string;
  /**
   * The Service's namespace (the CCM reads TLS Secrets from it).
   * @default "default"
   */
  readonly namespace?: string;
  /** The labels of the pods behind the NodeBalancer (the Service's selector). */
  readonly selector: Record<string, string>;
  /** The Service's ports; one NodeBalancer config each. */
  readonly ports: readonly NodeBalancerServicePort[];
  /** The Cloud Firewall in front of the NodeBalancer: `ServiceFirewall.allowList/denyList/id`, or `.none()`. */
  readonly firewall: ServiceFirewall;
  /**
   * Protocol of ports that set none (annotation `default-protocol`).
   * @default Protocol.TCP
   */
  readonly defaultProtocol?: Protocol;
  /**
   * PROXY protocol of ports that set none (annotation `default-proxy-protocol`).
   * @default ProxyProtocol.NONE
   */
  readonly defaultProxyProtocol?: ProxyProtocol;
  /**
   * The SHA-256 of the certificate the site serves (annotation `cdktf-nodebalancer-ssl.io/certificate-sha256`),
   * e.g. a {@link TlsSecret}'s `fingerprint`. The CCM never watches Secrets: a renewal changes
   * this annotation, which makes the CCM reconcile the Service and push the new certificate to the
   * NodeBalancer in the same apply. Carried by passthrough Services too (the pods read the Secret),
   * so that a switch of option keeps the annotation set and the Service records what is served.
   */
  readonly certificateFingerprint: string;
}

/**
 * A Kubernetes Service of type `LoadBalancer` (`kubernetes_service_v1`) for which the Linode CCM
 * builds a NodeBalancer: its annotations are built and validated from typed props by
 * {@link ccmAnnotations} (protocols, PROXY protocol, TLS Secrets in the Service's namespace and
 * RSA only, firewall as an ACL or an id, NodeBalancer type, preserve, reserved IPv4) and always
 * carry the certificate fingerprint. Terraform waits for the NodeBalancer's address.
 * @see https://github.com/linode/linode-cloud-controller-manager/blob/v0.9.8/docs/configuration/annotations.md
 */
export class NodeBalancerService extends Construct {
  /** The Service's name. */
  public readonly serviceName: string;
  /** The Service's namespace. */
  public readonly namespace: string;
  /**
   * The NodeBalancer's IPv4 address, from the Service's status (the CCM's first ingress entry;
   * Terraform waits for it). Empty while the CCM has not published one.
   */
  public readonly ipv4Address: string;
  /** The annotations, as rendered (values may hold Terraform references). */
  public readonly annotations: Readonly<Record<string, string>>;
  /** The underlying `kubernetes_service_v1`. */
  public readonly resource: ServiceV1;

  constructor(scope: Construct, id: string, props: NodeBalancerServiceProps) {
    super(scope, id);
    const namespace = props.namespace ?? "default";
    checkKubernetesName(this, "name", props.name, "label");
    checkKubernetesName(this, "namespace", namespace, "label");
    checkNotEmpty(this, "selector", props.selector === undefined ? undefined : Object.keys(props.selector), "Select the pods behind the NodeBalancer by their labels, e.g. { app: 'shop' }.");
    props.ports.forEach((p, i) => checkPort(this, `ports[${i}].targetPort`, p.targetPort));
    check(props.certificateFingerprint !== undefined, this, "certificateFingerprint", undefined, "Give the SHA-256 of the served certificate, e.g. a TlsSecret's fingerprint.");
    const https = props.ports.some((p) => (p.protocol ?? props.defaultProtocol) === Protocol.HTTPS);
    const annotations = ccmAnnotations(this, {
      namespace,
      ports: props.ports.map((p) => ({
        port: p.port,
        protocol: p.protocol,
        proxyProtocol: p.proxyProtocol,
        tlsSecret: p.tlsSecret === undefined ? undefined : { name: p.tlsSecret.secretName, namespace: p.tlsSecret.namespace, keyAlgorithm: p.tlsSecret.keyAlgorithm },
      })),
      firewall: props.firewall,
      defaultProtocol: props.defaultProtocol,
      defaultProxyProtocol: props.defaultProxyProtocol,
      // The CCM model warns about a fingerprint without an HTTPS port; here it is carried on purpose.
      certificateFingerprint: https ? props.certificateFingerprint : undefined,
      nodeBalancerType: props.nodeBalancerType,
      preserve: props.preserve,
      reservedIpv4: props.reservedIpv4,
      healthCheck: props.healthCheck,
      clientConnThrottle: props.clientConnThrottle,
    });
    this.annotations = Object.fromEntries(Object.entries({ ...annotations, [CERTIFICATE_SHA256_ANNOTATION]: props.certificateFingerprint }).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (!(props.nodePortsFirewalled ?? false)) {
      warn(
        this,
        "nodePortsFirewalled",
        false,
        `The Service's NodePorts are open on every node's public address unless a node firewall closes them, which bypasses the NodeBalancer's firewall${props.firewall.detachesFirewalls ? "" : " (and its allow list)"}: install cloud-firewall-controller (NodePorts only from 192.168.255.0/24) or attach a Cloud Firewall to the nodes, then set nodePortsFirewalled: true.`,
      );
    }
    const tlsSecrets = props.ports.flatMap((p) => (p.tlsSecret === undefined ? [] : [p.tlsSecret.resource]));
    this.serviceName = props.name;
    this.namespace = namespace;
    this.resource = new ServiceV1(this, "Resource", {
      metadata: { name: props.name, namespace, annotations: this.annotations as Record<string, string> },
      spec: {
        type: "LoadBalancer",
        selector: props.selector,
        port: props.ports.map((p) => ({ name: `port-${p.port}`, port: p.port, targetPort: String(p.targetPort), protocol: "TCP" })),
      },
      waitForLoadBalancer: true,
      // The Secret exists (and is updated) before the Service that makes the CCM read it.
      dependsOn: tlsSecrets,
    });
    this.ipv4Address = Fn.try([this.resource.status.get(0).loadBalancer.get(0).ingress.get(0).ip, ""]);
  }
}
