import type { Construct } from "constructs";
import { ServiceV1 } from "../generated/providers/kubernetes/service-v1";
import { checkNotEmpty, checkPort } from "../private/validation";
import type { KeySet } from "./ccm/known-keys";
import { checkKubernetesName } from "./kubernetes-names";
import type { NodeBalancerServiceOptions } from "./nodebalancer-service";

/** The app behind the site: its pods, which speak plain HTTP. */
export interface LkeApp {
  /** The labels of the app's pods, e.g. `{ app: "shop" }`. */
  readonly podSelector: Record<string, string>;
  /** The port the pods serve plain HTTP on, e.g. 8080. */
  readonly port: number;
}

/** What every LKE option needs to know about the site (the LKE counterpart of `SiteProps`). */
export interface LkeSiteProps extends NodeBalancerServiceOptions {
  /** The app's pods. */
  readonly app: LkeApp;
  /**
   * The namespace of the site's Service, Secret and (options 2 and 3 with Traefik) Traefik.
   * @default "default"
   */
  readonly namespace?: string;
  /**
   * The name of the LoadBalancer Service, and the prefix of the site's other objects (`<name>-tls`).
   * @default - the construct's id, lower-cased
   */
  readonly name?: string;
}

/** The site as a topology uses it: names resolved, the NodeBalancer options apart. */
export interface ResolvedLkeSite {
  readonly app: LkeApp;
  readonly namespace: string;
  readonly name: string;
  /** Forwarded whole to the NodeBalancerService. */
  readonly options: NodeBalancerServiceOptions;
}

/** The shared site props of a topology's props, the name defaulting to the topology's id. */
export function pickLkeSiteProps(props: LkeSiteProps, id: string): ResolvedLkeSite {
  const { app, namespace, name, ...options } = props as LkeSiteProps & Record<string, unknown>;
  return { app, namespace: namespace ?? "default", name: name ?? id.toLowerCase(), options: pickServiceOptions(options) };
}

/** Every NodeBalancer option (the compiler makes this list complete, so none is dropped). */
const SERVICE_OPTIONS: KeySet<NodeBalancerServiceOptions> = {
  nodeBalancerType: true,
  preserve: true,
  reservedIpv4: true,
  healthCheck: true,
  clientConnThrottle: true,
  nodePortsFirewalled: true,
};

/** Only the NodeBalancer options (a topology's own props are not the Service's). */
function pickServiceOptions(props: NodeBalancerServiceOptions): NodeBalancerServiceOptions {
  return Object.fromEntries(Object.keys(SERVICE_OPTIONS).map((key) => [key, props[key as keyof NodeBalancerServiceOptions]]));
}

/** Checks the site's names and app. */
export function checkLkeSite(scope: Construct, site: ResolvedLkeSite): void {
  checkKubernetesName(scope, "name", site.name, "label");
  checkKubernetesName(scope, "namespace", site.namespace, "label");
  checkNotEmpty(scope, "app.podSelector", site.app?.podSelector === undefined ? undefined : Object.keys(site.app.podSelector), "Select the app's pods by their labels, e.g. { app: 'shop' }.");
  checkPort(scope, "app.port", site.app.port);
}

/**
 * A ClusterIP Service in front of the app's pods, for Traefik to route to (`<name>-app`).
 */
export function appService(scope: Construct, site: ResolvedLkeSite): ServiceV1 {
  return new ServiceV1(scope, "AppService", {
    metadata: { name: `${site.name}-app`, namespace: site.namespace },
    spec: { type: "ClusterIP", selector: site.app.podSelector, port: [{ name: "http", port: site.app.port, targetPort: String(site.app.port), protocol: "TCP" }] },
  });
}
