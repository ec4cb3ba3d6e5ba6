import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { AppServer } from "./app-server";
import { TestPki } from "./pki";
import { loopbackPrefix } from "./requirements";
import { SiteNetwork } from "./site-network";

/** Where the helper scripts (forwarder, TLS client) live. */
export const E2E_SCRIPTS = resolve(__dirname);
/** sshd's port on every server. */
export const SSH_PORT = 2222;

/** A server of the site: its label, private address, Linode id, and the last octet of its sshd's loopback address. */
export interface ServerSpec {
  readonly label: string;
  readonly privateIpv4: string;
  readonly linodeId: string;
  readonly loopbackOctet: number;
}

/** A forwarding rule of the NodeBalancer stand-in (see proxy-v2.cjs). */
export interface ForwardRoute {
  readonly listen: number;
  readonly to: string;
  readonly port: number;
  readonly from: string;
  readonly proxyProtocol?: boolean;
}

/**
 * The app servers of an end-to-end test with everything around them, all on this machine: a PKI,
 * the SSH key Terraform logs in with, the network namespaces, one {@link AppServer} per spec (real
 * sshd on a loopback address of this run's own, real nginx in its namespace) and the NodeBalancer
 * stand-in. {@link dispose} stops only what it started (by PID) and deletes what it made.
 */
export class SiteServers {
  public readonly root: string;
  public readonly pki: TestPki;
  public readonly network: SiteNetwork;
  /** The private key (OpenSSH PEM) authorized for root on every server. */
  public readonly sshKey: string;
  private readonly servers = new Map<string, AppServer>();
  private readonly loopback = loopbackPrefix();
  private forwarder?: ChildProcess;

  constructor(prefix: string, specs: readonly ServerSpec[]) {
    this.root = mkdtempSync(join(tmpdir(), prefix));
    this.pki = new TestPki(this.root);
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "terraform", "-f", join(this.root, "client")], { timeout: 10_000 });
    this.sshKey = readFileSync(join(this.root, "client"), "utf8");
    const authorizedKey = readFileSync(join(this.root, "client.pub"), "utf8").trim();
    this.network = new SiteNetwork();
    for (const spec of specs) {
      const netns = this.network.addBackend(spec.privateIpv4);
      this.servers.set(spec.label, new AppServer(this.root, { label: spec.label, privateIpv4: spec.privateIpv4, sshHost: this.sshHost(spec), sshPort: SSH_PORT, netns, authorizedKey }));
    }
  }

  /** The loopback address the spec's sshd listens on. */
  public sshHost(spec: ServerSpec): string {
    return `${this.loopback}.${spec.loopbackOctet}`;
  }

  /** The server with this label. */
  public get(label: string): AppServer {
    return this.servers.get(label)!;
  }

  /** Every server, in the order of the specs. */
  public all(): AppServer[] {
    return [...this.servers.values()];
  }

  /** Installs the rendered web-server configuration on every server and starts its sshd. */
  public async start(webServerConfig: string): Promise<void> {
    for (const s of this.servers.values()) {
      s.installSiteConfig(webServerConfig);
      await s.start();
    }
  }

  /** Starts the NodeBalancer stand-in with these routes; resolves once every port listens (10 s at most). */
  public async forward(routes: readonly ForwardRoute[]): Promise<void> {
    const forwarder = spawn("ip", ["netns", "exec", this.network.lb, process.execPath, join(E2E_SCRIPTS, "proxy-v2.cjs"), JSON.stringify(routes)], { stdio: ["pipe", "pipe", "inherit"] });
    this.forwarder = forwarder;
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error("the NodeBalancer stand-in did not start within 10 s")), 10_000);
      forwarder.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && (clearTimeout(timer), ready()));
    });
  }

  /** Runs tls-client.cjs in the NodeBalancer's namespace with this request; returns what it printed. */
  public request<T>(request: Record<string, unknown>): T {
    const out = execFileSync("ip", ["netns", "exec", this.network.lb, process.execPath, join(E2E_SCRIPTS, "tls-client.cjs"), JSON.stringify(request)], { encoding: "utf8", timeout: 20_000 });
    return JSON.parse(out) as T;
  }

  /** Stops the forwarder and the servers, deletes the namespaces and (unless E2E_KEEP=1) the files. */
  public dispose(): void {
    const forwarder = this.forwarder;
    if (forwarder?.pid !== undefined && forwarder.exitCode === null) process.kill(forwarder.pid, "SIGTERM");
    for (const s of this.servers.values()) s.stop();
    this.network.dispose();
    if (!process.env.E2E_KEEP) rmSync(this.root, { recursive: true, force: true });
  }
}
