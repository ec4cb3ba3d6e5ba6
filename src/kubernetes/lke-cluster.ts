import { Construct } from "constructs";
import { LkeCluster as LkeClusterResource } from "../generated/providers/linode/lke-cluster";
import { check, checkInteger, checkNotEmpty, checkRegion, isToken } from "../private/validation";

/** One node pool of an {@link LkeCluster}. */
export interface LkeNodePool {
  /** The Linode plan of the pool's nodes, e.g. `g6-standard-2`. */
  readonly type: string;
  /**
   * Number of nodes (1–100); with an autoscaler, the number it starts from.
   * @default 3
   */
  readonly count?: number;
  /**
   * Let LKE scale the pool between `min` and `max` nodes.
   * @default - a fixed `count`
   */
  readonly autoscaler?: { readonly min: number; readonly max: number };
  /**
   * Kubernetes labels of the pool's nodes.
   * @default - none
   */
  readonly labels?: Record<string, string>;
}

/** Props of an {@link LkeCluster}. */
export interface LkeClusterProps {
  /** The cluster's label, unique in the account: letters, digits, `-` and `_` (at most 32). */
  readonly label: string;
  /** The Linode region, e.g. `us-east`. */
  readonly region: string;
  /** The Kubernetes minor version LKE offers, e.g. `1.33` (`linode-cli lke versions-list`). */
  readonly kubernetesVersion: string;
  /** The node pools; at least one. */
  readonly pools: readonly LkeNodePool[];
  /**
   * A highly available control plane (a paid option).
   * @default false
   */
  readonly highAvailability?: boolean;
  /**
   * Tags of the cluster.
   * @default - none
   */
  readonly tags?: readonly string[];
}

const LABEL = /^[A-Za-z0-9_-]{1,32}$/;
const K8S_VERSION = /^1\.[0-9]{1,3}$/;
const PLAN = /^g[0-9]+-[a-z0-9-]+$/;

/**
 * A Linode Kubernetes Engine cluster (`linode_lke_cluster`). Its cloud controller (CCM) builds a
 * NodeBalancer for every Service of type `LoadBalancer`, which is where the LKE options of this
 * package put TLS.
 *
 * Keep it in a stack of its own: the kubernetes and helm providers cannot be configured from a
 * cluster created in the same configuration (their configuration must be known at plan time). The
 * workload stack reads {@link LkeCluster.kubeconfig} from this stack's state with
 * `ClusterAccess.fromClusterStackState(...)` (`LkeClusterStack` outputs it as `kubeconfig`).
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/lke_cluster
 */
export class LkeCluster extends Construct {
  /** The cluster's id. */
  public readonly clusterId: string;
  /** The kubeconfig, base64-encoded YAML (sensitive: it holds an admin token). */
  public readonly kubeconfig: string;
  /** The API server endpoints. */
  public readonly apiEndpoints: string[];
  /** The underlying `linode_lke_cluster`. */
  public readonly resource: LkeClusterResource;

  constructor(scope: Construct, id: string, props: LkeClusterProps) {
    super(scope, id);
    check(isToken(props.label) || LABEL.test(props.label), this, "label", props.label, "Use 1 to 32 letters, digits, '-' or '_', e.g. 'shop-prod'.");
    checkRegion(this, "region", props.region);
    check(isToken(props.kubernetesVersion) || K8S_VERSION.test(props.kubernetesVersion), this, "kubernetesVersion", props.kubernetesVersion, "Use a Kubernetes minor version that LKE offers, such as '1.33' (linode-cli lke versions-list).");
    checkNotEmpty(this, "pools", props.pools, "Give at least one node pool, e.g. [{ type: 'g6-standard-2', count: 3 }].");
    props.pools.forEach((pool, i) => {
      check(isToken(pool.type) || PLAN.test(pool.type), this, `pools[${i}].type`, pool.type, "Use a Linode plan id such as 'g6-standard-2'.");
      checkInteger(this, `pools[${i}].count`, pool.count, 1, 100);
      if (pool.autoscaler !== undefined) {
        const { min, max } = pool.autoscaler;
        checkInteger(this, `pools[${i}].autoscaler.min`, min, 1, 100);
        checkInteger(this, `pools[${i}].autoscaler.max`, max, 1, 100);
        check(isToken(min) || isToken(max) || min <= max, this, `pools[${i}].autoscaler`, pool.autoscaler, "'min' must not exceed 'max'.");
      }
    });
    this.resource = new LkeClusterResource(this, "Resource", {
      label: props.label,
      region: props.region,
      k8SVersion: props.kubernetesVersion,
      tags: props.tags === undefined ? undefined : [...props.tags].sort(),
      controlPlane: props.highAvailability === undefined ? undefined : { highAvailability: props.highAvailability },
      pool: props.pools.map((pool) => ({
        type: pool.type,
        count: pool.count ?? 3,
        labels: pool.labels,
        autoscaler: pool.autoscaler === undefined ? undefined : { min: pool.autoscaler.min, max: pool.autoscaler.max },
      })),
    });
    this.clusterId = this.resource.id;
    this.kubeconfig = this.resource.kubeconfig;
    this.apiEndpoints = this.resource.apiEndpoints;
  }
}
