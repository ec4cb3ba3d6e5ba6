import { Construct } from "constructs";
import type { CertificatePush, CertificatePushOptions } from "../push/certificate-push";
import type { ListenerCertificate } from "../nodebalancer/listener-certificate";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import type { FirewallSource } from "../firewall/firewall-source";
import { ProxyProtocol } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { buildPassthroughOrigin } from "./passthrough-origin";
import { PlainHttp } from "../site/plain-http";
import type { SiteProps } from "../site/site-props";
import { renewalOf, SslOption, writeSiteContract } from "../contract/site-contract";

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
    const plainHttp = props.plainHttp ?? PlainHttp.FORWARD;
    const origin = buildPassthroughOrigin(this, id, { ...props, plainHttp, proxyProtocol: props.proxyProtocol ?? ProxyProtocol.V2 });
    this.nodeBalancer = origin.nodeBalancer;
    this.backendFirewall = origin.backendFirewall;
    this.push = origin.push;
    this.webServerConfig = origin.webServerConfig;
    const served = props.certificate.served;
    writeSiteContract(this, () => ({
      option: SslOption.TCP_PASSTHROUGH,
      hostnames: served.names,
      ...origin.loadBalancer.balancing,
      redirectsPlainHttp: plainHttp === PlainHttp.FORWARD,
      renewal: renewalOf(served),
      expiryAlertHours: served.expiryAlertHours,
    }));
  }
}

