import { dependable } from "cdktf";
import { Construct } from "constructs";
import type { ServiceV1 } from "../generated/providers/kubernetes/service-v1";
import type { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { Protocol, ProxyProtocol } from "../nodebalancer/enums";
import { PlainHttp } from "../site/plain-http";
import { check, checkNotEmpty, checkOneOf } from "../private/validation";
import { ServiceFirewall } from "./ccm/service-firewall";
import { appService, checkLkeSite, type LkeSiteProps, pickLkeSiteProps } from "./lke-site-props";
import { PUBLIC_SOURCES } from "./lke-terminate-at-load-balancer";
import { NodeBalancerService, type NodeBalancerServicePort } from "./nodebalancer-service";
import { TlsSecret } from "./tls-secret";
import { Traefik, TRAEFIK_WEB_PORT, TRAEFIK_WEBSECURE_PORT, type TraefikProps } from "./traefik";

/** The Traefik settings an LKE option lets you choose: every prop of {@link TraefikProps} the site does not decide. */
export interface LkeTraefikOptions extends Omit<TraefikProps, "namespace" | "defaultCertificate" | "route" | "redirectToHttps" | "clientCaPem"> {}

/** Props of an {@link LkeTcpPassthrough}. */
export interface LkeTcpPassthroughProps extends LkeSiteProps {
  /** The certificate Traefik serves (RSA or ECDSA: the NodeBalancer never sees it). */
  readonly certificate: ListenerCertificate;
  /** The host names Traefik routes to the app (the certificate's names). */
  readonly hostnames: readonly string[];
  /**
   * PROXY protocol version towards Traefik (annotation `default-proxy-protocol`); the client's IP survives.
   * @default ProxyProtocol.V2
   */
  readonly proxyProtocol?: ProxyProtocol;
  /**
   * Port 80: forwarded as TCP to Traefik, which redirects to HTTPS, or closed.
   * @default PlainHttp.FORWARD
   */
  readonly plainHttp?: PlainHttp;
  /**
   * The NodeBalancer's Cloud Firewall.
   * @default ServiceFirewall.allowList(PUBLIC_SOURCES): every source, on the Service's ports only
   */
  readonly firewall?: ServiceFirewall;
  /**
   * Traefik's release.
   * @default - release `traefik`, chart TRAEFIK_CHART_VERSION, no additional values
   */
  readonly traefik?: LkeTraefikOptions;
}

/**
 * Option 2 on LKE: the NodeBalancer forwards TCP (`default-protocol: tcp`) with PROXY protocol
 * (`default-proxy-protocol: v2`) to Traefik, where TLS ends with the certificate from a TLS Secret
 * (`tlsStore.default.defaultCertificate`); Traefik believes the PROXY header from 192.168.255.0/24
 * only and routes to the app's ClusterIP Service (`<name>-app`).
 */
export class LkeTcpPassthrough extends Construct {
  /** The Secret Traefik serves. */
  public readonly secret: TlsSecret;
  /** Traefik. */
  public readonly traefik: Traefik;
  /** The app's ClusterIP Service that Traefik routes to. */
  public readonly appService: ServiceV1;
  /** The LoadBalancer Service (and so the NodeBalancer), in front of Traefik. */
  public readonly service: NodeBalancerService;

  constructor(scope: Construct, id: string, props: LkeTcpPassthroughProps) {
    super(scope, id);
    const site = pickLkeSiteProps(props, id);
    checkLkeSite(this, site);
    checkOneOf(this, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
    checkOneOf(this, "proxyProtocol", props.proxyProtocol, ProxyProtocol, "ProxyProtocol");
    checkNotEmpty(this, "hostnames", props.hostnames, "Give the host names Traefik serves, e.g. the certificate's names.");
    const proxyProtocol = props.proxyProtocol ?? ProxyProtocol.V2;
    check(proxyProtocol !== ProxyProtocol.NONE, this, "proxyProtocol", proxyProtocol, "Traefik would see the NodeBalancer's address as every client's: use ProxyProtocol.V2 (or V1).");
    const forward = (props.plainHttp ?? PlainHttp.FORWARD) === PlainHttp.FORWARD;

    this.secret = new TlsSecret(this, "Secret", { name: `${site.name}-tls`, namespace: site.namespace, certificate: props.certificate });
    this.appService = appService(this, site);
    this.traefik = new Traefik(this, "Traefik", {
      ...props.traefik,
      namespace: site.namespace,
      defaultCertificate: this.secret,
      route: { hostnames: props.hostnames, serviceName: `${site.name}-app`, servicePort: site.app.port },
      redirectToHttps: forward,
    });
    const ports: NodeBalancerServicePort[] = [{ port: 443, targetPort: TRAEFIK_WEBSECURE_PORT }];
    if (forward) ports.push({ port: 80, targetPort: TRAEFIK_WEB_PORT });
    this.service = new NodeBalancerService(this, "Service", {
      ...site.options,
      name: site.name,
      namespace: site.namespace,
      selector: this.traefik.podSelector,
      ports,
      defaultProtocol: Protocol.TCP,
      defaultProxyProtocol: proxyProtocol,
      firewall: props.firewall ?? ServiceFirewall.allowList(PUBLIC_SOURCES),
      certificateFingerprint: this.secret.fingerprint,
    });
    // The NodeBalancer sends traffic once Traefik is installed.
    this.service.resource.dependsOn = [...(this.service.resource.dependsOn ?? []), dependable(this.traefik.resource)];
  }
}
