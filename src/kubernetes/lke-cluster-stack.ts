import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { HclStack } from "../stack/hcl-stack";
import { configureProviders, RequiredProvider } from "../stack/providers";
import { StateBackend } from "../stack/state-backend";
import { KUBECONFIG_OUTPUT } from "./cluster-stack-state";
import { LkeCluster, type LkeClusterProps } from "./lke-cluster";

/** Props of an {@link LkeClusterStack}. */
export interface LkeClusterStackProps {
  /** The cluster. */
  readonly cluster: LkeClusterProps;
  /**
   * Where the stack keeps its state; the workload stack reads it (`ClusterStackState` of the same place).
   * @default StateBackend.local()
   */
  readonly backend?: StateBackend;
}

/**
 * The cluster's own stack: the Linode provider (`LINODE_TOKEN`) and an {@link LkeCluster}, with the
 * outputs `kubeconfig` (sensitive, base64 YAML), `cluster_id` and `api_endpoints`. A workload stack
 * (`LkeSiteStack`) reads the kubeconfig with `ClusterAccess.fromClusterStackState(...)`: apply this
 * stack first.
 */
export class LkeClusterStack extends HclStack {
  /** The cluster. */
  public readonly cluster: LkeCluster;

  constructor(scope: Construct, id: string, props: LkeClusterStackProps) {
    super(scope, id);
    (props.backend ?? StateBackend.local()).bind(this);
    configureProviders(this, [RequiredProvider.LINODE]);
    this.cluster = new LkeCluster(this, "Cluster", props.cluster);
    new TerraformOutput(this, KUBECONFIG_OUTPUT, { value: this.cluster.kubeconfig, sensitive: true });
    new TerraformOutput(this, "cluster_id", { value: this.cluster.clusterId });
    new TerraformOutput(this, "api_endpoints", { value: this.cluster.apiEndpoints });
  }
}
