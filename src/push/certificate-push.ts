import {
  Annotations,
  DataResource,
  type FileProvisioner,
  Fn,
  type ITerraformDependable,
  type RemoteExecProvisioner,
  type SSHProvisionerConnection,
  TerraformIterator,
  TerraformSelf,
} from "cdktf";
import { Construct } from "constructs";
import type { Backend } from "../nodebalancer/backend";
import { check, checkAbsolutePath, checkNotEmpty, checkUnique, isToken } from "../private/validation";
import { WebServer } from "./web-server";
import type { ListenerCertificate } from "../nodebalancer/listener-certificate";
import { ProvisionerTime, SshConnection, type SshConnectionOptions } from "./ssh-connection";

/** Where the certificate files live on each backend. */
export interface CertificateFileOptions {
  /**
   * Absolute path of the full chain (leaf then issuer), e.g. nginx's `ssl_certificate`.
   * @default - the web server's: "/etc/ssl/site/fullchain.pem" (nginx, custom), "/etc/haproxy/certs/site.pem" (HAProxy)
   */
  readonly certificatePath?: string;
  /**
   * Absolute path of the private key, e.g. nginx's `ssl_certificate_key`.
   * @default - the web server's: "/etc/ssl/site/privkey.pem" (nginx, custom), "/etc/haproxy/certs/site.pem.key" (HAProxy)
   */
  readonly privateKeyPath?: string;
  /**
   * Absolute path of the client CA certificate (with `clientCaCertificatePem`), e.g. nginx's
   * `ssl_client_certificate`.
   * @default - "client-ca.pem" in the directory of `certificatePath`
   */
  readonly clientCaPath?: string;
}

/** How the certificate is delivered to each backend over SSH. */
export interface CertificatePushOptions extends CertificateFileOptions, SshConnectionOptions {
  /**
   * The web server on the backends: `WebServer.nginx()`, `.haproxy()` or `.custom({ reloadCommand })`.
   * It gives the reload command the push runs after writing the files, and the default paths.
   * @default WebServer.nginx()
   */
  readonly webServer?: WebServer;
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
   * When a backend leaves the site (or the site is destroyed), delete the chain and the key from it
   * (a destroy-time provisioner). It never blocks an apply: a server that is already gone or
   * unreachable is skipped after the SSH timeout. It authenticates with the same credentials, except
   * `SshCredentials.privateKey(reference)`: destroy-time provisioners may read only their own state,
   * and the key is never stored there, so that clean-up authenticates through the ssh-agent.
   * @default true
   */
  readonly removeOnDestroy?: boolean;
}

/** Props of a {@link CertificatePush}. */
export interface CertificatePushProps extends CertificatePushOptions {
  /** The certificate every backend serves, e.g. `ListenerCertificate.fromAcme(cert)`. */
  readonly certificate: ListenerCertificate;
  /** The backends; each needs an `sshHost`. At least one. */
  readonly backends: readonly Backend[];
  /**
   * A CA certificate (PEM, public) that the backends verify client certificates with, written to
   * `clientCaPath` with mode 0644, e.g. the client certificate of Cloudflare's Authenticated Origin Pulls.
   * @default - no client CA file
   */
  readonly clientCaCertificatePem?: string;
  /**
   * Resources that must exist before the first push, e.g. the backend firewall, so that SSH
   * reachability does not depend on which resource Terraform creates first.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
}

const OCTAL_MODE = /^0[0-7]{3}$/;

/** On a server still being set up by cloud-init (a new `AppServers` instance), wait until it is done. */
const WAIT_FOR_CLOUD_INIT = "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null || true; fi";
const SAFE_PATH = /^[A-Za-z0-9._/-]+$/;
const OWNER = /^[a-z_][a-z0-9_-]*\$?(:[a-z_][a-z0-9_-]*\$?)?$/;

/**
 * Terraform makes every `remote-exec` script mode 0777 and runs it: only a directory that no other
 * user can enter keeps others from changing it first. The first script of a push runs from the SSH
 * user's home directory (the only private directory every server has), after this check, and
 * creates a private work directory for the later ones.
 */
const HOME_IS_PRIVATE =
  'm=$(stat -c %a ~); case "$m" in *[1-7]|*[2367]?) echo "cdktf-nodebalancer-ssl: the home directory of $(id -un) has mode $m, so other users could change the scripts run from it: chmod 0700 it." >&2; exit 1;; esac';

/**
 * Delivers one certificate (full chain and private key) to every backend over SSH with Terraform
 * provisioners, then runs the web server's reload command.
 *
 * It is a single `terraform_data` with `for_each` over the backends, keyed by backend label, so the
 * cost of synthesis does not grow with the number of backends and a backend added later gets
 * exactly one new instance (one push). `triggers_replace` holds SHA-256 digests of the certificate
 * and key (references, not the material), what identifies the server (SSH host, pinned host key,
 * Linode ID) and the delivery settings: a renewal, a rebuilt or replaced server or a new path re-runs
 * the push on the backends concerned.
 *
 * Each push: checks that the SSH user's home directory is private and makes a private work
 * directory for Terraform's scripts (never `/tmp`), creates the directories and the key file with
 * its final mode (so the key is never world-readable, even briefly), writes the chain and the key,
 * sets modes and owner, reloads, and removes every script it used. A second `terraform_data`
 * (`cleanup`, unless `removeOnDestroy: false`) deletes the files from a backend that leaves the site.
 *
 * Pushes run at `terraform apply` only: schedule applies so that renewals reach the backends.
 * The machine running Terraform must reach every `sshHost` on `sshPort` (admit it in the backend
 * firewall) or go through `sshBastion`. Give every backend its `sshHostKey` so that the key is only
 * sent to the real server; without host keys (Terraform's default) run the push from a trusted network.
 * @see https://developer.hashicorp.com/terraform/language/resources/terraform-data
 */
export class CertificatePush extends Construct {
  /** Path of the full chain on the backends. */
  public readonly certificatePath: string;
  /** Path of the private key on the backends. */
  public readonly privateKeyPath: string;
  /** Path of the client CA certificate on the backends; undefined without `clientCaCertificatePem`. */
  public readonly clientCaPath?: string;
  /** The web server on the backends. */
  public readonly webServer: WebServer;
  /** The underlying `terraform_data` (one instance per backend label). */
  public readonly resource: DataResource;
  /** The `terraform_data` whose destroy-time provisioners delete the files from a leaving backend; undefined with `removeOnDestroy: false`. */
  public readonly cleanup?: DataResource;

  constructor(scope: Construct, id: string, props: CertificatePushProps) {
    super(scope, id);
    validateBackends(this, props.backends);
    const ssh = new SshConnection(this, props);
    this.webServer = props.webServer ?? WebServer.nginx();
    check(this.webServer instanceof WebServer, this, "webServer", "not a WebServer", "Use WebServer.nginx(), WebServer.haproxy() or WebServer.custom({ reloadCommand }).");
    this.certificatePath = props.certificatePath ?? this.webServer.defaultPaths.certificatePath;
    this.privateKeyPath = props.privateKeyPath ?? this.webServer.defaultPaths.privateKeyPath;
    checkFilePath(this, "certificatePath", this.certificatePath);
    checkFilePath(this, "privateKeyPath", this.privateKeyPath);
    check(this.certificatePath !== this.privateKeyPath, this, "privateKeyPath", this.privateKeyPath, "Use a path other than 'certificatePath': the key would overwrite the chain.");
    this.webServer.checkPaths(this, { certificatePath: this.certificatePath, privateKeyPath: this.privateKeyPath });
    check(props.clientCaPath === undefined || props.clientCaCertificatePem !== undefined, this, "clientCaPath", props.clientCaPath, "A client CA path needs 'clientCaCertificatePem', the certificate to write there.");
    if (props.clientCaCertificatePem !== undefined) {
      this.clientCaPath = props.clientCaPath ?? `${this.certificatePath.slice(0, this.certificatePath.lastIndexOf("/"))}/client-ca.pem`;
      checkFilePath(this, "clientCaPath", this.clientCaPath);
      checkUnique(this, "clientCaPath", [this.certificatePath, this.privateKeyPath, this.clientCaPath], "Use a path of its own for the client CA: it would overwrite the chain or the key.");
    }
    const certificateMode = props.certificateFileMode ?? "0644";
    const keyMode = props.privateKeyFileMode ?? "0600";
    checkMode(this, "certificateFileMode", certificateMode);
    checkMode(this, "privateKeyFileMode", keyMode);
    if (!keyMode.endsWith("0")) {
      Annotations.of(this).addWarning(`privateKeyFileMode ${keyMode} lets every user on the backends read the private key: use "0600" or "0640".`);
    }
    check(props.fileOwner === undefined || OWNER.test(props.fileOwner), this, "fileOwner", props.fileOwner, "Use a literal 'user' or 'user:group', such as 'root:www-data'.");
    const reloadCommand = this.webServer.reloadCommand;
    if (props.sshBastion !== undefined && props.backends.some((b) => b.sshHostKey !== undefined)) {
      Annotations.of(this).addWarning(
        "Terraform releases without the fix of hashicorp/terraform#38318 (1.11 among them) check the bastion against each backend's host key, so a push with pinned backends through sshBastion fails with 'Error connecting to bastion: knownhosts: key mismatch': use a Terraform release with that fix.",
      );
    }

    const identities = serverIdentities(props.backends);
    const backend = TerraformIterator.fromMap(identities);
    // The same keys for every backend: as references to the current one (`each.value.<key>`).
    const identity = Object.fromEntries(Object.keys(Object.values(identities)[0]).map((key) => [key, backend.getString(key)]));
    // Named after the construct's address: stable, and distinct for two pushes to one server.
    const scripts = new PrivateScripts(`.cdktf-push-${this.node.addr.slice(2, 10)}`);
    const clientCa = props.clientCaCertificatePem !== undefined && this.clientCaPath !== undefined ? { pem: props.clientCaCertificatePem, path: this.clientCaPath } : undefined;
    const files = [this.certificatePath, this.privateKeyPath, ...(clientCa ? [clientCa.path] : [])];
    const directories = [...new Set(files.map((path) => path.slice(0, path.lastIndexOf("/")) || "/"))];

    const removeOnDestroy = props.removeOnDestroy ?? true;
    this.cleanup = removeOnDestroy ? this.cleanupResource(backend, identity, ssh, scripts, files) : undefined;

    const connection = ssh.render(identity.ssh_host, identity.host_key, scripts.laterScripts);
    const keyFiles = ssh.keyFileInput();
    this.resource = new DataResource(this, "Resource", {
      forEach: backend,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      input: Object.keys(keyFiles).length > 0 ? keyFiles : undefined,
      triggersReplace: {
        certificate_sha256: Fn.sha256(props.certificate.fullChainPem),
        private_key_sha256: Fn.sha256(props.certificate.privateKeyPem),
        ...identity,
        certificate_file: `${this.certificatePath} ${certificateMode}`,
        private_key_file: `${this.privateKeyPath} ${keyMode}`,
        ...(clientCa ? { client_ca_sha256: Fn.sha256(clientCa.pem), client_ca_file: `${clientCa.path} 0644` } : {}),
        ...(props.fileOwner ? { file_owner: props.fileOwner } : {}),
        reload_command: reloadCommand,
      },
      connection,
      provisioners: scripts.steps(
        connection,
        [WAIT_FOR_CLOUD_INIT, `mkdir -p ${directories.join(" ")}`, `umask 077 && touch ${this.privateKeyPath} && chmod ${keyMode} ${this.privateKeyPath}`],
        [
          { type: "file", content: props.certificate.fullChainPem, destination: this.certificatePath },
          { type: "file", content: props.certificate.privateKeyPem, destination: this.privateKeyPath },
          ...(clientCa ? [{ type: "file", content: clientCa.pem, destination: clientCa.path } as FileProvisioner] : []),
        ],
        [
          `chmod ${certificateMode} ${this.certificatePath}`,
          ...(clientCa ? [`chmod 0644 ${clientCa.path}`] : []),
          `chmod ${keyMode} ${this.privateKeyPath}`,
          ...(props.fileOwner ? [`chown ${props.fileOwner} ${files.join(" ")}`] : []),
          reloadCommand,
        ],
      ),
    });
  }

  /**
   * One instance per backend that is never replaced (it has no triggers; a new host or host key only
   * updates its `input`), so only a backend that leaves the site runs its destroy-time provisioners,
   * not a renewal or a rebuilt server. They may read only `self`: every reference of the connection
   * goes through `input`, which never holds a key (a key file's path at most).
   */
  private cleanupResource(backend: TerraformIterator, identity: Record<string, string>, ssh: SshConnection, scripts: PrivateScripts, files: readonly string[]): DataResource {
    const { input, connection } = throughSelf(ssh.render(identity.ssh_host, identity.host_key, scripts.laterScripts, ProvisionerTime.DESTROY));
    if (ssh.destroyUsesAgentForKey) {
      Annotations.of(this).addWarning(
        "removeOnDestroy with SshCredentials.privateKey(reference): the clean-up of a leaving backend runs at destroy time, when Terraform lets it read only its own state, which never holds the key, so it authenticates through the ssh-agent. Load the same key with ssh-add before an apply that removes a backend, or use SshCredentials.privateKeyFile(path) (the same file at push and clean-up), or removeOnDestroy: false.",
      );
    }
    return new DataResource(this, "Cleanup", {
      forEach: backend,
      input: { ...input, ...ssh.keyFileInput() },
      connection,
      provisioners: scripts.steps(connection, [`rm -f ${files.join(" ")}`], [], [], { when: "destroy", onFailure: "continue" }),
    });
  }
}

/**
 * Where Terraform's `remote-exec` scripts go on a backend: a work directory in the SSH user's home,
 * made private by the first step, and removed with every script by the last step.
 */
class PrivateScripts {
  /** The work directory, as the steps' commands name it. */
  private readonly workDirectory: string;
  /** The first step's script, in the home directory itself. */
  public readonly firstScript: string;
  /** The later steps' scripts, in a subdirectory of the work directory: once the work directory is removed, Terraform's blank follow-up upload of the last script fails instead of leaving a file behind. */
  public readonly laterScripts: string;

  /**
   * `name` is the work directory's name in the home directory. Script paths are relative to the
   * session's working directory, which sshd sets to the home directory: Terraform quotes the upload
   * target (so `~` would not expand there) and runs a script by its path (so it needs a `/`).
   */
  constructor(name: string) {
    this.workDirectory = `~/${name}`;
    this.firstScript = `./${name}.sh`;
    this.laterScripts = `./${name}/run/step-%RAND%.sh`;
  }

  /**
   * `first` commands (from the home directory, after it is checked), the `middle` provisioners,
   * then `last` commands, which end by removing the scripts whether they succeed or not.
   */
  public steps(
    connection: SSHProvisionerConnection,
    first: readonly string[],
    middle: readonly FileProvisioner[],
    last: readonly string[],
    timing: { readonly when: "destroy"; readonly onFailure: "continue" } | Record<string, never> = {},
  ): (RemoteExecProvisioner | FileProvisioner)[] {
    const work = this.workDirectory;
    // cdktf's RemoteExecProvisioner type has no `when`/`on_failure`; its synthesis passes them on.
    const step = (inline: string[], own?: SSHProvisionerConnection): RemoteExecProvisioner => ({ type: "remote-exec", inline, ...timing, ...(own ? { connection: own } : {}) }) as RemoteExecProvisioner;
    return [
      step(["set -eu", HOME_IS_PRIVATE, `rm -rf ${work} && mkdir -m 0700 ${work} ${work}/run`, ...first], { type: "ssh", host: connection.host, scriptPath: this.firstScript }),
      ...middle,
      step(["set -eu", `trap 'rm -rf ${work} ${work}.sh' EXIT`, ...last]),
    ];
  }
}

/** Per backend label: what identifies the server (the `for_each` value). */
function serverIdentities(backends: readonly Backend[]): Record<string, Record<string, string>> {
  const pinned = backends.every((b) => b.sshHostKey !== undefined);
  const withLinodeId = backends.some((b) => b.linodeId !== undefined);
  return Object.fromEntries(
    byLabel(backends).map((b) => [
      b.label,
      { ssh_host: b.sshHost!, ...(pinned ? { host_key: b.sshHostKey! } : {}), ...(withLinodeId ? { linode_id: b.linodeId ?? "" } : {}) },
    ]),
  );
}

/** snake_case of a connection argument, as Terraform names it. */
function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Connection arguments that a destroy-time rendering already reads through `self` (key files) or that reference nothing (`agent`, a boolean carried as a token). */
const ALREADY_SELF = new Set(["agent", "privateKey", "bastionPrivateKey"]);

/** Moves every other reference of a connection into an `input` map and reads it back through `self.input`. */
function throughSelf(connection: SSHProvisionerConnection): { input: Record<string, string>; connection: SSHProvisionerConnection } {
  const input: Record<string, string> = {};
  const rewritten: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(connection)) {
    if (value === undefined) continue;
    if (!ALREADY_SELF.has(key) && isToken(value)) {
      input[snake(key)] = value as string;
      rewritten[key] = TerraformSelf.getString(`input.${snake(key)}`);
    } else {
      rewritten[key] = value;
    }
  }
  return { input, connection: rewritten as unknown as SSHProvisionerConnection };
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
