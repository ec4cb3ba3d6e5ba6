import { TerraformResource } from "cdktf";
import { describe, expect, test } from "vitest";
import { NODEBALANCER_SOURCE_RANGE, TlsSecret, Traefik, TRAEFIK_CHART_VERSION, type TraefikProps } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { warningsOf } from "../support/fixtures";
import { newLkeStack, only, ownCertificate } from "./lke-fixtures";

function build(overrides: Partial<TraefikProps> = {}, secretNamespace = "shop") {
  const stack = newLkeStack();
  const secret = new TlsSecret(stack, "Secret", { name: "shop-tls", namespace: secretNamespace, certificate: ownCertificate(stack) });
  const traefik = new Traefik(stack, "Traefik", {
    namespace: "shop",
    defaultCertificate: secret,
    route: { hostnames: ["www.example.com", "example.com"], serviceName: "shop-app", servicePort: 8080 },
    ...overrides,
  });
  return { stack, traefik };
}

function values(stack: ReturnType<typeof build>["stack"]) {
  const [, release] = only(synthJson(stack), "helm_release");
  return { release, values: JSON.parse((release.values as string[])[0]) };
}

describe("Traefik", () => {
  test("a helm_release of the pinned chart whose values trust PROXY protocol from the NodeBalancers, serve the Secret and route the site", () => {
    const { stack, traefik } = build();
    const { release, values: v } = values(stack);
    expect(release).toMatchObject({ name: "traefik", namespace: "shop", chart: "traefik", repository: "https://traefik.github.io/charts", version: TRAEFIK_CHART_VERSION });
    expect(release.depends_on).toEqual(["kubernetes_secret_v1.Secret_A720EF05"]);
    expect(v.ports.websecure.proxyProtocol).toEqual({ trustedIPs: [NODEBALANCER_SOURCE_RANGE] });
    expect(v.ports.web.proxyProtocol).toEqual({ trustedIPs: ["192.168.255.0/24"] });
    expect(v.ports.web.http.redirections.entryPoint).toEqual({ to: "websecure", scheme: "https", permanent: true });
    expect(v.tlsStore).toEqual({ default: { defaultCertificate: { secretName: "shop-tls" } } });
    expect(v.tlsOptions).toEqual({ default: { minVersion: "VersionTLS12" } });
    expect(v.service).toEqual({ enabled: false });
    expect(v.extraObjects).toEqual([
      {
        apiVersion: "traefik.io/v1alpha1",
        kind: "IngressRoute",
        metadata: { name: "traefik-site", namespace: "shop" },
        spec: { entryPoints: ["websecure"], routes: [{ kind: "Rule", match: "Host(`www.example.com`) || Host(`example.com`)", services: [{ name: "shop-app", port: 8080 }] }], tls: {} },
      },
    ]);
    expect(traefik.podSelector).toEqual({ "app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": "traefik-shop" });
    // Typed values only: no CR of the chart's CRDs as a kubernetes_manifest in the same stack.
    expect(synthJson(stack).resource?.kubernetes_manifest).toBeUndefined();
  });

  test("with a client CA, the default TLSOption requires and verifies client certificates (AOP)", () => {
    const { stack, traefik } = build({ clientCaPem: "${var.ca}" });
    const { release, values: v } = values(stack);
    expect(v.tlsOptions.default.clientAuth).toEqual({ secretNames: ["traefik-client-ca"], clientAuthType: "RequireAndVerifyClientCert" });
    const secrets = synthJson(stack).resource?.kubernetes_secret_v1 ?? {};
    expect(Object.values(secrets).find((s) => (s.metadata as { name: string }).name === "traefik-client-ca")).toMatchObject({ data: { "ca.crt": "${var.ca}" }, metadata: { namespace: "shop" } });
    expect(release.depends_on).toContain(`kubernetes_secret_v1.${Object.keys(secrets).find((k) => k.includes("ClientCa"))}`);
    expect(traefik.clientCaSecret).toBeDefined();
  });

  test("a wildcard host name becomes a HostRegexp rule", () => {
    const { stack } = build({ route: { hostnames: ["*.example.com"], serviceName: "shop-app", servicePort: 8080 } });
    expect(values(stack).values.extraObjects[0].spec.routes[0].match).toBe("HostRegexp(`^[^.]+\\.example\\.com$`)");
  });

  test("additional values merge under the package's; changing one the package sets is an error", () => {
    const { stack } = build({ additionalValues: { deployment: { replicas: 2 }, ports: { websecure: { http3: { enabled: true } } } } });
    const v = values(stack).values;
    expect(v.deployment).toEqual({ replicas: 2 });
    expect(v.ports.websecure).toEqual({ proxyProtocol: { trustedIPs: ["192.168.255.0/24"] }, http3: { enabled: true } });
    expect(() => build({ additionalValues: { service: { enabled: true } } })).toThrow(
      `test/Traefik: invalid 'additionalValues.service.enabled': received true. The package sets this chart value to false (the SSL option depends on it): leave it out.`,
    );
  });

  test("warns about an HTTP-01 ACME resolver behind PROXY protocol", () => {
    const { stack } = build({ additionalValues: { certificatesResolvers: { le: { acme: { httpChallenge: { entryPoint: "web" } } } } } });
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^test\/Traefik: doubtful 'additionalValues\.certificatesResolvers\.le\.acme\.httpChallenge': .*use a DNS-01 challenge/)]);
    const { stack: dns } = build({ additionalValues: { certificatesResolvers: { le: { acme: { dnsChallenge: { provider: "linode" } } } } } });
    expect(warningsOf(dns)).toEqual([]);
  });

  test("the default certificate's Secret must be in Traefik's namespace", () => {
    expect(() => build({}, "certs")).toThrow(`test/Traefik: invalid 'defaultCertificate': received "certs". Traefik's default TLSStore reads its Secret from the release's namespace ('shop'): create the TlsSecret there.`);
  });
});

describe("Traefik's CRDs", () => {
  test("a kubernetes_manifest of a Traefik CRD in the same stack fails at synth; other manifests pass", () => {
    const { stack } = build();
    new TerraformResource(stack, "Other", { terraformResourceType: "kubernetes_manifest" }).addOverride("manifest", { apiVersion: "v1", kind: "ConfigMap" });
    expect(() => synthJson(stack)).not.toThrow();
    new TerraformResource(stack, "Middleware", { terraformResourceType: "kubernetes_manifest" }).addOverride("manifest", { apiVersion: "traefik.io/v1alpha1", kind: "Middleware" });
    expect(() => synthJson(stack)).toThrow(/test\/Middleware: invalid 'manifest': received a Traefik custom resource in the stack whose helm_release \(test\/Traefik\/Resource\) installs its CRD\./);
  });
});
