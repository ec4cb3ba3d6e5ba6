import { Fn, TerraformLocal, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { HelmProvider } from "../generated/providers/helm/provider";
import { KubernetesProvider } from "../generated/providers/kubernetes/provider";
import { check, isToken } from "../private/validation";
import { type ClusterStackState, KUBECONFIG_OUTPUT } from "./cluster-stack-state";

/** How the kubernetes and helm providers reach the cluster. */
interface ClusterConnection {
  readonly configPath?: string;
  readonly configContext?: string;
  readonly host?: string;
  readonly clusterCaCertificate?: string;
  readonly token?: string;
}

/**
 * How a workload stack's kubernetes and helm providers reach the LKE cluster: never from a
 * `linode_lke_cluster` of the same configuration (the provider's docs: its configuration must be
 * known before the plan, and a cluster replacement would leave it pointing at nothing). Either a
 * kubeconfig file on the machine that runs Terraform, or the cluster stack's state.
 */
export abstract class ClusterAccess {
  /**
   * A kubeconfig file, e.g. one saved with `linode-cli lke kubeconfig-view <id>` or the cluster
   * stack's `kubeconfig` output: `terraform output -raw kubeconfig | base64 -d > ~/.kube/lke.yaml`.
   */
  public static fromKubeconfigFile(path: string, context?: string): ClusterAccess {
    check(isToken(path) || (typeof path === "string" && path.trim() !== "" && !path.includes("\n")), "ClusterAccess.fromKubeconfigFile", "path", path.includes?.("apiVersion") ? "kubeconfig content" : path, "Give the path of a kubeconfig file, e.g. '~/.kube/lke.yaml', not its content.");
    return new (class extends ClusterAccess {
      protected connection(): ClusterConnection {
        return { configPath: path, configContext: context };
      }
    })();
  }

  /**
   * The cluster stack's state (`LkeClusterStack`, output `kubeconfig`): read with a
   * `terraform_remote_state` data source; host, CA and token are taken from the kubeconfig.
   * The reader needs read access to that state, which holds the cluster's admin token.
   */
  public static fromClusterStackState(state: ClusterStackState): ClusterAccess {
    return new (class extends ClusterAccess {
      protected connection(stack: TerraformStack): ClusterConnection {
        const remote = state.bind(stack, "ClusterState");
        const kubeconfig = new TerraformLocal(stack, "cluster_kubeconfig", Fn.yamldecode(Fn.base64decode(remote.getString(KUBECONFIG_OUTPUT))));
        const cluster = ["clusters", 0, "cluster"];
        return {
          host: Fn.lookupNested(kubeconfig.expression, [...cluster, "server"]),
          clusterCaCertificate: Fn.base64decode(Fn.lookupNested(kubeconfig.expression, [...cluster, "certificate-authority-data"])),
          token: Fn.lookupNested(kubeconfig.expression, ["users", 0, "user", "token"]),
        };
      }
    })();
  }

  protected constructor() {}

  /**
   * Configures the `kubernetes` and `helm` providers of `stack`, and checks at synth that the stack
   * creates no LKE cluster itself.
   */
  public bind(stack: TerraformStack): void {
    const c = this.connection(stack);
    new KubernetesProvider(stack, "kubernetes", { ...c });
    new HelmProvider(stack, "helm", { kubernetes: { ...c } });
    stack.node.addValidation({
      validate: () =>
        stack.node
          .findAll()
          .filter((child: IConstruct) => (child as { terraformResourceType?: string }).terraformResourceType === "linode_lke_cluster")
          .map(
            (child) =>
              `${child.node.path}: invalid 'cluster': received a linode_lke_cluster in the stack whose kubernetes provider it would configure. The kubernetes provider must not be configured from a cluster created in the same configuration: put the LkeCluster in a stack of its own (LkeClusterStack) and use ClusterAccess.fromClusterStackState(...).`,
          ),
    });
  }

  /** The provider arguments. */
  protected abstract connection(stack: TerraformStack): ClusterConnection;
}
