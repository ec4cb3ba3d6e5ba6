import type { ProxyProtocol } from "../nodebalancer/enums";

/** An HTTP request header that carries the visitor's address, set by a proxy in front of the NodeBalancer. */
export enum ClientAddressHeader {
  /** Cloudflare's `CF-Connecting-IP`: the visitor's address, on every request Cloudflare proxies. */
  CF_CONNECTING_IP = "CF-Connecting-IP",
}

/** What a web server on the backends must know about the site it serves: the input of {@link WebServer.renderConfig}. */
export interface WebServerSite {
  /** Port the backends terminate TLS on (the NodeBalancer forwards 443 to it). */
  readonly tlsPort: number;
  /**
   * Port of plain HTTP, where every request is redirected to `https://`.
   * @default - no plain HTTP
   */
  readonly httpPort?: number;
  /** PROXY protocol header that precedes every connection (`ProxyProtocol.NONE`: none). */
  readonly proxyProtocol: ProxyProtocol;
  /**
   * CIDR blocks that connect to the backends and whose PROXY header is believed, e.g. the
   * NodeBalancers' 192.168.255.0/24. Ignored with `ProxyProtocol.NONE`.
   */
  readonly trustedProxies: readonly string[];
  /** Absolute path of the full chain on the backends. */
  readonly certificatePath: string;
  /** Absolute path of the private key on the backends. */
  readonly privateKeyPath: string;
  /**
   * Absolute path, on the backends, of the CA certificate that every client must present a
   * certificate from (e.g. Cloudflare's Authenticated Origin Pulls CA): connections without one are
   * refused during the TLS handshake.
   * @default - no client certificate is asked for
   */
  readonly clientCaPath?: string;
  /**
   * With `ProxyProtocol.NONE`: the request header that carries the visitor's address, believed from
   * `trustedProxies` only (behind Cloudflare, a PROXY header would carry Cloudflare's address).
   * @default - none: client addresses are the NodeBalancer's
   */
  readonly clientAddressHeader?: ClientAddressHeader;
}
