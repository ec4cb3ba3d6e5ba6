import { dependable } from "cdktf";
import type { Construct } from "constructs";
import { CertificatePush } from "../push/certificate-push";
import type { CloudFirewall } from "../firewall/cloud-firewall";
import { HealthCheckType, Protocol, ProxyProtocol } from "../nodebalancer/enums";
import type { HealthCheck } from "../nodebalancer/health-check";
import type { NodeBalancer } from "../nodebalancer/nodebalancer";
import { NODEBALANCER_SOURCE_RANGE } from "../private/cidr";
import { check, checkOneOf, checkPort, isToken } from "../private/validation";
import type { ClientAddressHeader } from "../push/web-server-site";
import { HTTP_LISTENER_ID, HTTPS_LISTENER_ID, LoadBalancer, type Listener } from "../site/load-balancer";
import { PlainHttp } from "../site/plain-http";
import { pickSiteProps, type SiteProps } from "../site/site-props";
import type { TcpPassthroughProps } from "./tcp-passthrough";

/**
 * What {@link buildPassthroughOrigin} needs: {@link TcpPassthroughProps} with the defaults chosen by
 * the caller, `adminSources` checked here (the Cloudflare origin passes the site's), and what
 * Cloudflare's app-server origin adds.
 */
export interface PassthroughOriginProps
  extends SiteProps,
    Omit<TcpPassthroughProps, keyof SiteProps | "proxyProtocol" | "plainHttp">,
    Required<Pick<TcpPassthroughProps, "proxyProtocol" | "plainHttp">> {
  /**
   * A CA certificate the backends verify client certificates with (pushed with the certificate).
   * @default - clients need no certificate
   */
  readonly clientCaCertificatePem?: string;
  /**
   * The header that carries the visitor's address, with `ProxyProtocol.NONE`.
   * @default - none
   */
  readonly clientAddressHeader?: ClientAddressHeader;
}

/** What {@link buildPassthroughOrigin} built. */
export interface PassthroughOrigin {
  readonly nodeBalancer: NodeBalancer;
  readonly loadBalancer: LoadBalancer;
  readonly backendFirewall: CloudFirewall;
  readonly push: CertificatePush;
  readonly webServerConfig: string | undefined;
}

const HTTPS_PORT = 443;
const HTTP_PORT = 80;

/**
 * The NodeBalancer that forwards 443 (and 80) as TCP, the backend firewall and the certificate push,
 * built directly under `scope` (the construct id `id` is the label's default): TCP passthrough, and
 * Cloudflare in front with the app servers as origin, share it, and a switch between them keeps the
 * Terraform addresses.
 */
export function buildPassthroughOrigin(scope: Construct, id: string, props: PassthroughOriginProps): PassthroughOrigin {
  check(
    props.adminSources !== undefined,
    scope,
    "adminSources",
    undefined,
    "The certificate push connects to the backends over SSH: give the sources of the machines that run Terraform, e.g. FirewallSource.cidrs(['203.0.113.7/32']).",
  );
  checkOneOf(scope, "plainHttp", props.plainHttp, PlainHttp, "PlainHttp");
  const plainHttp = props.plainHttp;
  const backendPort = props.backendPort ?? HTTPS_PORT;
  check(!isToken(backendPort), scope, "backendPort", backendPort, "Use a literal port: it is part of webServerConfig.");
  checkPort(scope, "backendPort", backendPort);
  check(
    plainHttp !== PlainHttp.FORWARD || backendPort !== HTTP_PORT,
    scope,
    "backendPort",
    backendPort,
    `Port ${HTTP_PORT} of the backends takes the forwarded plain HTTP: use another port for TLS, such as ${HTTPS_PORT}, or PlainHttp.CLOSED.`,
  );
  // Checked here too: the backend firewall opens it before the push would check it.
  checkPort(scope, "sshPort", props.sshPort);
  const proxyProtocol = props.proxyProtocol;
  checkOneOf(scope, "proxyProtocol", proxyProtocol, ProxyProtocol, "ProxyProtocol");
  const healthCheck = connectionCheck(scope, props.healthCheck);

  const listeners: Listener[] = [{ id: HTTPS_LISTENER_ID, protocol: Protocol.TCP, port: HTTPS_PORT, backendPort, proxyProtocol, healthCheck }];
  if (plainHttp === PlainHttp.FORWARD) {
    listeners.push({ id: HTTP_LISTENER_ID, protocol: Protocol.TCP, port: HTTP_PORT, backendPort: HTTP_PORT, proxyProtocol, healthCheck });
  }
  const lb = new LoadBalancer(scope, "LoadBalancer", { ...pickSiteProps(props, id), healthCheck, listeners, sshPort: props.sshPort });
  // Forwarded whole: every push option of the props reaches the push.
  const push = new CertificatePush(scope, "CertificatePush", { ...props, dependsOn: [lb.backendFirewall.resource] });
  // The NodeBalancer forwards to the backends once they hold the certificate; the recorded
  // dependency also makes a switch to another option destroy the certificate only after the
  // configs have been changed over.
  for (const config of lb.configs) config.resource.dependsOn = [...(config.resource.dependsOn ?? []), dependable(push.resource)];

  const webServerConfig = push.webServer.renderConfig({
    proxyProtocol,
    tlsPort: backendPort,
    httpPort: plainHttp === PlainHttp.FORWARD ? HTTP_PORT : undefined,
    trustedProxies: [NODEBALANCER_SOURCE_RANGE],
    certificatePath: push.certificatePath,
    privateKeyPath: push.privateKeyPath,
    clientCaPath: push.clientCaPath,
    clientAddressHeader: props.clientAddressHeader,
  });
  return { nodeBalancer: lb.nodeBalancer, loadBalancer: lb, backendFirewall: lb.backendFirewall, push, webServerConfig };
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
