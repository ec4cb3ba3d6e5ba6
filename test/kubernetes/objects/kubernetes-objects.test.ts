import { describe, expect, test } from "vitest";
import {
  PLACEHOLDER,
  kubernetesObjects,
  setValue,
  typedValue,
  validateStackKubernetesObjects,
  type KubernetesObject,
} from "../../support/kubernetes-objects";
import { goodStack } from "./fixtures";

function objectOf(objects: { object: KubernetesObject }[], kind: string, name: string): KubernetesObject {
  const found = objects.find((o) => o.object.kind === kind && o.object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} among ${objects.map((o) => `${o.object.kind} ${String(o.object.metadata.name)}`).join(", ")}`);
  return found.object;
}

describe("a correct stack", () => {
  test("every object it emits passes the Kubernetes and Traefik schemas and the API rules", () => {
    // GIVEN a stack with a Namespace, two Secrets, a Service and a Traefik release
    // WHEN its objects are converted and validated
    const { objects, errors } = validateStackKubernetesObjects(goodStack());
    // THEN nothing is reported, and the release renders its TLSStore, TLSOption and Service
    expect(errors).toEqual([]);
    expect(objects.map((o) => `${o.object.kind} ${String(o.object.metadata.name)}`).sort()).toEqual([
      "Namespace traefik",
      "Secret cloudflare-origin-pull-ca",
      "Secret site-tls",
      "Service traefik",
      "Service web",
      "TLSOption default",
      "TLSStore default",
    ]);
  });

  test("the Service maps the provider's blocks to Kubernetes fields, references to typed placeholders", () => {
    const { objects } = kubernetesObjects(goodStack());
    expect(objectOf(objects, "Service", "web")).toEqual({
      apiVersion: "v1",
      kind: "Service",
      metadata: {
        name: "web",
        namespace: "traefik",
        annotations: {
          "service.beta.kubernetes.io/linode-loadbalancer-default-protocol": "tcp",
          "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol": "v2",
          "service.beta.kubernetes.io/linode-loadbalancer-firewall-id": PLACEHOLDER.text,
        },
      },
      spec: {
        type: "LoadBalancer",
        sessionAffinity: "None",
        selector: { "app.kubernetes.io/name": "traefik" },
        externalTrafficPolicy: "Local",
        ports: [
          { name: "https", port: 443, targetPort: "websecure", protocol: "TCP" },
          { name: "http", port: PLACEHOLDER.port, targetPort: 8000, protocol: "TCP" },
        ],
      },
    });
  });

  test("a Secret's data_wo goes to stringData (as the provider sends it), keys kept, values placeholders, a namespace reference resolved", () => {
    const { objects } = kubernetesObjects(goodStack());
    expect(objectOf(objects, "Secret", "site-tls")).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "site-tls", namespace: "traefik" },
      type: "kubernetes.io/tls",
      stringData: { "tls.crt": PLACEHOLDER.text, "tls.key": PLACEHOLDER.text },
    });
    expect(objectOf(objects, "Secret", "cloudflare-origin-pull-ca").type).toBe("Opaque");
  });

  test("the Traefik release renders the TLSStore and TLSOption of its values, in the release namespace", () => {
    const { objects } = kubernetesObjects(goodStack());
    const store = objectOf(objects, "TLSStore", "default");
    expect(store.apiVersion).toBe("traefik.io/v1alpha1");
    expect(store.metadata.namespace).toBe("traefik");
    expect(store.spec).toEqual({ defaultCertificate: { secretName: "site-tls" } });
    expect(objectOf(objects, "TLSOption", "default").spec).toEqual({
      minVersion: "VersionTLS12",
      clientAuth: { secretNames: ["cloudflare-origin-pull-ca"], clientAuthType: "RequireAndVerifyClientCert" },
    });
  });

  test("the chart's Service carries the annotations from values and set, with the exposed ports", () => {
    const { objects } = kubernetesObjects(goodStack());
    const service = objectOf(objects, "Service", "traefik");
    expect(service.metadata.annotations).toEqual({ "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol": "v2" });
    expect(service.spec).toMatchObject({
      type: "LoadBalancer",
      externalTrafficPolicy: "Local",
      ports: [
        { name: "web", port: 80, targetPort: "web", protocol: "TCP" },
        { name: "websecure", port: 443, targetPort: "websecure", protocol: "TCP" },
      ],
    });
  });
});

describe("broken objects name the broken field", () => {
  test("an annotation value that is not a string", () => {
    const stack = goodStack();
    (stack.resource.kubernetes_service_v1.web.metadata as { annotations: Record<string, unknown> }).annotations[
      "service.beta.kubernetes.io/linode-loadbalancer-throttle"
    ] = 20;
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual([
      "kubernetes_service_v1.web → Service traefik/web: metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-throttle] must be string (schema)",
    ]);
  });

  test("an annotation set through helm `set` that helm types as a number", () => {
    const stack = goodStack();
    (stack.resource.helm_release.traefik.set as unknown[]).push({
      name: "service.annotations.service\\.beta\\.kubernetes\\.io/linode-loadbalancer-throttle",
      value: "20",
    });
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual([
      "helm_release.traefik (templates/service.yaml) → Service traefik/traefik: metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-throttle] must be string (schema)",
    ]);
  });

  test("a port of 70000", () => {
    const stack = goodStack();
    ((stack.resource.kubernetes_service_v1.web.spec as { port: Record<string, unknown>[] }).port[0]).port = 70000;
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual(["kubernetes_service_v1.web → Service traefik/web: spec.ports[0].port: 70000 must be between 1 and 65535, inclusive"]);
  });

  test("a kubernetes.io/tls Secret without tls.key, which the API refuses", () => {
    const stack = goodStack();
    stack.resource.kubernetes_secret_v1.site_tls.data_wo = { "tls.crt": "${acme_certificate.site.certificate_pem}" };
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toContain(
      "kubernetes_secret_v1.site_tls → Secret traefik/site-tls: data[tls.key]: Required value (a kubernetes.io/tls Secret needs it)",
    );
  });

  test("a Secret type that is not a string, and a misspelt built-in type", () => {
    const notAString = goodStack();
    notAString.resource.kubernetes_secret_v1.origin_pull_ca.type = 1;
    expect(validateStackKubernetesObjects(notAString).errors).toEqual([
      "kubernetes_secret_v1.origin_pull_ca → Secret traefik/cloudflare-origin-pull-ca: type must be string (schema)",
    ]);
    const misspelt = goodStack();
    misspelt.resource.kubernetes_secret_v1.site_tls.type = "kubernetes.io/TLS";
    expect(validateStackKubernetesObjects(misspelt).errors).toEqual([
      expect.stringMatching(/^kubernetes_secret_v1\.site_tls → Secret traefik\/site-tls: type: "kubernetes.io\/TLS" is not a built-in Secret type/),
    ]);
  });

  test("data_wo without data_wo_revision: the provider sends no data, so the TLS Secret has no keys", () => {
    const stack = goodStack();
    delete stack.resource.kubernetes_secret_v1.site_tls.data_wo_revision;
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual([
      expect.stringMatching(/^kubernetes_secret_v1\.site_tls\.data_wo: ignored by the provider unless data_wo_revision >= 1/),
      expect.stringMatching(/Secret traefik\/site-tls: data\[tls\.crt\]: Required value/),
      expect.stringMatching(/Secret traefik\/site-tls: data\[tls\.key\]: Required value/),
      expect.stringMatching(/TLSStore traefik\/default: spec\.defaultCertificate\.secretName: Secret traefik\/site-tls has no tls\.crt key/),
      expect.stringMatching(/TLSStore traefik\/default: spec\.defaultCertificate\.secretName: Secret traefik\/site-tls has no tls\.key key/),
    ]);
  });

  test("a TLSOption clientAuthType that Traefik refuses", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.values = [
      (stack.resource.helm_release.traefik.values as string[])[0].replace("RequireAndVerifyClientCert", "RequireAndVerifyClientCerts"),
    ];
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual([
      "helm_release.traefik (templates/tlsoption.yaml) → TLSOption traefik/default: spec.clientAuth.clientAuthType must be equal to one of the allowed values (schema)",
    ]);
  });

  test("a TLSStore whose default certificate is not a string", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.set = [{ name: "tlsStore.default.defaultCertificate.secretName", value: "1234" }];
    const { errors } = validateStackKubernetesObjects(stack);
    expect(errors[0]).toBe(
      "helm_release.traefik (templates/tlsstore.yaml) → TLSStore traefik/default: spec.defaultCertificate.secretName must be string (schema)",
    );
  });

  test("a client-auth CA Secret without tls.ca or ca.crt", () => {
    const stack = goodStack();
    stack.resource.kubernetes_secret_v1.origin_pull_ca.data = { "ca.pem": "x" };
    expect(validateStackKubernetesObjects(stack).errors).toEqual([
      "helm_release.traefik (templates/tlsoption.yaml) → TLSOption traefik/default: spec.clientAuth.secretNames[0]: Secret traefik/cloudflare-origin-pull-ca has neither tls.ca nor ca.crt",
    ]);
  });
});

describe("the Traefik chart's extraObjects", () => {
  const route = {
    apiVersion: "traefik.io/v1alpha1",
    kind: "IngressRoute",
    metadata: { name: "site", namespace: "traefik" },
    spec: { entryPoints: ["websecure"], routes: [{ kind: "Rule", match: "Host(`example.com`)", services: [{ name: "web", port: 8080 }] }], tls: {} },
  };

  test("an IngressRoute in extraObjects is emitted and validated", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.set_list = undefined;
    (stack.resource.helm_release.traefik.values as string[]).push(JSON.stringify({ extraObjects: [route] }));
    const { objects, errors } = validateStackKubernetesObjects(stack);
    expect(errors).toEqual([]);
    expect(objects.filter((o) => o.object.kind === "IngressRoute").map((o) => o.source)).toEqual([
      "helm_release.traefik (templates/extra-objects.yaml, extraObjects[0])",
    ]);
  });

  test("an IngressRoute whose route kind Traefik refuses", () => {
    const stack = goodStack();
    const broken = { ...route, spec: { ...route.spec, routes: [{ ...route.spec.routes[0], kind: "Rules" }] } };
    (stack.resource.helm_release.traefik.values as string[]).push(JSON.stringify({ extraObjects: [broken] }));
    expect(validateStackKubernetesObjects(stack).errors).toEqual([
      "helm_release.traefik (templates/extra-objects.yaml, extraObjects[0]) → IngressRoute traefik/site: spec.routes[0].kind must be equal to one of the allowed values (schema)",
    ]);
  });
});

describe("the Traefik chart's value names (chart 41.3.0)", () => {
  test("a misspelt value name is reported, not dropped", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.set_list = [{ name: "ports.websecure.proxyProtocols.trustedIPs", value: ["192.168.255.0/24"] }];
    stack.resource.helm_release.traefik.set = [{ name: "tlsStores.default.defaultCertificate.secretName", value: "site-tls" }];
    expect(validateStackKubernetesObjects(stack).errors).toEqual([
      'helm_release.traefik values: "tlsStores" is not a value of the traefik chart 41.3.0 (helm refuses unknown top-level keys)',
      "helm_release.traefik values: ports.websecure.proxyProtocols is not a port value of the traefik chart 41.3.0",
    ]);
  });

  test("trustedIPs that are not addresses or CIDRs", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.set_list = [{ name: "ports.websecure.proxyProtocol.trustedIPs", value: ["192.168.255.0/33"] }];
    expect(validateStackKubernetesObjects(stack).errors).toEqual([
      'helm_release.traefik values: ports.websecure.proxyProtocol.trustedIPs[0] "192.168.255.0/33" is not an IP address or CIDR',
    ]);
  });

  test("a tlsOptions key the chart's template does not render", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.set = [{ name: "tlsOptions.default.preferServerCipherSuites", value: "true" }];
    expect(validateStackKubernetesObjects(stack).errors).toEqual([expect.stringMatching(/tlsOptions\.default\.preferServerCipherSuites is dropped by the chart's templates\/tlsoption\.yaml/)]);
  });

  test("a Terraform yamlencode(...) values document cannot be read offline and says so", () => {
    const stack = goodStack();
    stack.resource.helm_release.traefik.values = ['${yamlencode({"tlsStore" = {}})}'];
    expect(validateStackKubernetesObjects(stack).errors).toContainEqual(expect.stringMatching(/^helm_release\.traefik\.values\[0\]: a Terraform yamlencode/));
  });
});

describe("the converter never drops what it does not know", () => {
  test("an attribute it does not map is a finding", () => {
    const stack = goodStack();
    (stack.resource.kubernetes_service_v1.web.spec as Record<string, unknown>).traffic_distribution = "PreferClose";
    expect(validateStackKubernetesObjects(stack).errors).toEqual([expect.stringMatching(/^kubernetes_service_v1\.web\.spec\.traffic_distribution: not mapped/)]);
  });

  test("a kubernetes_* resource type without a converter is a finding", () => {
    const stack = goodStack();
    stack.resource.kubernetes_ingress_v1 = { site: { metadata: { name: "site" } } };
    expect(validateStackKubernetesObjects(stack).errors).toEqual(["kubernetes_ingress_v1: no converter in test/support/kubernetes-objects.ts; add one"]);
  });
});

describe("helm's strvals, as the helm provider applies `set`", () => {
  test("typedValue: booleans, null, integers not starting with 0, else strings", () => {
    expect([typedValue("true"), typedValue("FALSE"), typedValue("null"), typedValue("0"), typedValue("443"), typedValue("0443"), typedValue("v2")]).toEqual([
      true,
      false,
      null,
      0,
      443,
      "0443",
      "v2",
    ]);
  });

  test("escaped dots stay in the key, [n] indexes lists, {a,b} is a list, an unescaped comma is a finding", () => {
    const base: Record<string, unknown> = {};
    const findings: string[] = [];
    setValue(base, "service.annotations.a\\.b/c", "1", false, "set[0]", findings);
    setValue(base, "ports.websecure.proxyProtocol.trustedIPs", "{10.0.0.0/8,192.168.0.0/16}", true, "set[1]", findings);
    setValue(base, "additionalArguments[1]", "--log.level=DEBUG", true, "set[2]", findings);
    setValue(base, "x", "a,b", true, "set[3]", findings);
    expect(base).toEqual({
      service: { annotations: { "a.b/c": "1" } },
      ports: { websecure: { proxyProtocol: { trustedIPs: ["10.0.0.0/8", "192.168.0.0/16"] } } },
      additionalArguments: [undefined, "--log.level=DEBUG"],
      x: "a",
    });
    expect(findings).toEqual([expect.stringMatching(/^set\[3\]: helm splits the value "a,b" at its commas/)]);
  });
});
