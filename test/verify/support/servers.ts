import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import type { SecureVersion } from "node:tls";

/** What a test HTTPS server serves. */
export interface HttpsServerOptions {
  readonly address: string;
  /** Default: an ephemeral port. */
  readonly port?: number;
  /** PEM: the certificate, with or without the chain. */
  readonly cert: string;
  readonly key: string;
  /** The status of every response. Default 200. */
  readonly status?: number;
  /** Default: Node's (TLS 1.2). `TLSv1` with `ciphers: "DEFAULT@SECLEVEL=0"` accepts TLS 1.0. */
  readonly minVersion?: SecureVersion;
  /** Default: Node's (TLS 1.3). */
  readonly maxVersion?: SecureVersion;
  readonly ciphers?: string;
  /** Extra response headers, e.g. a backend's name. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Demand a client certificate signed by `clientCa` (TLS 1.3 refuses only after the handshake). */
  readonly requireClientCertificate?: { readonly clientCa: string };
}

/** What the test HTTP server on "port 80" does. */
export enum PlainHttpBehaviour {
  /** 301 to https://<Host><path>: what the backends should do. */
  REDIRECT = "redirect",
  /** 301 to https://<Host>/ : the path is lost. */
  REDIRECT_TO_ROOT = "redirect-to-root",
  /** 200, no redirect. */
  SERVE = "serve",
  /** 301 with two different Location headers (the right one first): browsers refuse the response. */
  TWO_LOCATIONS = "two-locations",
  /** 303 See Other to the right place: a redirect status of the Fetch standard. */
  SEE_OTHER = "see-other",
  /** 301 to https://<Host><path>?<query>&from=80 : the query changed. */
  REDIRECT_CHANGES_QUERY = "redirect-changes-query",
}

/**
 * The loopback servers one test file starts, each on a 127.0.14.x address, all stopped by
 * {@link closeAll} (only these: their own handles, their own connections).
 */
export class LoopbackServers {
  private readonly servers: Array<{ close: () => Promise<void> }> = [];
  private next = 1;

  /** `subnet`: the third octet of the addresses, so that test files running at once never share one. */
  constructor(private readonly subnet = 14) {}

  /** A fresh loopback address, 127.0.<subnet>.<n>. */
  public address(): string {
    return `127.0.${this.subnet}.${this.next++}`;
  }

  /** An HTTPS server (it also answers bare TLS handshakes). Resolves to its port. */
  public https(options: HttpsServerOptions): Promise<number> {
    const client = options.requireClientCertificate;
    const server = https.createServer(
      {
        cert: options.cert,
        key: options.key,
        minVersion: options.minVersion,
        maxVersion: options.maxVersion,
        ciphers: options.ciphers,
        ...(client === undefined ? {} : { requestCert: true, rejectUnauthorized: true, ca: client.clientCa }),
      },
      (_req, res) => res.writeHead(options.status ?? 200, { "Content-Type": "text/plain", ...options.headers }).end("ok\n"),
    );
    return this.listen(server, options.address, options.port);
  }

  /** A plain HTTP server. */
  public http(address: string, behaviour: PlainHttpBehaviour, port?: number): Promise<number> {
    const server = http.createServer((req, res) => {
      if (behaviour === PlainHttpBehaviour.SERVE) return void res.writeHead(200).end("plain\n");
      const right = `https://${req.headers.host}${req.url}`;
      if (behaviour === PlainHttpBehaviour.TWO_LOCATIONS) return void res.writeHead(301, ["Location", right, "Location", `https://${req.headers.host}/`]).end();
      if (behaviour === PlainHttpBehaviour.SEE_OTHER) return void res.writeHead(303, { Location: right }).end();
      if (behaviour === PlainHttpBehaviour.REDIRECT_CHANGES_QUERY) return void res.writeHead(301, { Location: `${right}&from=80` }).end();
      const path = behaviour === PlainHttpBehaviour.REDIRECT ? req.url : "/";
      res.writeHead(301, { Location: `https://${req.headers.host}${path}` }).end();
    });
    return this.listen(server, address, port);
  }

  /** A TCP server that hands each new connection to the next target, round robin: a NodeBalancer forwarding TCP. */
  public roundRobin(address: string, targets: ReadonlyArray<{ address: string; port: number }>, port?: number): Promise<number> {
    let i = 0;
    const server = net.createServer((client) => {
      const target = targets[i++ % targets.length];
      const upstream = net.connect(target.port, target.address);
      client.pipe(upstream).pipe(client);
      const close = () => (client.destroy(), upstream.destroy());
      client.on("error", close).on("close", close);
      upstream.on("error", close).on("close", close);
    });
    return this.listen(server, address, port);
  }

  /** A TCP server that accepts and then says nothing: a handshake that never completes. */
  public silent(address: string, port?: number): Promise<number> {
    return this.listen(net.createServer(() => undefined), address, port);
  }

  /** Stops every server this instance started, destroying their open connections. */
  public async closeAll(): Promise<void> {
    await Promise.all(this.servers.splice(0).map((s) => s.close()));
  }

  private listen(server: net.Server, address: string, port = 0): Promise<number> {
    const sockets = new Set<net.Socket>();
    server.on("connection", (s: net.Socket) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
    server.on("secureConnection", (s: net.Socket) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
    this.servers.push({
      close: () =>
        new Promise<void>((resolve) => {
          for (const s of sockets) s.destroy();
          server.close(() => resolve());
        }),
    });
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, address, () => resolve((server.address() as AddressInfo).port));
    });
  }
}
