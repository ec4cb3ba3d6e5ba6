import { describe, expect, test } from "vitest";
import { ClusterAccess, ClusterStackState } from "../../src/kubernetes";
import { synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

function bound(access: ClusterAccess) {
  const stack = newStack();
  access.bind(stack);
  return synthJson(stack);
}

describe("ClusterAccess", () => {
  test("fromKubeconfigFile configures kubernetes and helm from a file and context", () => {
    const json = bound(ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml", "lke123-ctx"));
    expect(json.provider?.kubernetes).toEqual([{ config_path: "~/.kube/lke.yaml", config_context: "lke123-ctx" }]);
    expect(json.provider?.helm).toEqual([{ kubernetes: { config_path: "~/.kube/lke.yaml", config_context: "lke123-ctx" } }]);
  });

  test("fromClusterStackState reads the cluster stack's kubeconfig output through terraform_remote_state", () => {
    const json = bound(ClusterAccess.fromClusterStackState(ClusterStackState.local({ path: "../lke-cluster/terraform.lke-cluster.tfstate" })));
    expect(json.data?.terraform_remote_state).toEqual({ ClusterState: { backend: "local", config: { path: "../lke-cluster/terraform.lke-cluster.tfstate" } } });
    expect(json.locals).toEqual({ cluster_kubeconfig: "${yamldecode(base64decode(data.terraform_remote_state.ClusterState.outputs.kubeconfig))}" });
    const connection = {
      host: "${local.cluster_kubeconfig.clusters.0.cluster.server}",
      cluster_ca_certificate: '${base64decode(local.cluster_kubeconfig.clusters.0.cluster["certificate-authority-data"])}',
      token: "${local.cluster_kubeconfig.users.0.user.token}",
    };
    expect(json.provider?.kubernetes).toEqual([connection]);
    expect(json.provider?.helm).toEqual([{ kubernetes: connection }]);
  });

  test("the cluster stack's state in Object Storage or HCP Terraform", () => {
    const s3 = bound(ClusterAccess.fromClusterStackState(ClusterStackState.linodeObjectStorage({ bucket: "tfstate", key: "lke/cluster.tfstate", region: "us-east-1" })));
    expect(s3.data?.terraform_remote_state?.ClusterState).toMatchObject({ backend: "s3", config: { bucket: "tfstate", key: "lke/cluster.tfstate", region: "us-east-1", endpoints: { s3: "https://us-east-1.linodeobjects.com" }, use_path_style: true } });
    const remote = bound(ClusterAccess.fromClusterStackState(ClusterStackState.remote({ organization: "acme", workspace: "lke-cluster" })));
    expect(remote.data?.terraform_remote_state?.ClusterState).toMatchObject({ backend: "remote", config: { organization: "acme", workspaces: { name: "lke-cluster" } } });
  });

  test("bad input names the factory, the prop, the value and the fix", () => {
    expect(() => ClusterAccess.fromKubeconfigFile("")).toThrow(/^ClusterAccess\.fromKubeconfigFile: invalid 'path': received ""\. Give the path of a kubeconfig file/);
    expect(() => ClusterAccess.fromKubeconfigFile("apiVersion: v1\nkind: Config\n")).toThrow(`ClusterAccess.fromKubeconfigFile: invalid 'path': received "kubeconfig content". Give the path of a kubeconfig file, e.g. '~/.kube/lke.yaml', not its content.`);
    expect(() => ClusterStackState.linodeObjectStorage({ bucket: "tfstate", key: "k", region: "us-east" })).toThrow(/invalid 'region': received "us-east"/);
  });
});
