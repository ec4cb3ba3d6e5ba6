import { Construct } from "constructs";
import type { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { Protocol } from "../nodebalancer/enums";
import { PlainHttp } from "../site/plain-http";
import { checkOneOf } from "../private/validation";
import { ServiceFirewall } from "./ccm/service-firewall";
import { checkLkeSite, type LkeSiteProps, pickLkeSiteProps } from "./lke-site-props";
import { NodeBalancerService, type NodeBalancerServicePort } from "./nodebalancer-service";
import { TlsSecret } from "./tls-secret";

/** Every source, IPv4 and IPv6: a public site's firewall that still keeps the CCM from detaching it. */
export const PUBLIC_SOURCES = { ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] };

/** Props of an {@link LkeTerminateAtLoadBalancer}. */
export interface LkeTerminateAtLoadBalancerProps extends LkeSiteProps {
  /** The certificate the NodeBalancer serves: RSA, full chain (`ListenerCertificate.fromAcme/fromOriginCa/fromPem`). */
  readonly certificate: ListenerCertificate;
  /**
   * Port 80: forwarded to the pods as HTTP (they redirect on `X-Forwarded-Proto: http`), or closed.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
  /**
   * The NodeBalancer's Cloud Firewall, made by the CCM (`ServiceFirewall.allowList/denyList`) or yours
   * (`ServiceFirewall.id(...)`: a Terraform-owned firewall must be given this way, since a Service
   * without a firewall annotation makes the CCM detach it).
   * @default ServiceFirewall.allowList(PUBLIC_SOURCES): every source, on the Service's ports only
   */
  readonly firewall?: ServiceFirewall;
}

/**
 * Option 1 on LKE: TLS ends at the NodeBalancer the CCM builds for a LoadBalancer Service.
 * The certificate goes into a `kubernetes.io/tls` Secret in the Service's namespace (`tls.crt` the
 * full chain, RSA only), named by the `port-443` annotation (`{"protocol":"https","tls-secret-name":...}`);
 * port 80 is `{"protocol":"http"}`. The fingerprint annotation makes a renewal reach the
 * NodeBalancer in the same apply.
 */
export class LkeTerminateAtLoadBalancer extends Construct {
  /** The Secret the NodeBalancer serves. */
  public readonly secret: TlsSecret;
  /** The LoadBalancer Service (and so the NodeBalancer). */
  public readonly service: NodeBalancerService;

  constructor(scope: Construct, id: string, props: LkeTerminateAtLoadBalancerProps) {
    super(scope, id);
    const site = pickLkeSiteProps(props, id);
    checkLkeSite(this, site);
    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    this.secret = new TlsSecret(this, "Secret", { name: `${site.name}-tls`, namespace: site.namespace, certificate: props.certificate });
    const ports: NodeBalancerServicePort[] = [{ port: 443, targetPort: site.app.port, protocol: Protocol.HTTPS, tlsSecret: this.secret }];
    if ((props.plainHttp ?? PlainHttp.FORWARD) === PlainHttp.FORWARD) ports.push({ port: 80, targetPort: site.app.port, protocol: Protocol.HTTP });
    this.service = new NodeBalancerService(this, "Service", {
      ...site.options,
      name: site.name,
      namespace: site.namespace,
      selector: site.app.podSelector,
      ports,
      firewall: props.firewall ?? ServiceFirewall.allowList(PUBLIC_SOURCES),
      certificateFingerprint: this.secret.fingerprint,
    });
  }
}
