import { Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import { ClusterAccess, LkeCluster, LkeClusterStack } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";
import { only } from "./lke-fixtures";

const CLUSTER = { label: "shop-prod", region: "us-east", kubernetesVersion: "1.33", pools: [{ type: "g6-standard-2", count: 3 }] };

describe("LkeCluster", () => {
  test("a linode_lke_cluster with its pools", () => {
    const stack = newStack();
    new LkeCluster(stack, "Cluster", { ...CLUSTER, pools: [{ type: "g6-standard-4", autoscaler: { min: 2, max: 5 }, labels: { role: "web" } }], highAvailability: true, tags: ["b", "a"] });
    const [, cluster] = only(synthJson(stack), "linode_lke_cluster");
    expect(cluster).toMatchObject({
      label: "shop-prod",
      region: "us-east",
      k8s_version: "1.33",
      tags: ["a", "b"],
      control_plane: { high_availability: true },
      pool: [{ type: "g6-standard-4", count: 3, labels: { role: "web" }, autoscaler: { min: 2, max: 5 } }],
    });
  });

  test.each([
    ["label", { label: "shop prod!" }, /^test\/Cluster: invalid 'label': received "shop prod!"\. Use 1 to 32 letters/],
    ["kubernetesVersion", { kubernetesVersion: "v1.33.1" }, /^test\/Cluster: invalid 'kubernetesVersion': received "v1\.33\.1"\. Use a Kubernetes minor version/],
    ["pools", { pools: [] }, /^test\/Cluster: invalid 'pools': received \[\]\. Give at least one node pool/],
    ["pools[0].type", { pools: [{ type: "standard-2" }] }, /^test\/Cluster: invalid 'pools\[0\]\.type': received "standard-2"\. Use a Linode plan id/],
    ["pools[0].autoscaler", { pools: [{ type: "g6-standard-2", autoscaler: { min: 5, max: 2 } }] }, /^test\/Cluster: invalid 'pools\[0\]\.autoscaler': .*'min' must not exceed 'max'/],
    ["region", { region: "us-east-1" }, /^test\/Cluster: invalid 'region'/],
  ])("a bad %s names the construct, the prop, the value and the fix", (_prop, overrides, message) => {
    expect(() => new LkeCluster(newStack(), "Cluster", { ...CLUSTER, ...overrides })).toThrow(message);
  });
});

describe("LkeClusterStack", () => {
  test("outputs the kubeconfig as sensitive, with the cluster id and API endpoints", () => {
    const stack = new LkeClusterStack(Testing.app(), "lke-cluster", { cluster: CLUSTER });
    const json = synthJson(stack);
    expect(json.output).toMatchObject({
      kubeconfig: { value: "${linode_lke_cluster.Cluster_EB0386A7.kubeconfig}", sensitive: true },
      cluster_id: { value: "${linode_lke_cluster.Cluster_EB0386A7.id}" },
      api_endpoints: { value: "${linode_lke_cluster.Cluster_EB0386A7.api_endpoints}" },
    });
    expect(Object.keys(json.provider ?? {})).toEqual(["linode"]);
  });

  test("a stack that configures the kubernetes provider may not create the cluster too (synth error)", () => {
    const stack = newStack();
    ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml").bind(stack);
    new LkeCluster(stack, "Cluster", CLUSTER);
    expect(() => synthJson(stack)).toThrow(/test\/Cluster\/Resource: invalid 'cluster': received a linode_lke_cluster in the stack whose kubernetes provider it would configure\..*LkeClusterStack/);
  });
});
