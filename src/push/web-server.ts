import type { IConstruct } from "constructs";
import { check, isToken } from "../private/validation";
import { renderHaproxyConfig } from "./haproxy-config";
import { renderNginxConfig } from "./nginx-config";
import type { WebServerSite } from "./web-server-site";

/** Options of {@link WebServer.nginx}. */
export interface NginxWebServerOptions {
  /**
   * Command that makes nginx load a new certificate. The default checks the configuration first, so
   * that a bad certificate never replaces a working one, and starts nginx when it is stopped (it
   * cannot start before its first certificate arrives). Override it for a non-root SSH user
   * (`sudo ...`) or a server without systemd.
   * @default "nginx -t -q && systemctl reload-or-restart nginx"
   */
  readonly reloadCommand?: string;
}

/** Options of {@link WebServer.haproxy}. */
export interface HaproxyWebServerOptions {
  /**
   * Command that makes HAProxy load a new certificate; like nginx's, it checks first and starts a
   * stopped HAProxy.
   * @default "haproxy -c -q -f /etc/haproxy/haproxy.cfg && systemctl reload-or-restart haproxy"
   */
  readonly reloadCommand?: string;
  /**
   * `host:port` of the application HAProxy forwards the decrypted requests to.
   * @default "127.0.0.1:8080"
   */
  readonly upstream?: string;
}

/** Options of {@link WebServer.custom}. */
export interface CustomWebServerOptions {
  /** Shell command run after the certificate files are written, e.g. `systemctl reload caddy`. */
  readonly reloadCommand: string;
}

/** Where the push writes the chain and the key unless told otherwise. */
export interface CertificatePaths {
  /** Absolute path of the full chain. */
  readonly certificatePath: string;
  /** Absolute path of the private key. */
  readonly privateKeyPath: string;
}

const UPSTREAM = /^[A-Za-z0-9.-]+:[0-9]{1,5}$|^\[[0-9A-Fa-f:]+\]:[0-9]{1,5}$/;

/**
 * The web server that terminates TLS on the backends (TCP passthrough): how the certificate push
 * makes it load a new certificate, where it expects the files, and the configuration that matches
 * the site (ports, PROXY protocol, real-IP trust of the NodeBalancers, certificate paths, Mozilla's
 * "intermediate" TLS).
 *
 * nginx and HAProxy are the presets because they are what Linode app servers behind a NodeBalancer
 * run: nginx as the web server or reverse proxy of most stacks (LEMP, Node, Python, PHP), HAProxy as
 * the TLS terminator in front of an application server; both read the PROXY protocol natively and
 * can trust it from the NodeBalancers' range only. Any other server: {@link WebServer.custom}.
 */
export abstract class WebServer {
  /** nginx: the push reloads it; {@link WebServer.renderConfig} gives `server` blocks for `/etc/nginx/conf.d/`. */
  public static nginx(options: NginxWebServerOptions = {}): WebServer {
    checkCommand("WebServer.nginx", options.reloadCommand);
    return new NginxWebServer(options.reloadCommand ?? "nginx -t -q && systemctl reload-or-restart nginx");
  }

  /**
   * HAProxy (2.2 or newer): the push reloads it; {@link WebServer.renderConfig} gives a whole
   * `/etc/haproxy/haproxy.cfg` that forwards to `upstream`. HAProxy loads the key from the chain's
   * path plus `.key`, so the key's path must be that.
   */
  public static haproxy(options: HaproxyWebServerOptions = {}): WebServer {
    checkCommand("WebServer.haproxy", options.reloadCommand);
    const upstream = options.upstream ?? "127.0.0.1:8080";
    check(UPSTREAM.test(upstream), "WebServer.haproxy", "upstream", upstream, "Give the application's address as 'host:port', such as '127.0.0.1:8080'.");
    return new HaproxyWebServer(options.reloadCommand ?? "haproxy -c -q -f /etc/haproxy/haproxy.cfg && systemctl reload-or-restart haproxy", upstream);
  }

  /** Any other server: only the reload command; no configuration is rendered. */
  public static custom(options: CustomWebServerOptions): WebServer {
    check(options.reloadCommand !== undefined, "WebServer.custom", "reloadCommand", undefined, "Give the command that makes the server load the new certificate, such as 'systemctl reload caddy'.");
    checkCommand("WebServer.custom", options.reloadCommand);
    return new CustomWebServer(options.reloadCommand);
  }

  protected constructor(
    /** Shell command the push runs after writing the files. */
    public readonly reloadCommand: string,
    /** Where the push writes the files by default. */
    public readonly defaultPaths: CertificatePaths,
  ) {}

  /** The server's configuration for `site` (plain text, no Terraform references); undefined for {@link WebServer.custom}. */
  public abstract renderConfig(site: WebServerSite): string | undefined;

  /** Throws when the server cannot use these paths (called by the push with its construct). */
  public checkPaths(_scope: IConstruct, _paths: CertificatePaths): void {}
}

class NginxWebServer extends WebServer {
  constructor(reloadCommand: string) {
    super(reloadCommand, { certificatePath: "/etc/ssl/site/fullchain.pem", privateKeyPath: "/etc/ssl/site/privkey.pem" });
  }

  public renderConfig(site: WebServerSite): string {
    return renderNginxConfig(site);
  }
}

class HaproxyWebServer extends WebServer {
  constructor(
    reloadCommand: string,
    private readonly upstream: string,
  ) {
    super(reloadCommand, { certificatePath: "/etc/haproxy/certs/site.pem", privateKeyPath: "/etc/haproxy/certs/site.pem.key" });
  }

  public renderConfig(site: WebServerSite): string {
    return renderHaproxyConfig(site, this.upstream);
  }

  public checkPaths(scope: IConstruct, paths: CertificatePaths): void {
    const expected = `${paths.certificatePath}.key`;
    check(paths.privateKeyPath === expected, scope, "privateKeyPath", paths.privateKeyPath, `HAProxy loads the key from the chain's path plus '.key': use '${expected}'.`);
  }
}

class CustomWebServer extends WebServer {
  constructor(reloadCommand: string) {
    super(reloadCommand, { certificatePath: "/etc/ssl/site/fullchain.pem", privateKeyPath: "/etc/ssl/site/privkey.pem" });
  }

  public renderConfig(): undefined {
    return undefined;
  }
}

function checkCommand(where: string, command: string | undefined): void {
  check(command === undefined || isToken(command) || command.trim() !== "", where, "reloadCommand", command, "Give the command that makes the server load the new certificate, such as 'systemctl reload nginx'.");
}
