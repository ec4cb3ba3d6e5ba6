import type { Construct } from "constructs";
import { LkeClusterStack } from "../src/kubernetes";

/**
 * The LKE cluster's own stack: one pool of three nodes. Its `kubeconfig` output (sensitive) is
 * what the workload stacks read from its state; the Linode token comes from `LINODE_TOKEN`.
 */
export class LkeClusterExampleStack extends LkeClusterStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      cluster: { label: "example-lke", region: "us-east", kubernetesVersion: "1.33", pools: [{ type: "g6-standard-2", count: 3 }] },
    });
  }
}
