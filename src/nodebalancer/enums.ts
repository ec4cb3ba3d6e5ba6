/**
 * The NodeBalancer's fixed value sets, as the Linode provider spells them.
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config
 */

/** What a NodeBalancer config speaks on its port. */
export enum Protocol {
  /** Plain HTTP: adds X-Forwarded-For / X-Forwarded-Proto. */
  HTTP = "http",
  /** TLS terminated at the NodeBalancer, HTTP to the backends. Needs a certificate. */
  HTTPS = "https",
  /** Bytes forwarded as they are (TLS passthrough). */
  TCP = "tcp",
}

/** How a config spreads connections over its nodes. */
export enum Algorithm {
  ROUND_ROBIN = "roundrobin",
  LEAST_CONNECTIONS = "leastconn",
  SOURCE = "source",
}

/** Session stickiness of a config. */
export enum Stickiness {
  NONE = "none",
  TABLE = "table",
  HTTP_COOKIE = "http_cookie",
}

/** Active health check type. */
export enum HealthCheckType {
  NONE = "none",
  /** A TCP connection is opened: the only check that works against a TLS port. */
  CONNECTION = "connection",
  /** An HTTP request to `path` must answer 2xx/3xx. */
  HTTP = "http",
  /** As HTTP, and the body must match a regular expression. */
  HTTP_BODY = "http_body",
}

/** TLS cipher suite of an HTTPS config. */
export enum CipherSuite {
  RECOMMENDED = "recommended",
  /** Weak ciphers for old clients: insecure. */
  LEGACY = "legacy",
}

/** PROXY protocol header sent to the backends of a TCP config, so they learn the client's IP. */
export enum ProxyProtocol {
  NONE = "none",
  V1 = "v1",
  V2 = "v2",
}
