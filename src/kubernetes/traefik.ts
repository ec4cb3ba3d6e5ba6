import { Annotations, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Release } from "../generated/providers/helm/release";
import { SecretV1 } from "../generated/providers/kubernetes/secret-v1";
import { check, checkCertificateName, checkNotEmpty, checkPort, ValidationError } from "../private/validation";
import { renderJson } from "./ccm/render-json";
import { checkKubernetesName } from "./kubernetes-names";
import type { TlsSecret } from "./tls-secret";

/** The Traefik chart version the package's values are written for (Traefik v3.7). */
export const TRAEFIK_CHART_VERSION = "41.3.0";

/** The chart repository. */
export const TRAEFIK_CHART_REPOSITORY = "https://traefik.github.io/charts";

/** Where NodeBalancers connect from: the only source whose PROXY protocol header Traefik believes. */
export const NODEBALANCER_SOURCE_RANGE = "192.168.255.0/24";

/** Traefik's container port of the `web` entry point (plain HTTP). */
export const TRAEFIK_WEB_PORT = 8000;

/** Traefik's container port of the `websecure` entry point (TLS). */
export const TRAEFIK_WEBSECURE_PORT = 8443;

/** Where Traefik sends the site's requests: the app's in-cluster Service. */
export interface TraefikRoute {
  /** The host names routed to the app (`Host(...)` rules). */
  readonly hostnames: readonly string[];
  /** The app's Service, in Traefik's namespace. */
  readonly serviceName: string;
  /** The app Service's port. */
  readonly servicePort: number;
}

/** Props of a {@link Traefik}. */
export interface TraefikProps {
  /**
   * The namespace of the release (and of the site: Traefik's TLSStore reads its Secret there).
   * @default "default"
   */
  readonly namespace?: string;
  /**
   * The Helm release's name.
   * @default "traefik"
   */
  readonly releaseName?: string;
  /**
   * The chart version; the package's values are written for {@link TRAEFIK_CHART_VERSION}.
   * @default TRAEFIK_CHART_VERSION
   */
  readonly chartVersion?: string;
  /** The certificate Traefik serves (its default TLSStore certificate), in Traefik's namespace. */
  readonly defaultCertificate: TlsSecret;
  /** The site's route. */
  readonly route: TraefikRoute;
  /**
   * Redirect plain HTTP on the `web` entry point to HTTPS (permanent).
   * @default true
   */
  readonly redirectToHttps?: boolean;
  /**
   * Require a client certificate signed by this CA (PEM) on every TLS connection: Authenticated
   * Origin Pulls, where the CA is the zone's client certificate. Written to a Secret (`ca.crt`) that
   * the default TLSOption's `clientAuth` names.
   * @default - no client certificate is asked for
   */
  readonly clientCaPem?: string;
  /**
   * More chart values, merged under the package's (a value the package sets cannot be changed
   * here: that is an error). An ACME resolver with an HTTP-01 challenge gets a warning: behind
   * PROXY protocol it fails, use a DNS-01 challenge.
   * @default - none
   */
  readonly additionalValues?: Record<string, unknown>;
}

/**
 * Traefik as a Helm release (`helm_release`, chart `traefik`), configured through typed values
 * only (no `kubernetes_manifest` CRs, which need their CRD at plan time; the chart installs its CRDs
 * before its templates, so the route travels as the chart's `extraObjects`):
 *
 * - PROXY protocol is believed from the NodeBalancers' range {@link NODEBALANCER_SOURCE_RANGE} on
 *   `web` and `websecure` (`ports.<name>.proxyProtocol.trustedIPs`);
 * - the default certificate is the given Secret (`tlsStore.default.defaultCertificate`), TLS 1.2+;
 * - with `clientCaPem`, `tlsOptions.default.clientAuth` requires and verifies client certificates;
 * - the chart's own Service is off: the site's `NodeBalancerService` selects Traefik's pods
 *   ({@link Traefik.podSelector}), so it keeps its Terraform address (and the NodeBalancer) when the
 *   site switches between options.
 *
 * ingress-nginx is retired (maintenance ended in March 2026): the package builds on Traefik.
 * @see https://github.com/traefik/traefik-helm-chart/blob/v41.3.0/traefik/values.yaml
 */
export class Traefik extends Construct {
  /** The labels of Traefik's pods (the chart's selector labels). */
  public readonly podSelector: Record<string, string>;
  /** The values handed to the chart (JSON, a subset of YAML). */
  public readonly values: string;
  /** The Secret holding the client CA; undefined without `clientCaPem`. */
  public readonly clientCaSecret?: SecretV1;
  /** The underlying `helm_release`. */
  public readonly resource: Release;

  constructor(scope: Construct, id: string, props: TraefikProps) {
    super(scope, id);
    const namespace = props.namespace ?? "default";
    const releaseName = props.releaseName ?? "traefik";
    checkKubernetesName(this, "namespace", namespace, "label");
    checkKubernetesName(this, "releaseName", releaseName, "label");
    check(props.defaultCertificate.namespace === namespace, this, "defaultCertificate", props.defaultCertificate.namespace, `Traefik's default TLSStore reads its Secret from the release's namespace ('${namespace}'): create the TlsSecret there.`);
    checkNotEmpty(this, "route.hostnames", props.route.hostnames, "Give the host names Traefik routes to the app.");
    props.route.hostnames.forEach((name, i) => checkCertificateName(this, `route.hostnames[${i}]`, name));
    checkKubernetesName(this, "route.serviceName", props.route.serviceName, "label");
    checkPort(this, "route.servicePort", props.route.servicePort);

    const dependsOn: SecretV1[] = [props.defaultCertificate.resource];
    let clientAuth: Record<string, unknown> | undefined;
    if (props.clientCaPem !== undefined) {
      const name = `${releaseName}-client-ca`;
      this.clientCaSecret = new SecretV1(this, "ClientCa", { metadata: { name, namespace }, data: { "ca.crt": props.clientCaPem } });
      dependsOn.push(this.clientCaSecret);
      clientAuth = { secretNames: [name], clientAuthType: "RequireAndVerifyClientCert" };
    }
    const trusted = { proxyProtocol: { trustedIPs: [NODEBALANCER_SOURCE_RANGE] } };
    const redirect = props.redirectToHttps ?? true;
    const rule = props.route.hostnames.map((name) => (name.startsWith("*.") ? `HostRegexp(\`^[^.]+\\.${name.slice(2).replace(/\./g, "\\.")}$\`)` : `Host(\`${name}\`)`)).join(" || ");
    const ours: Record<string, unknown> = {
      service: { enabled: false },
      ports: {
        web: { ...trusted, ...(redirect ? { http: { redirections: { entryPoint: { to: "websecure", scheme: "https", permanent: true } } } } : {}) },
        websecure: trusted,
      },
      tlsStore: { default: { defaultCertificate: { secretName: props.defaultCertificate.secretName } } },
      tlsOptions: { default: { minVersion: "VersionTLS12", ...(clientAuth ? { clientAuth } : {}) } },
      extraObjects: [
        {
          apiVersion: "traefik.io/v1alpha1",
          kind: "IngressRoute",
          metadata: { name: `${releaseName}-site`, namespace },
          spec: {
            entryPoints: ["websecure"],
            routes: [{ kind: "Rule", match: rule, services: [{ name: props.route.serviceName, port: props.route.servicePort }] }],
            tls: {},
          },
        },
      ],
    };
    const values = mergeValues(this, ours, props.additionalValues ?? {}, "additionalValues");
    warnHttp01(this, props.additionalValues ?? {});
    this.values = renderJson(values);
    this.podSelector = { "app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": `${releaseName}-${namespace}`.slice(0, 63).replace(/-+$/, "") };
    this.resource = new Release(this, "Resource", {
      name: releaseName,
      namespace,
      repository: TRAEFIK_CHART_REPOSITORY,
      chart: "traefik",
      version: props.chartVersion ?? TRAEFIK_CHART_VERSION,
      values: [this.values],
      dependsOn,
    });
    this.node.addValidation({ validate: () => traefikCustomResources(this) });
  }
}

/** API groups of the CRDs the Traefik chart installs. */
const TRAEFIK_API_GROUPS = /"apiVersion"\s*:\s*"(traefik\.io|traefik\.containo\.us|hub\.traefik\.io)\//;

/**
 * A `kubernetes_manifest` of a Traefik CRD in the stack that installs the chart fails at plan
 * time: the provider reads the CRD's schema while planning, before the chart exists.
 */
function traefikCustomResources(traefik: Traefik): string[] {
  return TerraformStack.of(traefik)
    .node.findAll()
    .filter((c): c is TerraformResource => c instanceof TerraformResource && c.terraformResourceType === "kubernetes_manifest")
    .filter((manifest) => TRAEFIK_API_GROUPS.test(JSON.stringify(manifest.toTerraform())))
    .map(
      (manifest) =>
        `${manifest.node.path}: invalid 'manifest': received a Traefik custom resource in the stack whose helm_release (${traefik.resource.node.path}) installs its CRD. kubernetes_manifest needs the CRD at plan time: pass the object through Traefik's 'additionalValues.extraObjects' (the chart installs its CRDs first), or move it to a stack applied after this one.`,
    );
}

/** Merges `theirs` under `ours`; a leaf both set differently is an error. */
function mergeValues(scope: Construct, ours: Record<string, unknown>, theirs: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    const mine = ours[key];
    const here = `${path}.${key}`;
    if (mine === undefined) out[key] = value;
    else if (isObject(mine) && isObject(value)) out[key] = mergeValues(scope, mine, value, here);
    else if (JSON.stringify(mine) !== JSON.stringify(value)) {
      throw new ValidationError(scope.node.path, here, value, `The package sets this chart value to ${JSON.stringify(mine)} (the SSL option depends on it): leave it out.`);
    }
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** HTTP-01 behind PROXY protocol: in-cluster self-checks fail. */
function warnHttp01(scope: Construct, values: Record<string, unknown>): void {
  const resolvers = values.certificatesResolvers;
  if (!isObject(resolvers)) return;
  for (const [name, resolver] of Object.entries(resolvers)) {
    const acme = isObject(resolver) ? resolver.acme : undefined;
    if (isObject(acme) && acme.httpChallenge !== undefined) {
      Annotations.of(scope).addWarning(
        `${scope.node.path}: doubtful 'additionalValues.certificatesResolvers.${name}.acme.httpChallenge': received an HTTP-01 challenge. The NodeBalancer sends PROXY protocol, and HTTP-01 checks made from inside the cluster fail behind it: use a DNS-01 challenge (dnsChallenge), or let the package issue the certificate.`,
      );
    }
  }
}
