import type { SynthesizedStack } from "../../../src/testing";

/** The values YAML a Traefik release on LKE behind a NodeBalancer with Cloudflare AOP passes. */
export const TRAEFIK_VALUES = [
  "ports:",
  "  websecure:",
  "    proxyProtocol:",
  "      trustedIPs:",
  "        - 192.168.255.0/24",
  "tlsStore:",
  "  default:",
  "    defaultCertificate:",
  "      secretName: site-tls",
  "tlsOptions:",
  "  default:",
  "    minVersion: VersionTLS12",
  "    clientAuth:",
  "      secretNames:",
  "        - cloudflare-origin-pull-ca",
  "      clientAuthType: RequireAndVerifyClientCert",
  "service:",
  "  spec:",
  "    externalTrafficPolicy: Local",
  "",
].join("\n");

/**
 * A hand-made synthesized stack, shaped as cdktf writes `cdk.tf.json` (max-one blocks as single objects,
 * repeated blocks as lists) with a correct Namespace, TLS Secret, CA Secret, Service and Traefik release.
 */
export function goodStack(): SynthesizedStack & { resource: Record<string, Record<string, Record<string, unknown>>> } {
  return {
    resource: {
      kubernetes_namespace_v1: {
        traefik: { metadata: { name: "traefik", labels: { "app.kubernetes.io/part-of": "site" } } },
      },
      kubernetes_secret_v1: {
        site_tls: {
          metadata: { name: "site-tls", namespace: "${kubernetes_namespace_v1.traefik.metadata[0].name}" },
          type: "kubernetes.io/tls",
          data_wo: { "tls.crt": "${acme_certificate.site.certificate_pem}", "tls.key": "${tls_private_key.site.private_key_pem}" },
          data_wo_revision: 1,
        },
        origin_pull_ca: {
          metadata: [{ name: "cloudflare-origin-pull-ca", namespace: "traefik" }],
          data: { "ca.crt": "${data.http.origin_pull_ca.response_body}" },
        },
      },
      kubernetes_service_v1: {
        web: {
          metadata: {
            name: "web",
            namespace: "traefik",
            annotations: {
              "service.beta.kubernetes.io/linode-loadbalancer-default-protocol": "tcp",
              "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol": "v2",
              "service.beta.kubernetes.io/linode-loadbalancer-firewall-id": "${linode_firewall.site.id}",
            },
          },
          spec: {
            type: "LoadBalancer",
            selector: { "app.kubernetes.io/name": "traefik" },
            external_traffic_policy: "Local",
            port: [
              { name: "https", port: 443, target_port: "websecure", protocol: "TCP" },
              { name: "http", port: "${var.http_port}", target_port: "8000" },
            ],
          },
          wait_for_load_balancer: true,
        },
      },
      helm_release: {
        traefik: {
          name: "traefik",
          repository: "https://traefik.github.io/charts",
          chart: "traefik",
          version: "41.3.0",
          namespace: "traefik",
          values: [TRAEFIK_VALUES],
          set: [
            { name: "service.annotations.service\\.beta\\.kubernetes\\.io/linode-loadbalancer-default-proxy-protocol", value: "v2" },
          ],
          set_list: [{ name: "ports.web.proxyProtocol.trustedIPs", value: ["192.168.255.0/24"] }],
        },
      },
    },
  };
}
