import { Fn, type SSHProvisionerConnection, TerraformSelf, Token } from "cdktf";
import type { IConstruct } from "constructs";
import { checkSshHost, checkSshHostKey, checkSshUser } from "../private/ssh";
import { check, checkInteger, checkPort } from "../private/validation";
import type { SshCredentials } from "./ssh-credentials";

/** A bastion (jump host) through which Terraform reaches the backends, so that they need not expose SSH. */
export interface SshBastion {
  /** Address of the bastion: an IPv4 or IPv6 address (without port) or a DNS name. */
  readonly host: string;
  /**
   * SSH port of the bastion.
   * @default 22
   */
  readonly port?: number;
  /**
   * User on the bastion.
   * @default - the backends' `sshUser`
   */
  readonly user?: string;
  /**
   * The bastion's public host key (`ssh-ed25519 AAAA...`), verified before Terraform logs in.
   * @default - the bastion's host key is not verified (pin the backends' keys: the push to them stays end-to-end)
   */
  readonly hostKey?: string;
  /**
   * How Terraform authenticates to the bastion: `SshCredentials.agent()`, `.privateKeyFile(path)` or `.privateKey(reference)`.
   * @default - the backends' `sshCredentials`
   */
  readonly credentials?: SshCredentials;
}

/** How Terraform connects to the backends over SSH. */
export interface SshConnectionOptions {
  /** How Terraform authenticates over SSH: `SshCredentials.agent()`, `.privateKeyFile(path)` or `.privateKey(reference)`. */
  readonly sshCredentials: SshCredentials;
  /**
   * The SSH user; it must be able to write the certificate paths and run the reload command.
   * @default "root"
   */
  readonly sshUser?: string;
  /**
   * SSH port of the backends (also the port the backend firewall opens to `adminSources`).
   * @default 22
   */
  readonly sshPort?: number;
  /**
   * How long Terraform keeps trying to connect to a backend (and to upload each script) before the
   * apply fails: long enough for a just-booted server to start sshd, short enough that an
   * unreachable server or a wrong host key fails fast (Terraform's own default is 5 minutes).
   * @default 60
   */
  readonly sshTimeoutSeconds?: number;
  /**
   * A bastion (jump host) to reach the backends through; then give the bastion's address as the
   * site's `adminSources`.
   * @default - Terraform connects to each backend directly
   */
  readonly sshBastion?: SshBastion;
}

/** Default SSH user. */
const DEFAULT_USER = "root";
/** Default connection timeout, seconds. */
const DEFAULT_TIMEOUT_SECONDS = 60;
/** The SSH port when none is given. */
export const DEFAULT_SSH_PORT = 22;

/** The validated connection settings, rendered into a provisioner `connection` per backend. */
export class SshConnection {
  /** The SSH user. */
  public readonly user: string;
  /** The backends' SSH port. */
  public readonly port: number;

  /** Validates `options` (errors name `scope` and the prop). */
  constructor(
    scope: IConstruct,
    private readonly options: SshConnectionOptions,
  ) {
    check(options.sshCredentials !== undefined, scope, "sshCredentials", undefined, "Give SshCredentials.agent(), SshCredentials.privateKeyFile(path) or SshCredentials.privateKey(reference).");
    this.user = options.sshUser ?? DEFAULT_USER;
    checkSshUser(scope, "sshUser", this.user);
    this.port = options.sshPort ?? DEFAULT_SSH_PORT;
    checkPort(scope, "sshPort", this.port);
    checkInteger(scope, "sshTimeoutSeconds", options.sshTimeoutSeconds, 1, 3600);
    const bastion = options.sshBastion;
    if (bastion !== undefined) {
      check(bastion.host !== undefined, scope, "sshBastion.host", undefined, "Give the bastion's address, such as 'bastion.example.com'.");
      checkSshHost(scope, "sshBastion.host", bastion.host);
      checkPort(scope, "sshBastion.port", bastion.port);
      checkSshUser(scope, "sshBastion.user", bastion.user);
      checkSshHostKey(scope, "sshBastion.hostKey", bastion.hostKey);
    }
  }

  /**
   * The key-file paths the connection reads from its resource's own `input` (`self.input.*`), so that
   * the file is read only when a provisioner runs: merge them into the resource's `input`.
   */
  public keyFileInput(): Record<string, string> {
    const { sshCredentials: credentials, sshBastion: bastion } = this.options;
    return {
      ...(credentials.privateKeyFile !== undefined ? { [KEY_FILE_INPUT]: credentials.privateKeyFile } : {}),
      ...(bastion?.credentials?.privateKeyFile !== undefined ? { [BASTION_KEY_FILE_INPUT]: bastion.credentials.privateKeyFile } : {}),
    };
  }

  /** Whether a credential is a key reference that a destroy-time provisioner cannot read, so it uses the agent. */
  public get destroyUsesAgentForKey(): boolean {
    const { sshCredentials: credentials, sshBastion: bastion } = this.options;
    return credentials.privateKey !== undefined || bastion?.credentials?.privateKey !== undefined;
  }

  /**
   * The `connection` of one backend; `host` and `hostKey` are usually `each.value` references.
   * `scriptPath` is where `remote-exec` uploads its script. At {@link ProvisionerTime.DESTROY} a key
   * reference is left out (Terraform lets destroy-time provisioners read only `self`, and keeping the
   * key there would store it in the state): that credential authenticates through the agent.
   */
  public render(host: string, hostKey: string | undefined, scriptPath: string, time: ProvisionerTime = ProvisionerTime.CREATE): SSHProvisionerConnection {
    const { sshCredentials: credentials, sshBastion: bastion } = this.options;
    const bastionCredentials = bastion?.credentials ?? credentials;
    const agent = (c: SshCredentials) => c.agent || (time === ProvisionerTime.DESTROY && c.privateKey !== undefined);
    const key = (c: SshCredentials, fileInput: string) =>
      c.privateKeyFile !== undefined ? Fn.file(TerraformSelf.getString(`input.${fileInput}`)) : time === ProvisionerTime.DESTROY ? undefined : c.privateKey;
    return {
      type: "ssh",
      host,
      port: this.port === DEFAULT_SSH_PORT ? undefined : this.port,
      hostKey,
      user: this.user,
      timeout: `${this.options.sshTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS}s`,
      scriptPath,
      agent: Token.asString(agent(credentials) || agent(bastionCredentials)),
      privateKey: key(credentials, KEY_FILE_INPUT),
      bastionHost: bastion?.host,
      bastionPort: bastion ? (bastion.port ?? DEFAULT_SSH_PORT) : undefined,
      bastionUser: bastion ? (bastion.user ?? this.user) : undefined,
      bastionHostKey: bastion?.hostKey,
      bastionPrivateKey: bastion?.credentials ? key(bastion.credentials, BASTION_KEY_FILE_INPUT) : undefined,
    };
  }
}

/** When a provisioner runs: at create (a push; it may read any reference) or at destroy (a clean-up; only `self`). */
export enum ProvisionerTime {
  /** A create-time provisioner. */
  CREATE = "create",
  /** A destroy-time provisioner. */
  DESTROY = "destroy",
}

/** The `input` keys that hold key-file paths. */
const KEY_FILE_INPUT = "private_key_file";
const BASTION_KEY_FILE_INPUT = "bastion_private_key_file";
