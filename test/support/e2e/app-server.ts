import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One command an SSH session of the push ran, as the server's ForceCommand recorded it. */
export interface AuditEntry {
  /** The command line Terraform sent (`scp -vt DIR`, `chmod 0777 PATH`, or a script's path). */
  readonly command: string;
  /** For a script that was executed: its path as the shell expanded it. */
  readonly script?: string;
  /** For a script: the user that ran it. */
  readonly user?: string;
  /** For a script: the octal mode of the script, then of each directory above it up to `/`. */
  readonly modes?: readonly number[];
}

/** Options of an {@link AppServer}. */
export interface AppServerOptions {
  /** Node label. */
  readonly label: string;
  /** Private address the PROXY sender connects to (inside the server's network namespace). */
  readonly privateIpv4: string;
  /** Loopback address sshd listens on, in the test's own network namespace. */
  readonly sshHost: string;
  /** sshd's port. */
  readonly sshPort: number;
  /** The backend's network namespace (see SiteNetwork.addBackend). */
  readonly netns: string;
  /** OpenSSH public key authorized for root. */
  readonly authorizedKey: string;
}

/** The test's main nginx.conf: it logs the client address and includes the rendered site. */
const NGINX_CONF = `worker_processes 1;
pid /etc/nginx/nginx.pid;
error_log /etc/nginx/error.log;
events { worker_connections 64; }
http {
    log_format e2e '$remote_addr $proxy_protocol_addr "$request" $status';
    access_log /etc/nginx/access.log e2e;
    include /etc/nginx/conf.d/*.conf;
}
`;

/**
 * A stand-in for a Linode app server, made of real software on this machine: sshd (root login with
 * one key, its own host key) on a loopback address, in a mount namespace where `/root`, `/etc/ssl`,
 * `/etc/nginx` and `/usr/local/sbin` are the server's own folders; nginx runs in the server's
 * network namespace, started by the push's own reload command through a `systemctl` stand-in (there
 * is no systemd here). sshd's ForceCommand records every command before running it.
 * Only processes it started are stopped, by their PIDs.
 */
export class AppServer {
  /** The server's folders, seen from outside its mount namespace. */
  public readonly dir: string;
  private sshd: ChildProcess | undefined;

  constructor(
    root: string,
    public readonly options: AppServerOptions,
  ) {
    this.dir = join(root, options.label);
    for (const d of ["root", "etc-ssl", "etc-nginx/conf.d", "sbin", "ssh"]) mkdirSync(join(this.dir, d), { recursive: true });
    chmodSync(join(this.dir, "root"), 0o700);
    writeFileSync(join(this.dir, "etc-nginx/nginx.conf"), NGINX_CONF);
    // /etc/ssl is the server's own: keep OpenSSL's configuration in it.
    if (existsSync("/etc/ssl/openssl.cnf")) writeFileSync(join(this.dir, "etc-ssl/openssl.cnf"), readFileSync("/etc/ssl/openssl.cnf"));
    writeFileSync(join(this.dir, "ssh/authorized_keys"), `${options.authorizedKey}\n`);
    writeFileSync(join(this.dir, "sbin/systemctl"), systemctlStandIn(options.netns), { mode: 0o755 });
    writeFileSync(join(this.dir, "ssh/audit.sh"), auditScript(join(this.dir, "ssh/audit.log")), { mode: 0o755 });
    writeFileSync(
      join(this.dir, "ssh/sshd_config"),
      [
        `ListenAddress ${options.sshHost}:${options.sshPort}`,
        `HostKey ${join(this.dir, "ssh/host_ed25519")}`,
        `AuthorizedKeysFile ${join(this.dir, "ssh/authorized_keys")}`,
        "PidFile none",
        "PermitRootLogin prohibit-password",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "PrintMotd no",
        `ForceCommand ${join(this.dir, "ssh/audit.sh")}`,
        "",
      ].join("\n"),
    );
    this.newHostKey();
  }

  /** Installs the site's nginx configuration (as the package renders it) in `/etc/nginx/conf.d/`, as a user would before the first push. */
  public installSiteConfig(config: string): void {
    writeFileSync(join(this.dir, "etc-nginx/conf.d/site.conf"), config);
  }

  /** The node label. */
  public get label(): string {
    return this.options.label;
  }

  /** The public host key, one line, as a backend's `sshHostKey`. */
  public get hostKey(): string {
    return readFileSync(join(this.dir, "ssh/host_ed25519.pub"), "utf8").trim();
  }

  /** Starts sshd in the server's mount namespace and waits (bounded) until it accepts connections. */
  public async start(): Promise<void> {
    mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
    const binds = [
      ["root", "/root"],
      ["etc-ssl", "/etc/ssl"],
      ["etc-nginx", "/etc/nginx"],
      ["sbin", "/usr/local/sbin"],
    ].map(([from, to]) => `mount --bind ${join(this.dir, from)} ${to}`);
    const log = openSync(join(this.dir, "ssh/sshd.log"), "a");
    this.sshd = spawn("unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c", `set -e; ${binds.join("; ")}; exec /usr/sbin/sshd -D -e -f ${join(this.dir, "ssh/sshd_config")}`], {
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    await waitFor(`sshd of ${this.label}`, 10_000, () => {
      const r = spawnSyncQuiet("ssh-keyscan", ["-p", String(this.options.sshPort), "-T", "2", this.options.sshHost]);
      return r.includes("ssh-ed25519");
    });
  }

  /** Stops sshd and nginx (by their PIDs), as a server that is shut down. */
  public stop(): void {
    if (this.sshd?.pid !== undefined && this.sshd.exitCode === null) {
      process.kill(this.sshd.pid, "SIGTERM");
    }
    this.sshd = undefined;
    const pid = this.nginxPid();
    if (pid !== undefined) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
      rmSync(join(this.dir, "etc-nginx/nginx.pid"), { force: true });
    }
  }

  /** A rebuild: same address and Linode, a new disk (no certificate, nothing in /root) and a new host key. */
  public async rebuild(): Promise<void> {
    this.stop();
    for (const entry of readdirSync(join(this.dir, "root"))) rmSync(join(this.dir, "root", entry), { recursive: true, force: true });
    rmSync(join(this.dir, "etc-ssl/site"), { recursive: true, force: true });
    this.newHostKey();
    rmSync(join(this.dir, "ssh/audit.log"), { force: true });
    await this.start();
  }

  /** The server's path `path` (e.g. `/etc/ssl/site/privkey.pem`), seen from outside. */
  public local(path: string): string {
    for (const [inside, outside] of [
      ["/etc/ssl/", "etc-ssl/"],
      ["/etc/nginx/", "etc-nginx/"],
      ["/root/", "root/"],
    ]) {
      if (path.startsWith(inside)) return join(this.dir, outside, path.slice(inside.length));
    }
    throw new Error(`${path} is not one of the server's own folders`);
  }

  /** Octal mode of a file on the server, or undefined when it does not exist. */
  public mode(path: string): number | undefined {
    const local = this.local(path);
    return existsSync(local) ? statSync(local).mode & 0o7777 : undefined;
  }

  /** What is left in root's home directory. */
  public homeEntries(): string[] {
    return readdirSync(join(this.dir, "root")).sort();
  }

  /** nginx's access log lines. */
  public accessLog(): string[] {
    const path = join(this.dir, "etc-nginx/access.log");
    return existsSync(path) ? readFileSync(path, "utf8").trim().split("\n") : [];
  }

  /** Every command the push's SSH sessions ran so far. */
  public audit(): AuditEntry[] {
    const path = join(this.dir, "ssh/audit.log");
    if (!existsSync(path)) return [];
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [kind, ...rest] = line.split(" ");
        if (kind !== "exec") return { command: rest.join(" ") };
        const [user, script, ...modes] = rest;
        return { command: script, script, user, modes: modes.map((m) => parseInt(m, 8)) };
      });
  }

  /** PID of the running nginx master, if any. */
  public nginxPid(): number | undefined {
    const path = join(this.dir, "etc-nginx/nginx.pid");
    if (!existsSync(path)) return undefined;
    const pid = Number(readFileSync(path, "utf8").trim());
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      return undefined;
    }
  }

  private newHostKey(): void {
    rmSync(join(this.dir, "ssh/host_ed25519"), { force: true });
    rmSync(join(this.dir, "ssh/host_ed25519.pub"), { force: true });
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", this.label, "-f", join(this.dir, "ssh/host_ed25519")], { timeout: 10_000 });
  }
}

/** `systemctl reload-or-restart nginx` for a server without systemd: reload the running nginx, or start it in the server's network namespace. */
function systemctlStandIn(netns: string): string {
  return `#!/bin/sh
# Stand-in for systemd on a test server: only "systemctl reload-or-restart nginx".
set -eu
[ "$*" = "reload-or-restart nginx" ] || { echo "systemctl stand-in: unsupported: $*" >&2; exit 1; }
pid=$(cat /etc/nginx/nginx.pid 2>/dev/null || true)
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then exec nginx -s reload; fi
exec ip netns exec ${netns} nginx </dev/null >/dev/null 2>>/etc/nginx/start.log
`;
}

/**
 * sshd's ForceCommand: records each command; for a script that is executed, the user and the modes
 * of the script and of every directory above it. Then runs the command as sshd would have.
 */
function auditScript(log: string): string {
  return `#!/bin/sh
cmd=$SSH_ORIGINAL_COMMAND
eval "set -- $cmd"
if [ $# -eq 1 ] && [ -f "$1" ]; then
  d=$(realpath "$1")
  line="exec $(id -un) $d"
  while :; do line="$line $(stat -c %a "$d")"; [ "$d" = / ] && break; d=$(dirname "$d"); done
  echo "$line" >> ${log}
else
  printf 'cmd %s\\n' "$cmd" >> ${log}
fi
exec /bin/sh -c "$cmd"
`;
}

function spawnSyncQuiet(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5_000 });
  } catch {
    return "";
  }
}

/** Polls `ready` every 200 ms until it holds, or throws after `timeoutMs`. */
export async function waitFor(what: string, timeoutMs: number, ready: () => boolean): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
