import { ClusterAccess, ClusterStackState, type LkeSiteProps } from "../src/kubernetes";

/** The cluster stack's id: `npm run synth` writes it beside the workload stacks, in cdktf.out/stacks/. */
export const LKE_CLUSTER_STACK = "lke-cluster";

/**
 * How every LKE example reaches the cluster: the cluster stack's local state, next door in
 * cdktf.out/stacks/ (apply `lke-cluster` first). Never a cluster of the same configuration.
 */
export function exampleClusterAccess(): ClusterAccess {
  return ClusterAccess.fromClusterStackState(ClusterStackState.local({ path: `../${LKE_CLUSTER_STACK}/terraform.${LKE_CLUSTER_STACK}.tfstate` }));
}

/** The app every LKE example serves: the pods labelled `app: shop` in namespace `shop`, plain HTTP on 8080. */
export function exampleLkeSite(): LkeSiteProps {
  return {
    namespace: "shop",
    app: { podSelector: { app: "shop" }, port: 8080 },
    // LKE's cloud-firewall-controller admits NodePorts only from the NodeBalancers' 192.168.255.0/24.
    nodePortsFirewalled: true,
  };
}
