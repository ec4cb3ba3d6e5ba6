import { Annotations, DataResource, Fn, type ITerraformDependable, TerraformIterator, Token } from "cdktf";
import { Construct } from "constructs";
import type { Backend } from "../nodebalancer/backend";
import { check, checkAbsolutePath, checkNotEmpty, checkUnique, isToken } from "../private/validation";
import type { ListenerCertificate } from "./listener-certificate";
import type { SshCredentials } from "./ssh-credentials";

/** Where the certificate files live on each backend. */
export interface CertificateFileOptions {
  /**
   * Absolute path of the full chain (leaf then issuer), e.g. nginx's `ssl_certificate`.
   * @default "/etc/ssl/site/fullchain.pem"
   */
  readonly certificatePath?: string;
  /**
   * Absolute path of the private key, e.g. nginx's `ssl_certificate_key`.
   * @default "/etc/ssl/site/privkey.pem"
   */
  readonly privateKeyPath?: string;
}

/** How the certificate is delivered to each backend over SSH. */
export interface CertificatePushOptions extends CertificateFileOptions {
  /** How Terraform authenticates over SSH: `SshCredentials.agent()` or `.privateKey(reference)`. */
  readonly sshCredentials: SshCredentials;
  /**
   * The SSH user; it must be able to write both paths and run the reload command.
   * @default "root"
   */
  readonly sshUser?: string;
  /**
   * Octal mode of the full chain file.
   * @default "0644"
   */
  readonly certificateFileMode?: string;
  /**
   * Octal mode of the private key file; the file is created with it before the key is written.
   * @default "0600"
   */
  readonly privateKeyFileMode?: string;
  /**
   * `user` or `user:group` that should own both files (`chown`).
   * @default - the files stay owned by the SSH user
   */
  readonly fileOwner?: string;
  /**
   * Shell command run after the files are written, so that the server loads the new certificate.
   * The default also starts a server that could not start before its first certificate arrived.
   * @default "systemctl reload-or-restart nginx"
   */
  readonly reloadCommand?: string;
}

/** Props of a {@link CertificatePush}. */
export interface CertificatePushProps extends CertificatePushOptions {
  /** The certificate every backend serves, e.g. `ListenerCertificate.fromAcme(cert)`. */
  readonly certificate: ListenerCertificate;
  /** The backends; each needs an `sshHost`. At least one. */
  readonly backends: readonly Backend[];
  /**
   * Resources that must exist before the first push, e.g. the backend firewall, so that SSH
   * reachability does not depend on which resource Terraform creates first.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
}

/** Default location of the full chain on the backends. */
const DEFAULT_CERTIFICATE_PATH = "/etc/ssl/site/fullchain.pem";
/** Default location of the private key on the backends. */
const DEFAULT_PRIVATE_KEY_PATH = "/etc/ssl/site/privkey.pem";

const OCTAL_MODE = /^0[0-7]{3}$/;

/** On a server still being set up by cloud-init (a new `AppServers` instance), wait until it is done. */
const WAIT_FOR_CLOUD_INIT = "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null || true; fi";
const SAFE_PATH = /^[A-Za-z0-9._/-]+$/;
const OWNER = /^[a-z_][a-z0-9_-]*\$?(:[a-z_][a-z0-9_-]*\$?)?$/;
const USER = /^[a-z_][a-z0-9_-]*\$?$/;

/**
 * Delivers one certificate (full chain and private key) to every backend over SSH with Terraform
 * provisioners, then runs a reload command.
 *
 * It is a single `terraform_data` with `for_each` over the backends, keyed by backend label, so the
 * cost of synthesis does not grow with the number of backends and a backend added later gets
 * exactly one new instance (one push). `triggers_replace` holds SHA-256 digests of the certificate
 * and key (references, not the material), the backend's SSH host and the delivery settings: a
 * renewal, a replaced server or a new path re-runs the push on the backends concerned.
 *
 * Each push: creates the directories and the key file with its final mode (so the key is never
 * world-readable, even briefly), writes the chain and the key, sets modes and owner, then reloads.
 * Pushes run at `terraform apply` only: schedule applies so that renewals reach the backends.
 * The machine running Terraform must reach every `sshHost` on port 22 (admit it in the backend
 * firewall). Give every backend its `sshHostKey` so that the key is only sent to the real server;
 * without host keys (Terraform's default) run the push from a trusted network.
 * @see https://developer.hashicorp.com/terraform/language/resources/terraform-data
 */
export class CertificatePush extends Construct {
  /** Path of the full chain on the backends. */
  public readonly certificatePath: string;
  /** Path of the private key on the backends. */
  public readonly privateKeyPath: string;
  /** The underlying `terraform_data` (one instance per backend label). */
  public readonly resource: DataResource;

  constructor(scope: Construct, id: string, props: CertificatePushProps) {
    super(scope, id);
    validateBackends(this, props.backends);
    this.certificatePath = props.certificatePath ?? DEFAULT_CERTIFICATE_PATH;
    this.privateKeyPath = props.privateKeyPath ?? DEFAULT_PRIVATE_KEY_PATH;
    checkFilePath(this, "certificatePath", this.certificatePath);
    checkFilePath(this, "privateKeyPath", this.privateKeyPath);
    check(this.certificatePath !== this.privateKeyPath, this, "privateKeyPath", this.privateKeyPath, "Use a path other than 'certificatePath': the key would overwrite the chain.");
    const certificateMode = props.certificateFileMode ?? "0644";
    const keyMode = props.privateKeyFileMode ?? "0600";
    checkMode(this, "certificateFileMode", certificateMode);
    checkMode(this, "privateKeyFileMode", keyMode);
    if (!keyMode.endsWith("0")) {
      Annotations.of(this).addWarning(`privateKeyFileMode ${keyMode} lets every user on the backends read the private key: use "0600" or "0640".`);
    }
    check(props.fileOwner === undefined || OWNER.test(props.fileOwner), this, "fileOwner", props.fileOwner, "Use a literal 'user' or 'user:group', such as 'root:www-data'.");
    const user = props.sshUser ?? "root";
    check(isToken(user) || USER.test(user), this, "sshUser", user, "Use a user name such as 'root' or 'deploy'.");
    const reloadCommand = props.reloadCommand ?? "systemctl reload-or-restart nginx";
    check(isToken(reloadCommand) || reloadCommand.trim() !== "", this, "reloadCommand", reloadCommand, "Give the command that makes the server load the new certificate, such as 'systemctl reload nginx'.");

    const pinned = props.backends.every((b) => b.sshHostKey !== undefined);
    const backend = TerraformIterator.fromMap(
      Object.fromEntries(byLabel(props.backends).map((b) => [b.label, pinned ? { ssh_host: b.sshHost!, host_key: b.sshHostKey! } : { ssh_host: b.sshHost! }])),
    );
    const files = [this.certificatePath, this.privateKeyPath];
    const directories = [...new Set(files.map((path) => path.slice(0, path.lastIndexOf("/")) || "/"))];
    this.resource = new DataResource(this, "Resource", {
      forEach: backend,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      triggersReplace: {
        certificate_sha256: Fn.sha256(props.certificate.fullChainPem),
        private_key_sha256: Fn.sha256(props.certificate.privateKeyPem),
        ssh_host: backend.getString("ssh_host"),
        certificate_file: `${this.certificatePath} ${certificateMode}`,
        private_key_file: `${this.privateKeyPath} ${keyMode}`,
        ...(props.fileOwner ? { file_owner: props.fileOwner } : {}),
        reload_command: reloadCommand,
      },
      connection: {
        type: "ssh",
        host: backend.getString("ssh_host"),
        hostKey: pinned ? backend.getString("host_key") : undefined,
        user,
        agent: Token.asString(props.sshCredentials.agent),
        privateKey: props.sshCredentials.privateKey,
      },
      provisioners: [
        {
          type: "remote-exec",
          inline: ["set -eu", WAIT_FOR_CLOUD_INIT, `mkdir -p ${directories.join(" ")}`, `umask 077 && touch ${this.privateKeyPath} && chmod ${keyMode} ${this.privateKeyPath}`],
        },
        { type: "file", content: props.certificate.fullChainPem, destination: this.certificatePath },
        { type: "file", content: props.certificate.privateKeyPem, destination: this.privateKeyPath },
        {
          type: "remote-exec",
          inline: [
            "set -eu",
            `chmod ${certificateMode} ${this.certificatePath}`,
            `chmod ${keyMode} ${this.privateKeyPath}`,
            ...(props.fileOwner ? [`chown ${props.fileOwner} ${files.join(" ")}`] : []),
            reloadCommand,
          ],
        },
      ],
    });
  }
}

function validateBackends(scope: Construct, backends: readonly Backend[]): void {
  checkNotEmpty(scope, "backends", backends, "Give at least one backend to push the certificate to.");
  checkUnique(scope, "backends", backends.map((b) => b.label), "Each backend may appear once: give distinct labels.");
  const withoutHost = backends.filter((b) => !b.sshHost).map((b) => b.label);
  check(withoutHost.length === 0, scope, "backends", withoutHost, "The certificate push connects over SSH: give these backends an 'sshHost' (Backend.fromAddress(ip, { sshHost })), or use Backend.fromInstance(...).");
  checkUnique(scope, "backends", backends.map((b) => b.sshHost), "Each backend needs its own 'sshHost'.");
  const unpinned = backends.filter((b) => b.sshHostKey === undefined).map((b) => b.label);
  check(unpinned.length === 0 || unpinned.length === backends.length, scope, "backends", unpinned, "Pin the SSH host key ('sshHostKey') of every backend or of none: these backends have none.");
}

/** Backends in label order, so that the synthesized map does not depend on the order given. */
function byLabel(backends: readonly Backend[]): Backend[] {
  return [...backends].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** A literal absolute path that is safe to use unquoted in a shell command and in a server config. */
function checkFilePath(scope: Construct, prop: string, path: string): void {
  check(!isToken(path), scope, prop, path, "Use a literal path: it is written into the server configuration and the install commands.");
  checkAbsolutePath(scope, prop, path);
  check(SAFE_PATH.test(path) && !path.endsWith("/"), scope, prop, path, "Use a file path of letters, digits, '.', '_', '-' and '/', such as '/etc/ssl/site/fullchain.pem'.");
}

function checkMode(scope: Construct, prop: string, mode: string): void {
  check(OCTAL_MODE.test(mode), scope, prop, mode, "Use a four-digit octal mode as a string, such as \"0600\" or \"0644\".");
}
