/**
 * The Kubernetes objects a synthesized stack makes the providers send to the API server, and their
 * validation against the Kubernetes and Traefik schemas (kubernetes-models) plus the API-server and
 * Traefik rules those schemas cannot express.
 *
 * Sources the mapping follows (read, not copied):
 * - hashicorp/terraform-provider-kubernetes v2.38.0: `expandMetadata` (kubernetes/structures.go),
 *   `expandServiceSpec`/`expandServicePort` (structure_service_spec.go), `resourceKubernetesSecretV1Create`
 *   (`data`/`data_wo` go to `stringData`, `binary_data`/`binary_data_wo` to `data`; the write-only maps
 *   only when their `*_revision` is at least 1), the config map and namespace resources.
 * - hashicorp/terraform-provider-helm v3.1.1 `getValues`/`getValue`/`getListValue`: `values` YAML merged
 *   in order (sigs.k8s.io/yaml), then `set` (strvals, typed unless `type = "string"`), `set_list`,
 *   `set_sensitive`, then `set_wo` when `set_wo_revision` is at least 1.
 * - traefik/traefik-helm-chart 41.3.0 (Traefik v3.7.11): `values.yaml`/`values.schema.json` for the value
 *   names, `templates/tlsstore.yaml`, `templates/tlsoption.yaml`, `templates/extra-objects.yaml`, `templates/service.yaml` and
 *   `_service.tpl`/`_helpers.tpl` for the objects they render.
 * - kubernetes/kubernetes `pkg/apis/core/validation` (`ValidateSecret`, `ValidateService`,
 *   `ValidateObjectMeta`) for the rules the OpenAPI schema leaves out (port ranges, name formats,
 *   per-type Secret keys), and traefik `pkg/provider/kubernetes/crd` for the keys Traefik reads.
 *
 * Terraform references (`${...}`) are replaced by typed placeholders: a reference standing for a port
 * becomes {@link PLACEHOLDER.port}, one standing for a name becomes {@link PLACEHOLDER.name} (a valid
 * DNS-1035 label, so also a DNS-1123 label, an IANA service name and a label value), Secret data
 * becomes {@link PLACEHOLDER.text}, binary data {@link PLACEHOLDER.base64}. Anything the converter does
 * not map is reported as a finding, never dropped silently.
 */
import { parse as parseYaml } from "yaml";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { TLSStore } from "@kubernetes-models/traefik/traefik.io/v1alpha1/TLSStore";
import { TLSOption } from "@kubernetes-models/traefik/traefik.io/v1alpha1/TLSOption";
import { IngressRoute } from "@kubernetes-models/traefik/traefik.io/v1alpha1/IngressRoute";
import { IngressRouteTCP } from "@kubernetes-models/traefik/traefik.io/v1alpha1/IngressRouteTCP";
import { Middleware } from "@kubernetes-models/traefik/traefik.io/v1alpha1/Middleware";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate";
import type { SynthesizedStack } from "../../src/testing";

/** The values Terraform references are replaced with, by what the field needs. */
export const PLACEHOLDER = {
  /** A name: valid as DNS-1035 and DNS-1123 label, IANA service name and label value. */
  name: "tf-reference",
  /** Free text (annotation values, Secret string data). */
  text: "tf-reference",
  /** A port number. */
  port: 443,
  /** Any other number. */
  number: 1,
  /** Base64 of "tf-reference" (binary data). */
  base64: "dGYtcmVmZXJlbmNl",
} as const;

/** The Traefik chart version whose values.yaml / values.schema.json the value names were checked against. */
export const TRAEFIK_CHART_VERSION_CHECKED = "41.3.0";

export type KubernetesObject = { apiVersion: string; kind: string; metadata: Record<string, unknown>; [key: string]: unknown };

/** One object the stack emits, with the Terraform resource it comes from. */
export interface EmittedObject {
  /** e.g. `kubernetes_service_v1.web` or `helm_release.traefik (chart template tlsstore.yaml)`. */
  readonly source: string;
  readonly object: KubernetesObject;
}

export interface ConversionResult {
  readonly objects: EmittedObject[];
  /** What could not be mapped or what a provider / chart would refuse before any object exists. */
  readonly findings: string[];
}

const KUBERNETES_TYPES = [
  "kubernetes_namespace_v1",
  "kubernetes_secret_v1",
  "kubernetes_service_v1",
  "kubernetes_config_map_v1",
  "kubernetes_deployment_v1",
];
/** Resource types this module knows the objects of (a stack holding others gets a finding). */
export const CONVERTED_TYPES = [...KUBERNETES_TYPES, "helm_release"];

/** True when the stack holds any resource of a `kubernetes_*` type or a `helm_release`. */
export function holdsKubernetesResources(stack: SynthesizedStack): boolean {
  return Object.keys(stack.resource ?? {}).some((t) => t.startsWith("kubernetes_") || t === "helm_release");
}

// ---------------------------------------------------------------------------------------------
// Terraform values
// ---------------------------------------------------------------------------------------------

/** True when a string holds a Terraform interpolation (`${`, not the `$${` escape). */
export function isReference(value: unknown): value is string {
  return typeof value === "string" && /(^|[^$])\$\{/.test(value);
}

/** Replaces every `${...}` (balanced braces) with `replacement` and unescapes `$${`. */
export function substituteReferences(value: string, replacement: string = PLACEHOLDER.text): string {
  let out = "";
  let i = 0;
  while (i < value.length) {
    if (value.startsWith("$${", i)) {
      out += "${";
      i += 3;
      continue;
    }
    if (value.startsWith("${", i)) {
      let depth = 1;
      let j = i + 2;
      while (j < value.length && depth > 0) {
        if (value[j] === "{") depth++;
        else if (value[j] === "}") depth--;
        j++;
      }
      out += replacement;
      i = j;
      continue;
    }
    out += value[i];
    i++;
  }
  return out;
}

type Kind = "name" | "text" | "port" | "number" | "bool";

/** A scalar with references replaced by a placeholder of the kind the field needs; other types kept as they are. */
function scalar(value: unknown, kind: Kind): unknown {
  if (!isReference(value)) return value;
  switch (kind) {
    case "port":
      return PLACEHOLDER.port;
    case "number":
      return PLACEHOLDER.number;
    case "bool":
      return true;
    case "name":
      return substituteReferences(value, PLACEHOLDER.name);
    case "text":
      return substituteReferences(value, PLACEHOLDER.text);
  }
}

/** A Terraform map(string) (annotations, labels, selector, data): references replaced, values kept as typed. */
function stringMap(value: unknown, kind: "name" | "text", where: string, findings: string[]): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (isReference(value)) {
    findings.push(`${where}: the whole map is a Terraform expression; it cannot be checked offline`);
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    findings.push(`${where}: expected a map, got ${JSON.stringify(value)}`);
    return undefined;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [substituteReferences(k, PLACEHOLDER.name), scalar(v, kind)]));
}

const META_ARGUMENTS = new Set(["//", "depends_on", "count", "for_each", "provider", "lifecycle", "connection", "provisioner", "timeouts"]);

/** A Terraform block body whose attributes are consumed one by one; leftovers are reported. */
class Body {
  private readonly used = new Set<string>();
  constructor(
    readonly where: string,
    private readonly raw: Record<string, unknown>,
    private readonly findings: string[],
  ) {}

  get(key: string): unknown {
    this.used.add(key);
    return this.raw[key];
  }

  /** A nested block of at most one item: Terraform JSON accepts an object or a list of one object. */
  block(key: string): Body | undefined {
    const all = this.blocks(key);
    if (all.length > 1) this.findings.push(`${this.where}.${key}: ${all.length} blocks where at most one is allowed`);
    return all[0];
  }

  /** A repeated nested block (a list of objects, or one object). */
  blocks(key: string): Body[] {
    const value = this.get(key);
    if (value === undefined || value === null) return [];
    if (isReference(value)) {
      this.findings.push(`${this.where}.${key}: a block given as a Terraform expression cannot be checked offline`);
      return [];
    }
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, i) => {
      const where = Array.isArray(value) ? `${this.where}.${key}[${i}]` : `${this.where}.${key}`;
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        this.findings.push(`${where}: expected a block (object), got ${JSON.stringify(item)}`);
        return new Body(where, {}, this.findings);
      }
      return new Body(where, item as Record<string, unknown>, this.findings);
    });
  }

  /** Reports every attribute nobody read (except meta-arguments and those listed as provider-only). */
  done(providerOnly: string[] = []): void {
    for (const key of Object.keys(this.raw)) {
      if (this.used.has(key) || META_ARGUMENTS.has(key) || providerOnly.includes(key)) continue;
      this.findings.push(
        `${this.where}.${key}: not mapped to a Kubernetes field by test/support/kubernetes-objects.ts; map it there (or list it as provider-only)`,
      );
    }
  }
}

/** Sets `obj[key] = value` unless the value is undefined (the provider's Go structs omit empty fields). */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) obj[key] = value;
}

function nonEmpty(value: unknown): unknown {
  if (value === "" || value === null) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (typeof value === "object" && value !== null && Object.keys(value).length === 0) return undefined;
  return value;
}

function list(value: unknown, kind: Kind, where: string, findings: string[]): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (isReference(value)) {
    findings.push(`${where}: a list given as a Terraform expression cannot be checked offline`);
    return undefined;
  }
  if (!Array.isArray(value)) return [scalar(value, kind)];
  return value.map((v) => scalar(v, kind));
}

/** `intstr.Parse`: a string holding an integer becomes that integer. */
function intOrString(value: unknown, kind: Kind): unknown {
  if (isReference(value)) return scalar(value, kind);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return value;
}

// ---------------------------------------------------------------------------------------------
// kubernetes_* resources
// ---------------------------------------------------------------------------------------------

/** `expandMetadata`: name, generate_name, namespace (namespaced resources default to "default"), annotations, labels. */
function metadata(body: Body | undefined, namespaced: boolean, findings: string[]): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  if (body === undefined) {
    findings.push("metadata block missing");
    return meta;
  }
  put(meta, "name", nonEmpty(scalar(body.get("name"), "name")));
  put(meta, "generateName", nonEmpty(scalar(body.get("generate_name"), "name")));
  if (namespaced) meta.namespace = nonEmpty(scalar(body.get("namespace"), "name")) ?? "default";
  put(meta, "annotations", nonEmpty(stringMap(body.get("annotations"), "text", `${body.where}.annotations`, findings)));
  put(meta, "labels", nonEmpty(stringMap(body.get("labels"), "name", `${body.where}.labels`, findings)));
  body.done();
  return meta;
}

function namespaceObject(body: Body, findings: string[]): KubernetesObject {
  const object = { apiVersion: "v1", kind: "Namespace", metadata: metadata(body.block("metadata"), false, findings) };
  body.done(["wait_for_default_service_account"]);
  return object;
}

/** A write-only map is sent only when its revision is at least 1 (a reference counts as set). */
function revisionSet(value: unknown): boolean {
  return isReference(value) || (typeof value === "number" && value >= 1);
}

function secretObject(body: Body, findings: string[]): KubernetesObject {
  const object: KubernetesObject = { apiVersion: "v1", kind: "Secret", metadata: metadata(body.block("metadata"), true, findings) };
  const dataWo = body.get("data_wo");
  const dataWoRevision = body.get("data_wo_revision");
  const data = body.get("data");
  let stringData: Record<string, unknown> | undefined;
  if (dataWo !== undefined && !revisionSet(dataWoRevision)) {
    findings.push(
      `${body.where}.data_wo: ignored by the provider unless data_wo_revision >= 1 (got ${JSON.stringify(dataWoRevision)}): the Secret would be created without these keys`,
    );
  }
  if (revisionSet(dataWoRevision)) stringData = stringMap(dataWo, "text", `${body.where}.data_wo`, findings);
  else if (data !== undefined) stringData = stringMap(data, "text", `${body.where}.data`, findings);
  put(object, "stringData", nonEmpty(stringData));

  const binWo = body.get("binary_data_wo");
  const binWoRevision = body.get("binary_data_wo_revision");
  const bin = body.get("binary_data");
  if (binWo !== undefined && !revisionSet(binWoRevision)) {
    findings.push(`${body.where}.binary_data_wo: ignored by the provider unless binary_data_wo_revision >= 1`);
  }
  const binary = revisionSet(binWoRevision) ? binWo : bin;
  const binaryMap = stringMap(binary, "text", `${body.where}.binary_data`, findings);
  if (binaryMap) {
    put(
      object,
      "data",
      nonEmpty(Object.fromEntries(Object.entries(binaryMap).map(([k, v]) => [k, v === PLACEHOLDER.text ? PLACEHOLDER.base64 : v]))),
    );
  }
  // The provider's `type` defaults to Opaque; an empty string is not sent (GetOk), so the API defaults it.
  put(object, "type", nonEmpty(scalar(body.get("type"), "text")) ?? "Opaque");
  put(object, "immutable", scalar(body.get("immutable"), "bool"));
  body.done(["wait_for_service_account_token"]);
  return object;
}

function configMapObject(body: Body, findings: string[]): KubernetesObject {
  const object: KubernetesObject = { apiVersion: "v1", kind: "ConfigMap", metadata: metadata(body.block("metadata"), true, findings) };
  put(object, "data", nonEmpty(stringMap(body.get("data"), "text", `${body.where}.data`, findings)));
  const binary = stringMap(body.get("binary_data"), "text", `${body.where}.binary_data`, findings);
  if (binary) {
    put(object, "binaryData", nonEmpty(Object.fromEntries(Object.entries(binary).map(([k, v]) => [k, v === PLACEHOLDER.text ? PLACEHOLDER.base64 : v]))));
  }
  put(object, "immutable", scalar(body.get("immutable"), "bool"));
  body.done();
  return object;
}

/** `expandServicePort`. */
function servicePort(body: Body): Record<string, unknown> {
  const port: Record<string, unknown> = { port: scalar(body.get("port"), "port") };
  put(port, "targetPort", nonEmpty(intOrString(body.get("target_port"), "port")));
  put(port, "name", nonEmpty(scalar(body.get("name"), "name")));
  put(port, "protocol", nonEmpty(scalar(body.get("protocol"), "text")) ?? "TCP");
  put(port, "nodePort", nonEmpty(scalar(body.get("node_port"), "port")));
  put(port, "appProtocol", nonEmpty(scalar(body.get("app_protocol"), "text")));
  body.done();
  return port;
}

/** `expandServiceSpec`. */
function serviceSpec(body: Body, findings: string[]): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  const ports = body.blocks("port").map(servicePort);
  if (ports.length > 0) spec.ports = ports;
  put(spec, "selector", nonEmpty(stringMap(body.get("selector"), "name", `${body.where}.selector`, findings)));
  put(spec, "clusterIP", nonEmpty(scalar(body.get("cluster_ip"), "text")));
  put(spec, "clusterIPs", nonEmpty(list(body.get("cluster_ips"), "text", `${body.where}.cluster_ips`, findings)));
  const type = nonEmpty(scalar(body.get("type"), "text")) ?? "ClusterIP";
  spec.type = type;
  const allocate = body.get("allocate_load_balancer_node_ports");
  const lbClass = body.get("load_balancer_class");
  if (type === "LoadBalancer") {
    put(spec, "allocateLoadBalancerNodePorts", scalar(allocate, "bool"));
    put(spec, "loadBalancerClass", nonEmpty(scalar(lbClass, "text")));
  }
  put(spec, "externalIPs", nonEmpty(list(body.get("external_ips"), "text", `${body.where}.external_ips`, findings)));
  put(spec, "internalTrafficPolicy", nonEmpty(scalar(body.get("internal_traffic_policy"), "text")));
  put(spec, "ipFamilies", nonEmpty(list(body.get("ip_families"), "text", `${body.where}.ip_families`, findings)));
  put(spec, "ipFamilyPolicy", nonEmpty(scalar(body.get("ip_family_policy"), "text")));
  put(spec, "sessionAffinity", nonEmpty(scalar(body.get("session_affinity"), "text")) ?? "None");
  const affinity = body.block("session_affinity_config");
  if (affinity) {
    const clientIp = affinity.block("client_ip");
    const config: Record<string, unknown> = {};
    if (clientIp) {
      config.clientIP = { timeoutSeconds: scalar(clientIp.get("timeout_seconds"), "number") };
      clientIp.done();
    }
    affinity.done();
    spec.sessionAffinityConfig = config;
  }
  put(spec, "loadBalancerIP", nonEmpty(scalar(body.get("load_balancer_ip"), "text")));
  put(
    spec,
    "loadBalancerSourceRanges",
    nonEmpty(list(body.get("load_balancer_source_ranges"), "text", `${body.where}.load_balancer_source_ranges`, findings)),
  );
  put(spec, "externalName", nonEmpty(scalar(body.get("external_name"), "text")));
  put(spec, "publishNotReadyAddresses", scalar(body.get("publish_not_ready_addresses"), "bool"));
  put(spec, "externalTrafficPolicy", nonEmpty(scalar(body.get("external_traffic_policy"), "text")));
  put(spec, "healthCheckNodePort", nonEmpty(scalar(body.get("health_check_node_port"), "port")));
  body.done();
  return spec;
}

function serviceObject(body: Body, findings: string[]): KubernetesObject {
  const object: KubernetesObject = { apiVersion: "v1", kind: "Service", metadata: metadata(body.block("metadata"), true, findings) };
  const spec = body.block("spec");
  object.spec = spec ? serviceSpec(spec, findings) : {};
  body.done(["wait_for_load_balancer"]);
  return object;
}

/** A container: the fields a web-server example uses; anything else is reported, not dropped. */
function container(body: Body, findings: string[]): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  put(c, "name", scalar(body.get("name"), "name"));
  put(c, "image", nonEmpty(scalar(body.get("image"), "text")));
  put(c, "imagePullPolicy", nonEmpty(scalar(body.get("image_pull_policy"), "text")));
  put(c, "args", nonEmpty(list(body.get("args"), "text", `${body.where}.args`, findings)));
  put(c, "command", nonEmpty(list(body.get("command"), "text", `${body.where}.command`, findings)));
  put(c, "workingDir", nonEmpty(scalar(body.get("working_dir"), "text")));
  const ports = body.blocks("port").map((p) => {
    const port: Record<string, unknown> = { containerPort: scalar(p.get("container_port"), "port") };
    put(port, "name", nonEmpty(scalar(p.get("name"), "name")));
    put(port, "protocol", nonEmpty(scalar(p.get("protocol"), "text")) ?? "TCP");
    put(port, "hostPort", nonEmpty(scalar(p.get("host_port"), "port")));
    put(port, "hostIP", nonEmpty(scalar(p.get("host_ip"), "text")));
    p.done();
    return port;
  });
  if (ports.length > 0) c.ports = ports;
  const env = body.blocks("env").map((e) => {
    const out: Record<string, unknown> = { name: scalar(e.get("name"), "text") };
    put(out, "value", scalar(e.get("value"), "text"));
    e.done();
    return out;
  });
  if (env.length > 0) c.env = env;
  const mounts = body.blocks("volume_mount").map((m) => {
    const out: Record<string, unknown> = { name: scalar(m.get("name"), "name"), mountPath: scalar(m.get("mount_path"), "text") };
    put(out, "readOnly", scalar(m.get("read_only"), "bool"));
    put(out, "subPath", nonEmpty(scalar(m.get("sub_path"), "text")));
    m.done();
    return out;
  });
  if (mounts.length > 0) c.volumeMounts = mounts;
  const resources = body.block("resources");
  if (resources) {
    const r: Record<string, unknown> = {};
    put(r, "limits", nonEmpty(stringMap(resources.get("limits"), "text", `${resources.where}.limits`, findings)));
    put(r, "requests", nonEmpty(stringMap(resources.get("requests"), "text", `${resources.where}.requests`, findings)));
    resources.done();
    c.resources = r;
  }
  body.done();
  return c;
}

function volume(body: Body): Record<string, unknown> {
  const v: Record<string, unknown> = { name: scalar(body.get("name"), "name") };
  const secret = body.block("secret");
  if (secret) {
    v.secret = { secretName: scalar(secret.get("secret_name"), "name") };
    put(v.secret as Record<string, unknown>, "defaultMode", nonEmpty(intOrString(secret.get("default_mode"), "number")));
    put(v.secret as Record<string, unknown>, "optional", scalar(secret.get("optional"), "bool"));
    secret.done();
  }
  const configMap = body.block("config_map");
  if (configMap) {
    v.configMap = { name: scalar(configMap.get("name"), "name") };
    put(v.configMap as Record<string, unknown>, "defaultMode", nonEmpty(intOrString(configMap.get("default_mode"), "number")));
    put(v.configMap as Record<string, unknown>, "optional", scalar(configMap.get("optional"), "bool"));
    configMap.done();
  }
  if (body.block("empty_dir")) v.emptyDir = {};
  body.done();
  return v;
}

function deploymentObject(body: Body, findings: string[]): KubernetesObject {
  const object: KubernetesObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: metadata(body.block("metadata"), true, findings) };
  const specBody = body.block("spec");
  const spec: Record<string, unknown> = {};
  if (specBody) {
    // spec.replicas is a string in the provider schema (so that it can be left to an autoscaler); it sends an int32.
    put(spec, "replicas", nonEmpty(intOrString(specBody.get("replicas"), "number")));
    put(spec, "minReadySeconds", scalar(specBody.get("min_ready_seconds"), "number"));
    put(spec, "revisionHistoryLimit", scalar(specBody.get("revision_history_limit"), "number"));
    put(spec, "progressDeadlineSeconds", scalar(specBody.get("progress_deadline_seconds"), "number"));
    put(spec, "paused", scalar(specBody.get("paused"), "bool"));
    const selector = specBody.block("selector");
    if (selector) {
      spec.selector = { matchLabels: stringMap(selector.get("match_labels"), "name", `${selector.where}.match_labels`, findings) };
      selector.done();
    }
    const strategy = specBody.block("strategy");
    if (strategy) {
      const s: Record<string, unknown> = {};
      put(s, "type", nonEmpty(scalar(strategy.get("type"), "text")));
      const rolling = strategy.block("rolling_update");
      if (rolling) {
        s.rollingUpdate = {
          maxSurge: intOrString(rolling.get("max_surge"), "number"),
          maxUnavailable: intOrString(rolling.get("max_unavailable"), "number"),
        };
        rolling.done();
      }
      strategy.done();
      spec.strategy = s;
    }
    const template = specBody.block("template");
    if (template) {
      const t: Record<string, unknown> = {};
      const tMeta = template.block("metadata");
      if (tMeta) {
        const m: Record<string, unknown> = {};
        put(m, "name", nonEmpty(scalar(tMeta.get("name"), "name")));
        put(m, "generateName", nonEmpty(scalar(tMeta.get("generate_name"), "name")));
        put(m, "annotations", nonEmpty(stringMap(tMeta.get("annotations"), "text", `${tMeta.where}.annotations`, findings)));
        put(m, "labels", nonEmpty(stringMap(tMeta.get("labels"), "name", `${tMeta.where}.labels`, findings)));
        tMeta.done();
        t.metadata = m;
      }
      const podBody = template.block("spec");
      if (podBody) {
        const pod: Record<string, unknown> = {};
        pod.containers = podBody.blocks("container").map((c) => container(c, findings));
        const init = podBody.blocks("init_container").map((c) => container(c, findings));
        if (init.length > 0) pod.initContainers = init;
        const volumes = podBody.blocks("volume").map((v) => volume(v));
        if (volumes.length > 0) pod.volumes = volumes;
        put(pod, "serviceAccountName", nonEmpty(scalar(podBody.get("service_account_name"), "name")));
        put(pod, "nodeSelector", nonEmpty(stringMap(podBody.get("node_selector"), "text", `${podBody.where}.node_selector`, findings)));
        put(pod, "terminationGracePeriodSeconds", scalar(podBody.get("termination_grace_period_seconds"), "number"));
        podBody.done();
        t.spec = pod;
      }
      template.done();
      spec.template = t;
    }
    specBody.done();
  }
  object.spec = spec;
  body.done(["wait_for_rollout"]);
  return object;
}

const KUBERNETES_CONVERTERS: Record<string, (body: Body, findings: string[]) => KubernetesObject> = {
  kubernetes_namespace_v1: namespaceObject,
  kubernetes_secret_v1: secretObject,
  kubernetes_service_v1: serviceObject,
  kubernetes_config_map_v1: configMapObject,
  kubernetes_deployment_v1: deploymentObject,
};

// ---------------------------------------------------------------------------------------------
// helm_release: values as the helm provider computes them
// ---------------------------------------------------------------------------------------------

type Values = Record<string, unknown>;

function isMap(value: unknown): value is Values {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The helm provider's `mergeMaps`: maps merge recursively, anything else replaces. */
export function mergeValues(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isMap(v) && isMap(prev) ? mergeValues(prev, v) : v;
  }
  return out;
}

/** strvals `typedVal`: true/false/null, 0, integers not starting with 0, else the string. */
export function typedValue(value: string): unknown {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  if (/^null$/i.test(value)) return null;
  if (value === "0") return 0;
  if (value.length > 0 && value[0] !== "0" && /^[-+]?\d+$/.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }
  return value;
}

/** Splits on an unescaped separator; `\` escapes the next character. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\" && i + 1 < text.length) {
      current += text[i + 1];
      i++;
    } else if (text[i] === separator) {
      parts.push(current);
      current = "";
    } else current += text[i];
  }
  parts.push(current);
  return parts;
}

/**
 * helm's strvals for one `set`/`set_list` entry, the subset the stacks can use: a dotted name with `\.`
 * escapes and `[n]` indexes, a value that is a scalar or a `{a,b}` list. A comma in an unbraced value
 * starts another assignment in helm: that is reported, since it is almost always a mistake.
 */
export function setValue(base: Values, name: string, value: string, typed: boolean, where: string, findings: string[]): void {
  const segments: (string | number)[] = [];
  for (const part of splitUnescapedDots(name)) {
    const m = /^(.*?)((\[\d+\])*)$/.exec(part)!;
    if (m[1] !== "") segments.push(m[1]);
    for (const idx of m[2].match(/\d+/g) ?? []) segments.push(Number(idx));
  }
  let parsed: unknown;
  if (value.startsWith("{") && value.endsWith("}")) {
    const inner = value.slice(1, -1);
    parsed = inner === "" ? [] : splitUnescaped(inner, ",").map((v) => (typed ? typedValue(v) : v));
  } else {
    const parts = splitUnescaped(value, ",");
    if (parts.length > 1) {
      findings.push(
        `${where}: helm splits the value ${JSON.stringify(value)} at its commas into further key=value assignments; escape them (\\,) or use set_list / values`,
      );
    }
    parsed = typed ? typedValue(parts[0]) : parts[0];
  }
  let node: unknown = base;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const last = i === segments.length - 1;
    const nextIsIndex = !last && typeof segments[i + 1] === "number";
    const container = node as Record<string | number, unknown>;
    if (last) container[key] = parsed;
    else {
      if (typeof container[key] !== "object" || container[key] === null) container[key] = nextIsIndex ? [] : {};
      node = container[key];
    }
  }
}

function splitUnescapedDots(name: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < name.length; i++) {
    if (name[i] === "\\" && name[i + 1] === ".") {
      current += ".";
      i++;
    } else if (name[i] === ".") {
      parts.push(current);
      current = "";
    } else current += name[i];
  }
  parts.push(current);
  return parts;
}

/** The values the helm provider passes to the chart (`getValues`, then `set_wo` when its revision is set). */
export function helmValues(body: Body, findings: string[]): Values {
  let base: Values = {};
  const values = body.get("values");
  const docs = values === undefined ? [] : Array.isArray(values) ? values : [values];
  docs.forEach((doc, i) => {
    const where = `${body.where}.values[${i}]`;
    if (typeof doc !== "string") {
      findings.push(`${where}: expected a YAML string, got ${JSON.stringify(doc)}`);
      return;
    }
    if (/^\$\{\s*(yamlencode|jsonencode)\(/.test(doc.trim())) {
      findings.push(`${where}: a Terraform ${doc.trim().slice(2, 12)}(...) expression cannot be read offline; emit the YAML text (e.g. JSON.stringify) instead`);
      return;
    }
    if (doc === "") return;
    try {
      // sigs.k8s.io/yaml reads YAML 1.1 (go-yaml v2): yes/no/on/off are booleans.
      const parsed = parseYaml(substituteReferences(doc, PLACEHOLDER.text), { version: "1.1" }) as unknown;
      if (parsed === null || parsed === undefined) return;
      if (!isMap(parsed)) {
        findings.push(`${where}: the YAML document is not a map`);
        return;
      }
      base = mergeValues(base, parsed);
    } catch (error) {
      findings.push(`${where}: not valid YAML: ${(error as Error).message}`);
    }
  });
  const applySets = (key: string) => {
    for (const set of body.blocks(key)) {
      const name = substituteReferences(String(set.get("name")), PLACEHOLDER.name);
      const raw = set.get("value");
      const type = set.get("type");
      const value = isReference(raw) ? substituteReferences(raw, PLACEHOLDER.text) : raw === undefined || raw === null ? "" : String(raw);
      if (type === "literal") {
        try {
          base[name] = parseYaml(`${value}`, { version: "1.1" });
        } catch (error) {
          findings.push(`${set.where}: literal value is not valid YAML: ${(error as Error).message}`);
        }
      } else if (type === undefined || type === "" || type === "auto" || type === "string") {
        setValue(base, name, value, type !== "string", set.where, findings);
      } else findings.push(`${set.where}.type: the helm provider refuses type ${JSON.stringify(type)} (auto, string or literal)`);
      set.done();
    }
  };
  applySets("set");
  for (const set of body.blocks("set_list")) {
    const name = substituteReferences(String(set.get("name")), PLACEHOLDER.name);
    const items = set.get("value");
    const strings = Array.isArray(items) ? items.map((v) => (isReference(v) ? substituteReferences(v, PLACEHOLDER.text) : String(v))) : [];
    setValue(base, name, `{${strings.join(",")}}`, true, set.where, findings);
    set.done();
  }
  applySets("set_sensitive");
  if (revisionSet(body.get("set_wo_revision"))) {
    const wo: Values = {};
    const saved = base;
    base = wo;
    applySets("set_wo");
    base = mergeValues(saved, wo);
  } else if (body.get("set_wo") !== undefined) {
    findings.push(`${body.where}.set_wo: ignored by the helm provider unless set_wo_revision >= 1`);
  }
  return base;
}

// ---------------------------------------------------------------------------------------------
// The Traefik chart: value names relied on (chart 41.3.0) and the objects they render
// ---------------------------------------------------------------------------------------------

/**
 * Top-level value names of traefik chart 41.3.0: its values.schema.json has `additionalProperties: false`
 * at the root (since chart 39), so `helm install` refuses any other top-level key.
 */
export const TRAEFIK_TOP_LEVEL_VALUES = [
  "accessLog", "additionalArguments", "additionalVolumeMounts", "affinity", "api", "autoscaling", "certificatesResolvers",
  "commonLabels", "core", "deployment", "enabled", "env", "envFrom", "experimental", "extraObjects", "fullnameOverride",
  "gateway", "gatewayClass", "global", "hostNetwork", "hub", "image", "ingressClass", "ingressRoute", "instanceLabelOverride",
  "livenessProbe", "log", "metrics", "nameOverride", "namespaceOverride", "nodeSelector", "oci_meta", "ocsp",
  "offering_version", "persistence", "podDisruptionBudget", "podSecurityContext", "ports", "priorityClassName", "providers",
  "rbac", "readinessProbe", "resources", "securityContext", "service", "serviceAccount", "serviceAccountAnnotations",
  "startupProbe", "tlsOptions", "tlsStore", "tolerations", "topologySpreadConstraints", "tracing", "updateStrategy",
  "versionOverride", "volumes",
] as const;

/** Keys of one `ports.<entrypoint>` in chart 41.3.0 (`additionalProperties: false` there since chart 38). */
export const TRAEFIK_PORT_VALUES = [
  "allowACMEByPass", "appProtocol", "asDefault", "containerPort", "expose", "exposedPort", "forwardedHeaders", "hostIP",
  "hostPort", "http", "http3", "nodePort", "observability", "port", "protocol", "proxyProtocol", "targetPort", "transport", "uplink",
] as const;

/** Keys of `tlsOptions.<name>` that templates/tlsoption.yaml renders (others are dropped without a word). */
export const TRAEFIK_TLS_OPTION_VALUES = [
  "labels", "alpnProtocols", "cipherSuites", "clientAuth", "curvePreferences", "disableSessionTickets", "maxVersion", "minVersion", "sniStrict",
] as const;

/** The chart's default `ports` (values.yaml 41.3.0), which the user's values merge into. */
const TRAEFIK_DEFAULT_PORTS: Values = {
  traefik: { port: 8080, expose: { default: false }, exposedPort: 8080, protocol: "TCP" },
  web: { port: 8000, expose: { default: true }, exposedPort: 80, protocol: "TCP" },
  websecure: { port: 8443, expose: { default: true }, exposedPort: 443, protocol: "TCP", http3: { enabled: false } },
  metrics: { port: 9100, expose: { default: false }, exposedPort: 9100, protocol: "TCP" },
};

/** True when a helm_release installs the Traefik chart. */
export function isTraefikRelease(release: Record<string, unknown>): boolean {
  const chart = String(release.chart ?? "");
  return chart === "traefik" || chart.endsWith("/traefik") || /traefik-\d/.test(chart);
}

/** Go-template truthiness (`with`/`if`): false, 0, "", nil, empty maps and lists are false. */
function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Checks the value names against chart 41.3.0 where the chart's schema is closed or where we rely on a name. */
export function checkTraefikValueNames(values: Values, where: string, findings: string[]): void {
  const top = new Set<string>(TRAEFIK_TOP_LEVEL_VALUES);
  for (const key of Object.keys(values)) {
    if (!top.has(key)) findings.push(`${where}: "${key}" is not a value of the traefik chart ${TRAEFIK_CHART_VERSION_CHECKED} (helm refuses unknown top-level keys)`);
  }
  const portKeys = new Set<string>(TRAEFIK_PORT_VALUES);
  if (values.ports !== undefined && !isMap(values.ports)) findings.push(`${where}: ports must be a map`);
  for (const [entry, config] of Object.entries(isMap(values.ports) ? values.ports : {})) {
    if (config === null) continue;
    if (!isMap(config)) {
      findings.push(`${where}: ports.${entry} must be a map`);
      continue;
    }
    for (const key of Object.keys(config)) {
      if (!portKeys.has(key)) findings.push(`${where}: ports.${entry}.${key} is not a port value of the traefik chart ${TRAEFIK_CHART_VERSION_CHECKED}`);
    }
    for (const block of ["proxyProtocol", "forwardedHeaders"]) {
      const b = config[block];
      if (b === undefined) continue;
      if (!isMap(b)) {
        findings.push(`${where}: ports.${entry}.${block} must be a map`);
        continue;
      }
      for (const key of Object.keys(b)) {
        const known = block === "proxyProtocol" ? ["trustedIPs", "insecure"] : ["trustedIPs", "insecure", "notAppendXForwardedFor"];
        if (!known.includes(key)) findings.push(`${where}: ports.${entry}.${block}.${key} is not a value of the traefik chart ${TRAEFIK_CHART_VERSION_CHECKED}`);
      }
      if (b.trustedIPs !== undefined) {
        if (!Array.isArray(b.trustedIPs)) findings.push(`${where}: ports.${entry}.${block}.trustedIPs must be a list (got ${JSON.stringify(b.trustedIPs)})`);
        else
          b.trustedIPs.forEach((ip, i) => {
            if (typeof ip !== "string" || !isIpOrCidr(ip)) findings.push(`${where}: ports.${entry}.${block}.trustedIPs[${i}] ${JSON.stringify(ip)} is not an IP address or CIDR`);
          });
      }
      if (b.insecure !== undefined && typeof b.insecure !== "boolean") findings.push(`${where}: ports.${entry}.${block}.insecure must be a boolean`);
    }
    for (const key of ["port", "exposedPort", "nodePort", "containerPort", "hostPort"]) {
      const v = config[key];
      if (v !== undefined && v !== null && !Number.isInteger(v)) findings.push(`${where}: ports.${entry}.${key} must be an integer (got ${JSON.stringify(v)})`);
    }
  }
  for (const key of ["tlsStore", "tlsOptions"]) {
    if (values[key] !== undefined && !isMap(values[key])) findings.push(`${where}: ${key} must be a map of name to spec`);
  }
  const tlsOptionKeys = new Set<string>(TRAEFIK_TLS_OPTION_VALUES);
  for (const [name, config] of Object.entries(isMap(values.tlsOptions) ? values.tlsOptions : {})) {
    for (const key of Object.keys(isMap(config) ? config : {})) {
      if (!tlsOptionKeys.has(key)) findings.push(`${where}: tlsOptions.${name}.${key} is dropped by the chart's templates/tlsoption.yaml (it renders ${TRAEFIK_TLS_OPTION_VALUES.join(", ")})`);
    }
  }
  const service = values.service;
  if (service !== undefined && !isMap(service)) findings.push(`${where}: service must be a map`);
  if (isMap(service)) {
    for (const key of ["annotations", "annotationsTCP", "annotationsUDP", "labels", "spec"]) {
      if (service[key] !== undefined && service[key] !== null && !isMap(service[key])) findings.push(`${where}: service.${key} must be a map`);
    }
  }
}

function isIpOrCidr(text: string): boolean {
  const [ip, bits, extra] = text.split("/");
  if (extra !== undefined) return false;
  const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(ip);
  const v6 = !v4 && /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(":") && (ip.match(/::/g) ?? []).length <= 1;
  if (!v4 && !v6) return text === PLACEHOLDER.text;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (v4 ? 32 : 128);
}

/** The objects templates/tlsstore.yaml, tlsoption.yaml and service.yaml render from the values. */
function traefikObjects(release: Body, values: Values, source: string, findings: string[]): EmittedObject[] {
  const releaseName = String(scalar(release.get("name"), "name"));
  const releaseNamespace = nonEmpty(scalar(release.get("namespace"), "name")) ?? "default";
  const namespace = truthy(values.namespaceOverride) ? String(values.namespaceOverride) : String(releaseNamespace);
  const version = release.get("version");
  const chartLabel = `traefik-${isReference(version) || version === undefined ? TRAEFIK_CHART_VERSION_CHECKED : String(version)}`;
  const name = String(values.nameOverride || "traefik");
  const fullname = truthy(values.fullnameOverride)
    ? String(values.fullnameOverride)
    : releaseName.includes(name)
      ? releaseName
      : `${releaseName}-${name}`;
  const selector = { "app.kubernetes.io/name": name, "app.kubernetes.io/instance": `${releaseName}-${namespace}` };
  const labels = { ...selector, "helm.sh/chart": chartLabel.replace(/\+/g, "_"), "app.kubernetes.io/managed-by": "Helm" };
  const objects: EmittedObject[] = [];

  for (const [storeName, config] of Object.entries(isMap(values.tlsStore) ? values.tlsStore : {})) {
    objects.push({
      source: `${source} (templates/tlsstore.yaml)`,
      object: { apiVersion: "traefik.io/v1alpha1", kind: "TLSStore", metadata: { name: storeName, namespace, labels }, spec: config },
    });
  }
  for (const [optionName, config] of Object.entries(isMap(values.tlsOptions) ? values.tlsOptions : {})) {
    const c = isMap(config) ? config : {};
    const spec: Values = {};
    for (const key of TRAEFIK_TLS_OPTION_VALUES) if (key !== "labels" && truthy(c[key])) spec[key] = c[key];
    objects.push({
      source: `${source} (templates/tlsoption.yaml)`,
      object: {
        apiVersion: "traefik.io/v1alpha1",
        kind: "TLSOption",
        metadata: { name: optionName, namespace, labels: { ...labels, ...(isMap(c.labels) ? c.labels : {}) } },
        spec,
      },
    });
  }

  // templates/extra-objects.yaml: each item rendered as it is (a string item through `tpl`).
  const extra = values.extraObjects;
  if (extra !== undefined && !Array.isArray(extra)) findings.push(`${source} values: extraObjects must be a list`);
  (Array.isArray(extra) ? extra : []).forEach((item, i) => {
    let parsed: unknown = item;
    if (typeof item === "string") {
      try {
        parsed = parseYaml(item, { version: "1.1" });
      } catch (error) {
        findings.push(`${source} values: extraObjects[${i}] is not valid YAML: ${(error as Error).message}`);
        return;
      }
    }
    if (!isMap(parsed) || typeof parsed.apiVersion !== "string" || typeof parsed.kind !== "string" || !isMap(parsed.metadata)) {
      findings.push(`${source} values: extraObjects[${i}] is not a Kubernetes object (apiVersion, kind, metadata)`);
      return;
    }
    objects.push({ source: `${source} (templates/extra-objects.yaml, extraObjects[${i}])`, object: parsed as KubernetesObject });
  });

  // The default Service (service.single true, no additionalServices): what LKE's CCM reads the annotations from.
  const service = isMap(values.service) ? values.service : {};
  if (service.enabled !== false) {
    const ports = mergeValues(TRAEFIK_DEFAULT_PORTS, isMap(values.ports) ? values.ports : {});
    const servicePorts: Values[] = [];
    for (const portName of Object.keys(ports).sort()) {
      const config = ports[portName];
      if (!isMap(config)) continue;
      const expose = isMap(config.expose) ? config.expose : {};
      if (!truthy(expose.default)) continue;
      const lower = portName.toLowerCase();
      const port: Values = {
        port: truthy(config.exposedPort) ? config.exposedPort : config.port,
        name: lower.replace(/^-/, "").slice(0, 15).replace(/-$/, ""),
        targetPort: truthy(config.targetPort) ? config.targetPort : lower.slice(0, 15),
        protocol: truthy(config.protocol) ? config.protocol : "TCP",
      };
      if (truthy(config.nodePort)) port.nodePort = config.nodePort;
      if (truthy(config.appProtocol)) port.appProtocol = config.appProtocol;
      servicePorts.push(port);
    }
    if (servicePorts.length === 0) findings.push(`${source}: the traefik chart fails: "Cannot create Service ${fullname} without ports"`);
    const annotations = mergeValues(isMap(service.annotations) ? service.annotations : {}, isMap(service.annotationsTCP) ? service.annotationsTCP : {});
    const serviceName = truthy(service.nameOverride) ? String(service.nameOverride) : fullname;
    const metadataOut: Values = { name: serviceName, namespace, labels: { ...labels, ...(isMap(service.labels) ? service.labels : {}) } };
    if (Object.keys(annotations).length > 0) metadataOut.annotations = annotations;
    const spec: Values = { type: "LoadBalancer", ...(isMap(service.spec) ? service.spec : {}), selector, ports: servicePorts };
    objects.push({ source: `${source} (templates/service.yaml)`, object: { apiVersion: "v1", kind: "Service", metadata: metadataOut, spec } });
  }
  return objects;
}

function helmObjects(body: Body, source: string, findings: string[]): EmittedObject[] {
  const raw = { chart: body.get("chart") } as Record<string, unknown>;
  if (!isTraefikRelease(raw)) {
    findings.push(`${source}: chart ${JSON.stringify(raw.chart)} is not one this converter knows the objects of`);
    body.done(PROVIDER_ONLY_HELM);
    return [];
  }
  const values = helmValues(body, findings);
  checkTraefikValueNames(values, `${source} values`, findings);
  const objects = traefikObjects(body, values, source, findings);
  body.get("version");
  body.done(PROVIDER_ONLY_HELM);
  return objects;
}

/** helm_release attributes that change how helm installs, not what the chart renders. */
const PROVIDER_ONLY_HELM = [
  "repository", "repository_ca_file", "repository_cert_file", "repository_key_file", "repository_password", "repository_username",
  "atomic", "cleanup_on_fail", "create_namespace", "dependency_update", "description", "devel", "disable_crd_hooks",
  "disable_openapi_validation", "disable_webhooks", "force_update", "keyring", "lint", "max_history", "pass_credentials",
  "recreate_pods", "render_subchart_notes", "replace", "reset_values", "reuse_values", "skip_crds", "take_ownership", "timeout",
  "upgrade_install", "verify", "wait", "wait_for_jobs", "postrender", "set_wo_revision",
];

const LOCAL_REFERENCE = /\$\{(kubernetes_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\.metadata(?:\[0\]|\.0)?\.(name|namespace)\}/g;

/**
 * Resolves references to another resource's literal `metadata.name` / `metadata.namespace` in the same
 * stack (e.g. `${kubernetes_namespace_v1.traefik.metadata[0].name}`), as Terraform would at apply time;
 * other references stay, to become placeholders.
 */
export function resolveLocalReferences(stack: SynthesizedStack): SynthesizedStack {
  const resources = stack.resource ?? {};
  const lookup = (type: string, name: string, field: string): string | undefined => {
    const config = resources[type]?.[name];
    const meta = config?.metadata;
    const m = (Array.isArray(meta) ? meta[0] : meta) as Record<string, unknown> | undefined;
    const value = m?.[field] ?? (field === "namespace" && m && type !== "kubernetes_namespace_v1" ? "default" : undefined);
    return typeof value === "string" && !isReference(value) ? value : undefined;
  };
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(LOCAL_REFERENCE, (whole, type: string, name: string, field: string) => lookup(type, name, field) ?? whole);
    if (Array.isArray(value)) return value.map(resolve);
    if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  let current = stack;
  for (let pass = 0; pass < 3; pass++) current = resolve(current) as SynthesizedStack;
  return current;
}

/** Every Kubernetes object the stack's kubernetes_* and helm_release resources send to the API server. */
export function kubernetesObjects(synthesized: SynthesizedStack): ConversionResult {
  const stack = resolveLocalReferences(synthesized);
  const objects: EmittedObject[] = [];
  const findings: string[] = [];
  for (const [type, resources] of Object.entries(stack.resource ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const convert = KUBERNETES_CONVERTERS[type];
    if (!convert && type !== "helm_release") {
      if (type.startsWith("kubernetes_")) findings.push(`${type}: no converter in test/support/kubernetes-objects.ts; add one`);
      continue;
    }
    for (const [name, config] of Object.entries(resources).sort(([a], [b]) => a.localeCompare(b))) {
      const source = `${type}.${name}`;
      const local: string[] = [];
      const body = new Body(source, config, local);
      if (type === "helm_release") objects.push(...helmObjects(body, source, local));
      else objects.push({ source, object: convert!(body, local) });
      findings.push(...local.map((f) => (f.startsWith(source) ? f : `${source}: ${f}`)));
    }
  }
  return { objects, findings };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

type ModelClass = new (data: never) => { validate(): void };

const MODELS: Record<string, ModelClass> = {
  "v1/Namespace": Namespace as unknown as ModelClass,
  "v1/Secret": Secret as unknown as ModelClass,
  "v1/Service": Service as unknown as ModelClass,
  "v1/ConfigMap": ConfigMap as unknown as ModelClass,
  "apps/v1/Deployment": Deployment as unknown as ModelClass,
  "traefik.io/v1alpha1/TLSStore": TLSStore as unknown as ModelClass,
  "traefik.io/v1alpha1/TLSOption": TLSOption as unknown as ModelClass,
  "traefik.io/v1alpha1/IngressRoute": IngressRoute as unknown as ModelClass,
  "traefik.io/v1alpha1/IngressRouteTCP": IngressRouteTCP as unknown as ModelClass,
  "traefik.io/v1alpha1/Middleware": Middleware as unknown as ModelClass,
  "cert-manager.io/v1/Certificate": Certificate as unknown as ModelClass,
};

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

function checkName(value: unknown, pattern: RegExp, max: number, what: string, field: string, errors: string[]): void {
  if (typeof value !== "string") return; // the schema check reports the type
  if (value.length > max || !pattern.test(value)) errors.push(`${field}: ${JSON.stringify(value)} is not a valid ${what} (at most ${max} characters)`);
}

/** `IsQualifiedName`: an optional DNS-1123 subdomain prefix and "/", then a name of at most 63 characters. */
function checkQualifiedName(key: string, field: string, errors: string[]): void {
  const parts = key.split("/");
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (parts.length > 2 || name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    errors.push(`${field}: key ${JSON.stringify(key)} is not a qualified name`);
  } else if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) {
    errors.push(`${field}: key ${JSON.stringify(key)} has a prefix that is not a DNS-1123 subdomain`);
  }
}

function isPortNumber(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;
}

/** `IsValidPortName` (IANA_SVC_NAME). */
function isPortName(value: string): boolean {
  return value.length >= 1 && value.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value) && !value.includes("--") && /[a-z]/.test(value);
}

/** ObjectMeta rules of `ValidateObjectMeta` the OpenAPI schema does not carry. */
function apiMetadataRules(object: KubernetesObject, namePattern: RegExp, nameMax: number, nameKind: string, errors: string[]): void {
  const meta = object.metadata ?? {};
  if (meta.name === undefined && meta.generateName === undefined) errors.push("metadata.name: Required value");
  checkName(meta.name, namePattern, nameMax, nameKind, "metadata.name", errors);
  if (meta.namespace !== undefined) checkName(meta.namespace, DNS1123_LABEL, 63, "DNS-1123 label", "metadata.namespace", errors);
  const annotations = meta.annotations;
  if (isMap(annotations)) {
    let size = 0;
    for (const [k, v] of Object.entries(annotations)) {
      checkQualifiedName(k, `metadata.annotations[${k}]`, errors);
      size += k.length + (typeof v === "string" ? v.length : 0);
    }
    if (size > 256 * 1024) errors.push(`metadata.annotations: total size ${size} exceeds 262144 bytes`);
  }
  checkLabels(meta.labels, "metadata.labels", errors);
}

function checkLabels(labels: unknown, field: string, errors: string[]): void {
  if (!isMap(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    checkQualifiedName(k, `${field}[${k}]`, errors);
    if (typeof v === "string" && (v.length > 63 || !LABEL_VALUE.test(v))) errors.push(`${field}[${k}]: ${JSON.stringify(v)} is not a valid label value`);
  }
}

const SECRET_REQUIRED_KEYS: Record<string, { all?: string[]; any?: string[] }> = {
  "kubernetes.io/tls": { all: ["tls.crt", "tls.key"] },
  "kubernetes.io/dockercfg": { all: [".dockercfg"] },
  "kubernetes.io/dockerconfigjson": { all: [".dockerconfigjson"] },
  "kubernetes.io/basic-auth": { any: ["username", "password"] },
  "kubernetes.io/ssh-auth": { all: ["ssh-privatekey"] },
};
const BUILT_IN_SECRET_TYPES = ["Opaque", "kubernetes.io/service-account-token", "bootstrap.kubernetes.io/token", ...Object.keys(SECRET_REQUIRED_KEYS)];

/** Keys of a Secret as the API server sees them: `stringData` is merged into `data`. */
function secretKeys(object: KubernetesObject): string[] {
  return [...Object.keys(isMap(object.data) ? object.data : {}), ...Object.keys(isMap(object.stringData) ? object.stringData : {})];
}

/** `ValidateSecret`: key names, size, the keys each built-in type requires. */
function apiSecretRules(object: KubernetesObject, errors: string[]): void {
  apiMetadataRules(object, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", errors);
  const keys = secretKeys(object);
  for (const key of keys) {
    if (key.length > 253 || !CONFIG_MAP_KEY.test(key) || key === "." || key === ".." || key.startsWith("..")) {
      errors.push(`data[${key}]: a valid config key must consist of alphanumeric characters, '-', '_' or '.'`);
    }
  }
  const type = object.type;
  if (typeof type !== "string") return;
  const required = SECRET_REQUIRED_KEYS[type];
  if (required?.all) for (const key of required.all) if (!keys.includes(key)) errors.push(`data[${key}]: Required value (a ${type} Secret needs it)`);
  if (required?.any && !required.any.some((k) => keys.includes(k))) errors.push(`data[${required.any[0]}]: Required value (a ${type} Secret needs ${required.any.join(" or ")})`);
  if (type === "kubernetes.io/service-account-token" && !isMap(object.metadata.annotations)) {
    errors.push("metadata.annotations[kubernetes.io/service-account.name]: Required value");
  }
  // The API stores any other type as an opaque custom type; a kubernetes.io/ one it does not know is a typo.
  if (!BUILT_IN_SECRET_TYPES.includes(type) && /^kubernetes\.io\//i.test(type)) {
    errors.push(`type: ${JSON.stringify(type)} is not a built-in Secret type (${BUILT_IN_SECRET_TYPES.join(", ")}); the API would store it as a custom type that nothing reads as TLS`);
  }
}

/** `ValidateService`: the rules the OpenAPI schema leaves out. */
function apiServiceRules(object: KubernetesObject, errors: string[]): void {
  apiMetadataRules(object, DNS1035_LABEL, 63, "DNS-1035 label", errors);
  const spec = isMap(object.spec) ? object.spec : {};
  const type = spec.type ?? "ClusterIP";
  const ports = Array.isArray(spec.ports) ? (spec.ports as Values[]) : [];
  if (type !== "ExternalName" && spec.clusterIP !== "None" && ports.length === 0) errors.push("spec.ports: Required value");
  const names = new Set<unknown>();
  ports.forEach((port, i) => {
    const field = `spec.ports[${i}]`;
    if (ports.length > 1 && (port.name === undefined || port.name === "")) errors.push(`${field}.name: Required value (every port of a multi-port Service is named)`);
    if (typeof port.name === "string" && port.name !== "") {
      checkName(port.name, DNS1123_LABEL, 63, "DNS-1123 label", `${field}.name`, errors);
      if (names.has(port.name)) errors.push(`${field}.name: Duplicate value ${JSON.stringify(port.name)}`);
      names.add(port.name);
    }
    if (typeof port.port === "number" && !isPortNumber(port.port)) errors.push(`${field}.port: ${port.port} must be between 1 and 65535, inclusive`);
    const target = port.targetPort;
    if (typeof target === "number" && !isPortNumber(target)) errors.push(`${field}.targetPort: ${target} must be between 1 and 65535, inclusive`);
    if (typeof target === "string" && !isPortName(target)) errors.push(`${field}.targetPort: ${JSON.stringify(target)} is neither a port number nor an IANA service name`);
    if (typeof port.nodePort === "number" && (port.nodePort < 0 || port.nodePort > 65535)) errors.push(`${field}.nodePort: ${port.nodePort} is out of range`);
  });
  if (spec.externalTrafficPolicy !== undefined && type !== "NodePort" && type !== "LoadBalancer") {
    errors.push(`spec.externalTrafficPolicy: may only be set when type is 'NodePort' or 'LoadBalancer'`);
  }
  if (spec.loadBalancerSourceRanges !== undefined && type !== "LoadBalancer") errors.push("spec.loadBalancerSourceRanges: may only be used when type is 'LoadBalancer'");
  if (Array.isArray(spec.loadBalancerSourceRanges)) {
    spec.loadBalancerSourceRanges.forEach((r, i) => {
      if (typeof r === "string" && (!r.includes("/") || !isIpOrCidr(r))) errors.push(`spec.loadBalancerSourceRanges[${i}]: ${JSON.stringify(r)} is not a CIDR`);
    });
  }
  checkLabels(spec.selector, "spec.selector", errors);
}

function apiConfigMapRules(object: KubernetesObject, errors: string[]): void {
  apiMetadataRules(object, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", errors);
  for (const key of [...Object.keys(isMap(object.data) ? object.data : {}), ...Object.keys(isMap(object.binaryData) ? object.binaryData : {})]) {
    if (key.length > 253 || !CONFIG_MAP_KEY.test(key)) errors.push(`data[${key}]: not a valid config key`);
  }
}

function apiDeploymentRules(object: KubernetesObject, errors: string[]): void {
  apiMetadataRules(object, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", errors);
  const spec = isMap(object.spec) ? object.spec : {};
  const selector = isMap(spec.selector) && isMap(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
  const template = isMap(spec.template) ? spec.template : {};
  const templateLabels = isMap(template.metadata) && isMap(template.metadata.labels) ? template.metadata.labels : {};
  for (const [k, v] of Object.entries(selector)) {
    if (templateLabels[k] !== v) errors.push(`spec.template.metadata.labels: \`selector\` does not match template \`labels\` (${k}=${String(v)})`);
  }
  const pod = isMap(template.spec) ? template.spec : {};
  const containers = Array.isArray(pod.containers) ? (pod.containers as Values[]) : [];
  if (containers.length === 0) errors.push("spec.template.spec.containers: Required value");
  containers.forEach((c, i) => {
    checkName(c.name, DNS1123_LABEL, 63, "DNS-1123 label", `spec.template.spec.containers[${i}].name`, errors);
    (Array.isArray(c.ports) ? (c.ports as Values[]) : []).forEach((p, j) => {
      if (typeof p.containerPort === "number" && !isPortNumber(p.containerPort)) errors.push(`spec.template.spec.containers[${i}].ports[${j}].containerPort: ${p.containerPort} must be between 1 and 65535, inclusive`);
      if (typeof p.name === "string" && !isPortName(p.name)) errors.push(`spec.template.spec.containers[${i}].ports[${j}].name: ${JSON.stringify(p.name)} is not an IANA service name`);
    });
  });
}

const API_RULES: Record<string, (object: KubernetesObject, errors: string[]) => void> = {
  "v1/Namespace": (o, e) => apiMetadataRules(o, DNS1123_LABEL, 63, "DNS-1123 label", e),
  "v1/Secret": apiSecretRules,
  "v1/Service": apiServiceRules,
  "v1/ConfigMap": apiConfigMapRules,
  "apps/v1/Deployment": apiDeploymentRules,
  "traefik.io/v1alpha1/TLSStore": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
  "traefik.io/v1alpha1/TLSOption": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
  "traefik.io/v1alpha1/IngressRoute": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
  "traefik.io/v1alpha1/IngressRouteTCP": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
  "traefik.io/v1alpha1/Middleware": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
  "cert-manager.io/v1/Certificate": (o, e) => apiMetadataRules(o, DNS1123_SUBDOMAIN, 253, "DNS-1123 subdomain", e),
};

/**
 * kubernetes-models' ajv message `data/spec/ports/0/port must be ...` as `spec.ports[0].port must be ...`;
 * map keys holding dots or slashes (annotation keys) in brackets: `metadata.annotations[a.b/c]`.
 */
function readableSchemaError(message: string): string[] {
  return message.split(/, (?=data\/)/).map((part) =>
    part.replace(/^data\/?(\S*)/, (_, path: string) =>
      path === ""
        ? "(object)"
        : path
            .split("/")
            .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
            .map((seg, i) => (/^\d+$/.test(seg) || /[./]/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
            .join(""),
    ),
  );
}

function label(emitted: EmittedObject): string {
  const meta = emitted.object.metadata ?? {};
  const ns = typeof meta.namespace === "string" ? `${meta.namespace}/` : "";
  return `${emitted.source} → ${emitted.object.kind} ${ns}${String(meta.name ?? meta.generateName ?? "?")}`;
}

/**
 * Validates each object with kubernetes-models (the OpenAPI / CRD schema) and the API-server rules the
 * schema leaves out. Returns one readable line per problem: `<resource> → <Kind> <ns>/<name>: <field>: <what>`.
 */
export function validateKubernetesObjects(objects: readonly EmittedObject[]): string[] {
  const errors: string[] = [];
  for (const emitted of objects) {
    const key = `${emitted.object.apiVersion}/${emitted.object.kind}`;
    const Model = MODELS[key];
    const local: string[] = [];
    if (!Model) local.push(`no kubernetes-models class for ${key}; add it to MODELS`);
    else {
      try {
        new Model(emitted.object as never).validate();
      } catch (error) {
        local.push(...readableSchemaError((error as Error).message).map((m) => `${m} (schema)`));
      }
    }
    API_RULES[key]?.(emitted.object, local);
    errors.push(...local.map((m) => `${label(emitted)}: ${m}`));
  }
  return errors;
}

/**
 * What Traefik reads from the Secrets its TLS objects name (pkg/provider/kubernetes/crd): the default
 * certificate's Secret needs tls.crt and tls.key, a client-auth CA Secret tls.ca or ca.crt, both in the
 * TLS object's namespace. A name that is a Terraform reference, or a Secret this stack does not create,
 * is reported unless listed in `external`.
 */
export function checkTraefikSecretReferences(objects: readonly EmittedObject[], external: readonly string[] = []): string[] {
  const errors: string[] = [];
  const secrets = objects.filter((o) => o.object.kind === "Secret").map((o) => o.object);
  // A placeholder (an unresolved reference) matches any name or namespace.
  const same = (a: unknown, b: unknown) => a === b || a === PLACEHOLDER.name || b === PLACEHOLDER.name;
  const need = (emitted: EmittedObject, field: string, name: unknown, keys: { all?: string[]; any?: string[] }) => {
    const namespace = emitted.object.metadata.namespace;
    const id = `${String(namespace)}/${String(name)}`;
    if (external.includes(id)) return;
    const found = secrets.find((s) => same(s.metadata.name, name) && same(s.metadata.namespace, namespace));
    const have = found && secretKeys(found);
    if (!have) {
      errors.push(`${label(emitted)}: ${field}: Secret ${id} is not created by this stack (Traefik would fall back to its default certificate / refuse the option)`);
      return;
    }
    for (const k of keys.all ?? []) if (!have.includes(k)) errors.push(`${label(emitted)}: ${field}: Secret ${id} has no ${k} key`);
    if (keys.any && !keys.any.some((k) => have.includes(k))) errors.push(`${label(emitted)}: ${field}: Secret ${id} has neither ${keys.any.join(" nor ")}`);
  };
  for (const emitted of objects) {
    const spec = isMap(emitted.object.spec) ? emitted.object.spec : {};
    if (emitted.object.kind === "TLSStore" && isMap(spec.defaultCertificate)) {
      need(emitted, "spec.defaultCertificate.secretName", spec.defaultCertificate.secretName, { all: ["tls.crt", "tls.key"] });
    }
    if (emitted.object.kind === "TLSOption" && isMap(spec.clientAuth) && Array.isArray(spec.clientAuth.secretNames)) {
      spec.clientAuth.secretNames.forEach((name, i) => need(emitted, `spec.clientAuth.secretNames[${i}]`, name, { any: ["tls.ca", "ca.crt"] }));
    }
  }
  return errors;
}

/** Converts and validates a synthesized stack: conversion findings, schema and API errors, Traefik's Secret references. */
export function validateStackKubernetesObjects(stack: SynthesizedStack, options: { externalSecrets?: readonly string[] } = {}): {
  objects: EmittedObject[];
  errors: string[];
} {
  const { objects, findings } = kubernetesObjects(stack);
  return {
    objects,
    errors: [...findings, ...validateKubernetesObjects(objects), ...checkTraefikSecretReferences(objects, options.externalSecrets)],
  };
}
