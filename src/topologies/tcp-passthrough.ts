import { dependable } from "cdktf";
import { Construct } from "constructs";
import { CertificatePush, type CertificatePushOptions } from "../certificates/certificate-push";
import type { ListenerCertificate } from "../certificates/listener-certificate";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import type { FirewallSource } from "../firewall/firewall-source";
import { HealthCheckType, Protocol, ProxyProtocol } from "../nodebalancer/enums";
import type { HealthCheck } from "../nodebalancer/health-check";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { NODEBALANCER_SOURCE_RANGE } from "../private/cidr";
import { check, checkOneOf, checkPort, isToken } from "../private/validation";
import { HTTP_LISTENER_ID, HTTPS_LISTENER_ID, LoadBalancer, type Listener } from "./load-balancer";
import { PlainHttp } from "./plain-http";
import { pickSiteProps, type SiteProps } from "./site-props";

/** Props of a {@link TcpPassthrough}. */
export interface TcpPassthroughProps extends SiteProps, CertificatePushOptions {
  /** Sources allowed to reach the backends on SSH (`sshPort`): the machines that run `terraform apply`, which push the certificate, or the `sshBastion`. */
  readonly adminSources: FirewallSource;
  /** The certificate every backend serves (any key type: the NodeBalancer never sees it), e.g. `ListenerCertificate.fromAcme(cert)`. */
  readonly certificate: ListenerCertificate;
  /**
   * PROXY protocol header the NodeBalancer sends first on each backend connection, so that the
   * backends learn the client's address.
   * @default ProxyProtocol.V2
   */
  readonly proxyProtocol?: ProxyProtocol;
  /**
   * The port the backends terminate TLS on.
   * @default 443
   */
  readonly backendPort?: number;
  /**
   * What happens to plain HTTP on port 80. `PlainHttp.FORWARD` forwards it as TCP to port 80 of the
   * backends with the same PROXY protocol as 443 (no X-Forwarded-* headers): the backends redirect
   * every request on 80 to HTTPS.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
}

const HTTPS_PORT = 443;
const HTTP_PORT = 80;

/**
 * SSL option 2: TCP passthrough. The NodeBalancer forwards 443 (and 80) as TCP, prefixed with a
 * PROXY protocol header, and each backend terminates TLS itself with a certificate that Terraform
 * pushes to every backend over SSH ({@link CertificatePush}). Health checks open a TCP connection.
 * The backends take 443 and 80 from the NodeBalancers' range (192.168.255.0/24) only, and SSH from
 * `adminSources`, which must include the machine running `terraform apply`.
 *
 * What the app servers must do (see {@link TcpPassthrough.webServerConfig}, rendered for the `webServer` preset):
 * - listen on the backend port with TLS, using the pushed chain and key, and expect a PROXY protocol
 *   header first (unless `ProxyProtocol.NONE`); accept it from 192.168.255.0/24 only;
 * - listen on 80 the same way without TLS and redirect to `https://` (with `PlainHttp.FORWARD`);
 * - let the SSH user write the certificate paths and run `reloadCommand`.
 *
 * Renewal reaches the backends only when `terraform apply` runs: schedule it.
 */
export class TcpPassthrough extends Construct {
  /** The NodeBalancer. */
  public readonly nodeBalancer: NodeBalancer;
  /** The firewall of the backends. */
  public readonly backendFirewall: CloudFirewall;
  /** The certificate push to the backends. */
  public readonly push: CertificatePush;
  /**
   * The web server's configuration (plain text, no Terraform references) for the backends, matching
   * the ports, PROXY protocol, NodeBalancer range and certificate paths of this site: nginx `server`
   * blocks for `/etc/nginx/conf.d/`, or a whole `/etc/haproxy/haproxy.cfg`; undefined for
   * `WebServer.custom(...)`.
   */
  public readonly webServerConfig: string | undefined;

  constructor(scope: Construct, id: string, props: TcpPassthroughProps) {
    super(scope, id);
    check(
      props.adminSources !== undefined,
      this,
      "adminSources",
      undefined,
      "The certificate push connects to the backends over SSH: give the sources of the machines that run Terraform, e.g. FirewallSource.cidrs(['203.0.113.7/32']).",
    );
    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    const plainHttp = props.plainHttp ?? PlainHttp.FORWARD;
    const backendPort = props.backendPort ?? HTTPS_PORT;
    check(!isToken(backendPort), this, "backendPort", backendPort, "Use a literal port: it is part of webServerConfig.");
    checkPort(this, "backendPort", backendPort);
    check(
      plainHttp !== PlainHttp.FORWARD || backendPort !== HTTP_PORT,
      this,
      "backendPort",
      backendPort,
      `Port ${HTTP_PORT} of the backends takes the forwarded plain HTTP: use another port for TLS, such as ${HTTPS_PORT}, or PlainHttp.CLOSED.`,
    );
    // Checked here too: the backend firewall opens it before the push would check it.
    checkPort(this, "sshPort", props.sshPort);
    const proxyProtocol = props.proxyProtocol ?? ProxyProtocol.V2;
    const healthCheck = connectionCheck(this, props.healthCheck);

    const listeners: Listener[] = [{ id: HTTPS_LISTENER_ID, protocol: Protocol.TCP, port: HTTPS_PORT, backendPort, proxyProtocol, healthCheck }];
    if (plainHttp === PlainHttp.FORWARD) {
      listeners.push({ id: HTTP_LISTENER_ID, protocol: Protocol.TCP, port: HTTP_PORT, backendPort: HTTP_PORT, proxyProtocol, healthCheck });
    }
    const lb = new LoadBalancer(this, "LoadBalancer", { ...pickSiteProps(props, id), healthCheck, listeners, sshPort: props.sshPort });
    this.nodeBalancer = lb.nodeBalancer;
    this.backendFirewall = lb.backendFirewall;

    this.push = new CertificatePush(this, "CertificatePush", {
      certificate: props.certificate,
      backends: props.backends,
      sshCredentials: props.sshCredentials,
      sshUser: props.sshUser,
      sshPort: props.sshPort,
      sshTimeoutSeconds: props.sshTimeoutSeconds,
      sshBastion: props.sshBastion,
      webServer: props.webServer,
      certificatePath: props.certificatePath,
      privateKeyPath: props.privateKeyPath,
      certificateFileMode: props.certificateFileMode,
      privateKeyFileMode: props.privateKeyFileMode,
      fileOwner: props.fileOwner,
      removeOnDestroy: props.removeOnDestroy,
      dependsOn: [this.backendFirewall.resource],
    });
    // The NodeBalancer forwards to the backends once they hold the certificate; the recorded
    // dependency also makes a switch to another option destroy the certificate only after the
    // configs have been changed over.
    for (const config of lb.configs) config.resource.dependsOn = [...(config.resource.dependsOn ?? []), dependable(this.push.resource)];

    this.webServerConfig = this.push.webServer.renderConfig({
      proxyProtocol,
      tlsPort: backendPort,
      httpPort: plainHttp === PlainHttp.FORWARD ? HTTP_PORT : undefined,
      trustedProxies: [NODEBALANCER_SOURCE_RANGE],
      certificatePath: this.push.certificatePath,
      privateKeyPath: this.push.privateKeyPath,
    });
  }
}

/**
 * The site's health check as a connection check (HTTP checks cannot talk to a TLS port): its
 * timings are kept, an HTTP path or body pattern does not apply and is dropped.
 */
function connectionCheck(scope: Construct, healthCheck: HealthCheck | undefined): HealthCheck {
  const type = healthCheck?.type ?? HealthCheckType.CONNECTION;
  check(
    type === HealthCheckType.CONNECTION,
    scope,
    "healthCheck.type",
    type,
    "TCP passthrough checks that the backends accept connections (an HTTP check cannot talk to a TLS port): use HealthCheckType.CONNECTION or leave 'type' out.",
  );
  return { intervalSeconds: healthCheck?.intervalSeconds, timeoutSeconds: healthCheck?.timeoutSeconds, attempts: healthCheck?.attempts, passive: healthCheck?.passive, type };
}
