import { Construct } from "constructs";
import type { ListenerCertificate } from "../nodebalancer/listener-certificate";
import type { CipherSuite } from "../nodebalancer/enums";
import { Protocol } from "../nodebalancer/enums";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import { checkOneOf } from "../private/validation";
import { HTTP_LISTENER_ID, HTTPS_LISTENER_ID, LoadBalancer, type Listener } from "../site/load-balancer";
import { PlainHttp } from "../site/plain-http";
import { pickSiteProps, type SiteProps } from "../site/site-props";
import { renewalOf, SslOption, writeSiteContract } from "../contract/site-contract";

/** Props of a {@link TerminateAtLoadBalancer}. */
export interface TerminateAtLoadBalancerProps extends SiteProps {
  /** The certificate the NodeBalancer serves on 443, e.g. `ListenerCertificate.fromAcme(cert)`. */
  readonly certificate: ListenerCertificate;
  /**
   * The port the backends serve plain HTTP on.
   * @default 80
   */
  readonly backendPort?: number;
  /**
   * What happens to plain HTTP on port 80.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
  /**
   * Cipher suite on 443.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
}

/**
 * SSL option 1: TLS terminates at the NodeBalancer. HTTPS on 443 serves the certificate (full chain),
 * HTTP on 80 goes to the same backends (which redirect on `X-Forwarded-Proto: http`), and the
 * backends take plain HTTP from the NodeBalancers' range only.
 */
export class TerminateAtLoadBalancer extends Construct {
  /** The NodeBalancer. */
  public readonly nodeBalancer: NodeBalancer;
  /** The firewall of the backends. */
  public readonly backendFirewall: CloudFirewall;

  constructor(scope: Construct, id: string, props: TerminateAtLoadBalancerProps) {
    super(scope, id);
    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    const plainHttp = props.plainHttp ?? PlainHttp.FORWARD;
    const lb = new LoadBalancer(this, "LoadBalancer", { ...pickSiteProps(props, id), listeners: httpsListeners(props.certificate, plainHttp, props) });
    this.nodeBalancer = lb.nodeBalancer;
    this.backendFirewall = lb.backendFirewall;
    const served = props.certificate.served;
    writeSiteContract(this, () => ({
      option: SslOption.TERMINATE_AT_LOAD_BALANCER,
      hostnames: served.names,
      ...lb.balancing,
      redirectsPlainHttp: plainHttp === PlainHttp.FORWARD,
      renewal: renewalOf(served),
      expiryAlertHours: served.expiryAlertHours,
    }));
  }
}

/** The listeners of a NodeBalancer that terminates TLS: HTTPS on 443, and HTTP on 80 when forwarded. */
export function httpsListeners(
  certificate: ListenerCertificate,
  plainHttp: PlainHttp,
  options: { readonly backendPort?: number; readonly cipherSuite?: CipherSuite },
): Listener[] {
  const listeners: Listener[] = [
    { id: HTTPS_LISTENER_ID, protocol: Protocol.HTTPS, port: 443, backendPort: options.backendPort, certificate, cipherSuite: options.cipherSuite },
  ];
  if (plainHttp === PlainHttp.FORWARD) {
    listeners.push({ id: HTTP_LISTENER_ID, protocol: Protocol.HTTP, port: 80, backendPort: options.backendPort });
  }
  return listeners;
}
