import * as path from "node:path";
import { check } from "../private/validation";
import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformBackend, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

/** Props of {@link StateBackend.local}. */
export interface LocalStateBackendProps {
  /**
   * Relative path of the state file, resolved by Terraform against the stack's working directory.
   * @default `terraform.<stackName>.tfstate`
   */
  readonly path?: string;
}

/** Props of {@link StateBackend.linodeObjectStorage}. Credentials come only from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`. */
export interface LinodeObjectStorageBackendProps {
  /**
   * Name of the existing Object Storage bucket that holds the state.
   * @default - required
   */
  readonly bucket: string;
  /**
   * Object key of the state file inside the bucket, e.g. `nodebalancer/prod.tfstate`; one key per stack.
   * @default - required
   */
  readonly key: string;
  /**
   * Linode Object Storage cluster/region id the bucket lives in, e.g. `us-east-1` or `us-ord-1`.
   * @default - required
   */
  readonly region: string;
  /**
   * S3 endpoint of the region, an `https://` URL.
   * @default `https://<region>.linodeobjects.com`
   */
  readonly endpoint?: string;
  /**
   * Lock the state with an S3-native lock file next to it (Terraform >= 1.10 `use_lockfile`).
   * @default true
   */
  readonly useLockfile?: boolean;
}

/** Props of {@link StateBackend.remote}. The token comes only from the environment (`TF_TOKEN_<hostname>`). */
export interface RemoteStateBackendProps {
  /**
   * HCP Terraform / Terraform Enterprise organization name.
   * @default - required
   */
  readonly organization: string;
  /**
   * Name of the workspace that holds this stack's state.
   * @default - required
   */
  readonly workspace: string;
  /**
   * Hostname of HCP Terraform or of a Terraform Enterprise install, without scheme.
   * @default "app.terraform.io"
   */
  readonly hostname?: string;
}

/** Prop names that would put a secret into the synthesized configuration; rejected at runtime too. */
const CREDENTIAL_PROPS = ["accessKey", "secretKey", "token", "sessionToken", "access_key", "secret_key"];

/**
 * Where a stack keeps its Terraform state: a typed, validated choice applied with {@link StateBackend.bind}.
 *
 * ```ts
 * StateBackend.linodeObjectStorage({ bucket: "tfstate", key: "nb/prod.tfstate", region: "us-east-1" }).bind(stack);
 * ```
 */
export abstract class StateBackend {
  /** State in a local file with a relative path (never the absolute path cdktf defaults to). */
  public static local(props: LocalStateBackendProps = {}): StateBackend {
    return new LocalStateBackend(props);
  }

  /** State in a Linode Object Storage bucket through Terraform's S3 backend, locked with an S3 lock file. */
  public static linodeObjectStorage(props: LinodeObjectStorageBackendProps): StateBackend {
    return new LinodeObjectStorageStateBackend(props);
  }

  /** State in an HCP Terraform (or Terraform Enterprise) workspace through the `cloud` block. */
  public static remote(props: RemoteStateBackendProps): StateBackend {
    return new RemoteStateBackend(props);
  }

  private readonly boundStacks: string[] = [];

  protected constructor(
    /** The factory that made this backend, for error messages, e.g. `StateBackend.local`. */
    private readonly factory: string,
    /** Whether two stacks may share this instance (only when each gets its own state location). */
    private readonly shareable: boolean,
  ) {}

  /** Adds this backend to `stack`; a stack takes exactly one backend. */
  public bind(stack: TerraformStack): void {
    const stackName = stack.node.id;
    const existing = stack.node.findAll().find((c) => TerraformBackend.isBackend(c));
    if (existing !== undefined) {
      throw new Error(
        `${this.factory}(...).bind(): stack "${stackName}" already has a backend (${existing.node.path}); ` +
          `bind exactly one StateBackend per stack, before anything else adds a backend.`,
      );
    }
    if (!this.shareable && this.boundStacks.length > 0) {
      throw new Error(
        `${this.factory}(...).bind(): this backend is already bound to stack "${this.boundStacks[0]}"; ` +
          `binding it to "${stackName}" too would make both stacks share one state. Create one backend per stack.`,
      );
    }
    // Refused here, while the app is being built: a check at synth would run stack by stack, after
    // the stacks before this one were written.
    const location = this.sharedLocation();
    if (location !== undefined) {
      const owner = stateOwners(stack.node.root).get(location.value);
      check(
        owner === undefined,
        stack,
        location.prop,
        location.received,
        `Stack '${owner?.node.path}' keeps its state ${location.where} too: both stacks would read and overwrite one state. ${location.fix(stackName)}`,
      );
    }
    this.addTo(stack);
    this.boundStacks.push(stackName);
    if (location !== undefined) stateOwners(stack.node.root).set(location.value, stack);
  }

  /** Creates the cdktf backend construct in `stack`. */
  protected abstract addTo(stack: TerraformStack): void;

  /** Where the state lives when two stacks could name the same place (remote state), for the check that no two stacks of an app share it. */
  protected abstract sharedLocation(): SharedStateLocation | undefined;
}

/** The stack that bound each shared state location, per app. */
const owners = new WeakMap<IConstruct, Map<string, TerraformStack>>();

function stateOwners(app: IConstruct): Map<string, TerraformStack> {
  let byLocation = owners.get(app);
  if (byLocation === undefined) {
    byLocation = new Map();
    owners.set(app, byLocation);
  }
  return byLocation;
}

/** A state location that two stacks of an app could both name. */
interface SharedStateLocation {
  /** The location, compared between the stacks of an app. */
  readonly value: string;
  /** The prop to change. */
  readonly prop: string;
  /** What the message shows as received. */
  readonly received: string;
  /** The location in words, e.g. `in bucket "tfstate" under key "shop/prod.tfstate"`. */
  readonly where: string;
  /** The fix, for a stack name. */
  readonly fix: (stackName: string) => string;
}

class LocalStateBackend extends StateBackend {
  private readonly path?: string;

  constructor(props: LocalStateBackendProps) {
    // Shareable only with the default path: each stack then gets its own file.
    super("StateBackend.local", props.path === undefined);
    const p = props.path;
    if (p !== undefined) {
      const fix = 'pass a path relative to the stack directory such as "terraform.prod.tfstate", or omit it';
      check(typeof p === "string" && p.trim() !== "", "StateBackend.local", "path", p, `Must be a non-empty string; ${fix}.`);
      check(!path.posix.isAbsolute(p) && !path.win32.isAbsolute(p), "StateBackend.local", "path", p, `Must be relative so the configuration is machine-independent; ${fix}.`);
    }
    this.path = p;
  }

  protected addTo(stack: TerraformStack): void {
    new LocalBackend(stack, { path: this.path ?? `terraform.${stack.node.id}.tfstate` });
  }

  /** A relative path is resolved in each stack's own working directory: stacks never share it. */
  protected sharedLocation(): undefined {
    return undefined;
  }
}

const LINODE_REGION = /^[a-z]{2}-[a-z]+-[0-9]+$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

class LinodeObjectStorageStateBackend extends StateBackend {
  private readonly props: Required<LinodeObjectStorageBackendProps>;

  constructor(props: LinodeObjectStorageBackendProps) {
    super("StateBackend.linodeObjectStorage", false);
    const f = "StateBackend.linodeObjectStorage";
    rejectCredentials(f, props, "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY");
    const { bucket, key, region } = props;
    check(typeof bucket === "string" && bucket.trim() !== "", f, "bucket", bucket, "Must name an existing Object Storage bucket, e.g. \"my-tfstate\".");
    check(BUCKET_NAME.test(bucket), f, "bucket", bucket, "Must be 3-63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit.");
    check(typeof key === "string" && key.trim() !== "", f, "key", key, "Must be the state object's key, e.g. \"nodebalancer/prod.tfstate\".");
    check(!(key.startsWith("/") || key.endsWith("/") || key.includes("//")), f, "key", key, "Must not start or end with '/' nor contain '//'; use e.g. \"nodebalancer/prod.tfstate\".");
    const hint = typeof region === "string" && /^[a-z]{2}-[a-z]+$/.test(region) ? ` (did you mean "${region}-1"?)` : "";
    check(typeof region === "string" && LINODE_REGION.test(region), f, "region", region, `Must be an Object Storage cluster/region id such as "us-east-1" or "us-ord-1"${hint}.`);
    const endpoint = props.endpoint ?? `https://${region}.linodeobjects.com`;
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      url = undefined;
    }
    check(url?.protocol === "https:", f, "endpoint", endpoint, `Must be an https:// URL, e.g. "https://${region}.linodeobjects.com", or omitted.`);
    const useLockfile = props.useLockfile ?? true;
    check(typeof useLockfile === "boolean", f, "useLockfile", useLockfile, "Must be true or false, or omitted (default true).");
    this.props = { bucket, key, region, endpoint, useLockfile };
  }

  protected addTo(stack: TerraformStack): void {
    const backend = new S3Backend(stack, linodeObjectStorageS3(this.props.bucket, this.props.key, this.props.region, this.props.endpoint));
    // cdktf 0.21's S3BackendConfig has no `useLockfile` (added in Terraform 1.10), so it is set
    // as a raw override on the backend element; it lands in `terraform.backend.s3.use_lockfile`
    // in both JSON and HCL output.
    if (this.props.useLockfile) {
      backend.addOverride("use_lockfile", true);
    }
  }

  protected sharedLocation(): SharedStateLocation {
    const { bucket, key, endpoint } = this.props;
    const directory = key.includes("/") ? key.slice(0, key.lastIndexOf("/") + 1) : "";
    return {
      value: `s3 ${endpoint} ${bucket} ${key}`,
      prop: "key",
      received: key,
      where: `in bucket "${bucket}" under key "${key}"`,
      fix: (stackName) => `Give each stack its own key, e.g. "${directory}${stackName}.tfstate".`,
    };
  }
}

const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?$/i;
const TFC_NAME = /^[A-Za-z0-9_-]+$/;

class RemoteStateBackend extends StateBackend {
  private readonly props: Required<RemoteStateBackendProps>;

  constructor(props: RemoteStateBackendProps) {
    super("StateBackend.remote", false);
    const f = "StateBackend.remote";
    rejectCredentials(f, props, "TF_TOKEN_app_terraform_io (TF_TOKEN_<hostname with dots as underscores>)");
    const { organization, workspace } = props;
    check(typeof organization === "string" && organization.trim() !== "", f, "organization", organization, "Must be the HCP Terraform organization name, e.g. \"acme\".");
    check(TFC_NAME.test(organization), f, "organization", organization, "May contain only letters, digits, '_' and '-'.");
    check(typeof workspace === "string" && workspace.trim() !== "", f, "workspace", workspace, "Must be the workspace name, e.g. \"nodebalancer-prod\".");
    check(TFC_NAME.test(workspace) && workspace.length <= 90, f, "workspace", workspace, "May contain only letters, digits, '_' and '-' (at most 90 characters).");
    const hostname = props.hostname ?? "app.terraform.io";
    check(typeof hostname === "string" && HOSTNAME.test(hostname), f, "hostname", hostname, "Must be a bare hostname without scheme or path, e.g. \"app.terraform.io\", or omitted.");
    this.props = { organization, workspace, hostname };
  }

  protected addTo(stack: TerraformStack): void {
    new CloudBackend(stack, {
      hostname: this.props.hostname,
      organization: this.props.organization,
      workspaces: new NamedCloudWorkspace(this.props.workspace),
    });
  }

  protected sharedLocation(): SharedStateLocation {
    const { hostname, organization, workspace } = this.props;
    return {
      value: `remote ${hostname} ${organization} ${workspace}`,
      prop: "workspace",
      received: workspace,
      where: `in workspace "${organization}/${workspace}"`,
      fix: (stackName) => `Give each stack its own workspace, e.g. "${stackName}".`,
    };
  }
}


function rejectCredentials(factory: string, props: object, envVars: string): void {
  for (const name of CREDENTIAL_PROPS) {
    if (Object.prototype.hasOwnProperty.call(props, name)) {
      throw new Error(
        `${factory}: prop "${name}" is not accepted: credentials must never be written into the configuration; ` +
          `set ${envVars} in the environment instead.`,
      );
    }
  }
}

/**
 * The S3 settings of a state in Linode Object Storage, for a backend and for reading another
 * stack's state: it is S3-compatible but has no STS/IAM/EC2 metadata, uses its own region names and
 * does not accept the AWS SDK's default checksums.
 */
export function linodeObjectStorageS3(bucket: string, key: string, region: string, endpoint: string) {
  return {
    bucket,
    key,
    region,
    endpoints: { s3: endpoint },
    skipCredentialsValidation: true,
    skipRegionValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
    usePathStyle: true,
  };
}
