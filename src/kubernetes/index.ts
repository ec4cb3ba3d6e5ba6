// cdktf-nodebalancer-ssl/lke: the three SSL options for apps on Linode Kubernetes Engine, where the
// cloud controller builds the NodeBalancer. A subpath entry, so that the package root never loads
// the kubernetes and helm bindings.
export * from "./ccm";
export * from "./lke-cluster";
export * from "./lke-cluster-stack";
export * from "./cluster-stack-state";
export * from "./cluster-access";
export * from "./tls-secret";
export * from "./nodebalancer-service";
export * from "./traefik";
export type { LkeApp, LkeSiteProps } from "./lke-site-props";
export * from "./lke-terminate-at-load-balancer";
export * from "./lke-tcp-passthrough";
export * from "./lke-cloudflare-in-front";
export * from "./lke-site-tls";
export * from "./lke-site";
export * from "./lke-site-stack";
// The generated resource classes the constructs expose (`.resource`), as namespaces.
export * as kubernetesSecretV1 from "../generated/providers/kubernetes/secret-v1";
export * as kubernetesServiceV1 from "../generated/providers/kubernetes/service-v1";
export * as helmRelease from "../generated/providers/helm/release";
export * as linodeLkeCluster from "../generated/providers/linode/lke-cluster";
