import { DataTerraformRemoteState, DataTerraformRemoteStateLocal, DataTerraformRemoteStateS3, NamedRemoteWorkspace, type TerraformRemoteState, type TerraformStack } from "cdktf";
import * as path from "node:path";
import { check } from "../private/validation";
import { linodeObjectStorageS3 } from "../stack/state-backend";

/** The name of the cluster stack's output that holds the kubeconfig (base64 YAML, sensitive). */
export const KUBECONFIG_OUTPUT = "kubeconfig";

/** Props of {@link ClusterStackState.local}. */
export interface LocalClusterStackStateProps {
  /** The cluster stack's state file, relative to the workload stack's working directory, e.g. `../lke-cluster/terraform.lke-cluster.tfstate`. */
  readonly path: string;
}

/** Props of {@link ClusterStackState.linodeObjectStorage}. Credentials only from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`. */
export interface LinodeObjectStorageClusterStackStateProps {
  /** The bucket that holds the cluster stack's state. */
  readonly bucket: string;
  /** The cluster stack's state key, e.g. `lke/cluster.tfstate`. */
  readonly key: string;
  /** The Object Storage cluster id, e.g. `us-east-1`. */
  readonly region: string;
  /**
   * The S3 endpoint.
   * @default `https://<region>.linodeobjects.com`
   */
  readonly endpoint?: string;
}

/** Props of {@link ClusterStackState.remote}. The token only from `TF_TOKEN_<hostname>`. */
export interface RemoteClusterStackStateProps {
  /** The HCP Terraform organization. */
  readonly organization: string;
  /** The cluster stack's workspace. */
  readonly workspace: string;
  /**
   * HCP Terraform or Terraform Enterprise hostname.
   * @default "app.terraform.io"
   */
  readonly hostname?: string;
}

/**
 * Where the cluster stack (`LkeClusterStack`) keeps its state: the workload stack reads the
 * cluster's `kubeconfig` output from there with a `terraform_remote_state` data source, so the
 * kubernetes provider is configured from a cluster created in *another* configuration, as its
 * documentation requires. Mirrors the `StateBackend` the cluster stack was given.
 */
export abstract class ClusterStackState {
  /** A local state file (the cluster stack's `StateBackend.local()`). */
  public static local(props: LocalClusterStackStateProps): ClusterStackState {
    check(typeof props.path === "string" && props.path.trim() !== "", "ClusterStackState.local", "path", props.path, "Give the cluster stack's state file, e.g. '../lke-cluster/terraform.lke-cluster.tfstate'.");
    return new (class extends ClusterStackState {
      public bind(stack: TerraformStack, id: string): TerraformRemoteState {
        return new DataTerraformRemoteStateLocal(stack, id, { path: props.path });
      }
    })(`local ${path.posix.normalize(props.path)}`);
  }

  /** An Object Storage bucket (the cluster stack's `StateBackend.linodeObjectStorage(...)`). */
  public static linodeObjectStorage(props: LinodeObjectStorageClusterStackStateProps): ClusterStackState {
    const f = "ClusterStackState.linodeObjectStorage";
    check(typeof props.bucket === "string" && props.bucket !== "", f, "bucket", props.bucket, "Name the bucket that holds the cluster stack's state.");
    check(typeof props.key === "string" && props.key !== "", f, "key", props.key, "Give the cluster stack's state key, e.g. 'lke/cluster.tfstate'.");
    check(/^[a-z]{2}-[a-z]+-[0-9]+$/.test(props.region), f, "region", props.region, "Use an Object Storage cluster id such as 'us-east-1'.");
    const endpoint = props.endpoint ?? `https://${props.region}.linodeobjects.com`;
    return new (class extends ClusterStackState {
      public bind(stack: TerraformStack, id: string): TerraformRemoteState {
        return new DataTerraformRemoteStateS3(stack, id, linodeObjectStorageS3(props.bucket, props.key, props.region, endpoint));
      }
    })(`s3 ${endpoint} ${props.bucket} ${props.key}`);
  }

  /** An HCP Terraform workspace (the cluster stack's `StateBackend.remote(...)`). */
  public static remote(props: RemoteClusterStackStateProps): ClusterStackState {
    const f = "ClusterStackState.remote";
    check(/^[A-Za-z0-9_-]+$/.test(props.organization ?? ""), f, "organization", props.organization, "Use the organization's name, e.g. 'acme'.");
    check(/^[A-Za-z0-9_-]+$/.test(props.workspace ?? ""), f, "workspace", props.workspace, "Use the cluster stack's workspace name, e.g. 'lke-cluster'.");
    return new (class extends ClusterStackState {
      public bind(stack: TerraformStack, id: string): TerraformRemoteState {
        return new DataTerraformRemoteState(stack, id, {
          hostname: props.hostname ?? "app.terraform.io",
          organization: props.organization,
          workspaces: new NamedRemoteWorkspace(props.workspace),
        });
      }
    })(`remote ${props.hostname ?? "app.terraform.io"} ${props.organization} ${props.workspace}`);
  }

  protected constructor(
    /** Where the state is, for messages. */
    public readonly location: string,
  ) {}

  /** Adds the `terraform_remote_state` data source to `stack`. */
  public abstract bind(stack: TerraformStack, id: string): TerraformRemoteState;
}
