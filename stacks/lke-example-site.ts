import { ClusterAccess, type LkeSiteProps } from "../src/kubernetes";

/** The cluster stack's id. */
export const LKE_CLUSTER_STACK = "lke-cluster";

/** Where the examples expect the cluster's kubeconfig. */
export const EXAMPLE_KUBECONFIG = "~/.kube/lke-example.yaml";

/**
 * How every LKE example reaches the cluster: the kubeconfig the cluster stack outputs, saved to a
 * file after `lke-cluster` is applied (`terraform output -raw kubeconfig | base64 -d > ~/.kube/lke-example.yaml`).
 * Never a cluster of the same configuration. A file keeps each example folder self-contained (it
 * plans without another stack's state); `ClusterAccess.fromClusterStackState(...)` reads the
 * cluster stack's state instead.
 */
export function exampleClusterAccess(): ClusterAccess {
  return ClusterAccess.fromKubeconfigFile(EXAMPLE_KUBECONFIG);
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
