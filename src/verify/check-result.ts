/** The verdict of one live check. */
export enum CheckStatus {
  /** The site does what its stack describes. */
  PASS = "pass",
  /** Works today, but needs a look (inside the renewal window, or a check that could not be made). */
  WARN = "warn",
  /** The site does not do what its stack describes. */
  FAIL = "fail",
}

/** What a row of the report checks. The values are the names shown in the table and the JSON. */
export enum CheckId {
  /** The hostname resolves to the NodeBalancer (options 1, 2) or to Cloudflare (option 3). */
  DNS = "dns",
  /** A TLS handshake with SNI completes on 443. */
  TLS_HANDSHAKE = "tls.handshake",
  /** The chain the server sends verifies to the trusted roots (system, or the CA file given). */
  TLS_CHAIN = "tls.chain",
  /** The leaf certificate covers the hostname. */
  TLS_HOSTNAME = "tls.hostname",
  /** The leaf key is RSA of 2048 bits or more where a NodeBalancer serves it (NodeBalancers take RSA only). */
  TLS_KEY = "tls.key",
  /** Days until the leaf expires, against the threshold and the renewal policy. */
  TLS_EXPIRY = "tls.expiry",
  /** The negotiated protocol is TLS 1.2 or newer. */
  TLS_VERSION = "tls.version",
  /** The negotiated cipher suite has forward secrecy, as the stack's cipher suite (`recommended`) promises. */
  TLS_CIPHER = "tls.cipher",
  /** TLS 1.0 and TLS 1.1 handshakes are refused. */
  TLS_LEGACY = "tls.legacy",
  /**
   * Options 1 and 2: a real HTTPS request on the checked connection gets an HTTP answer (a server
   * that demands a client certificate refuses only after a TLS 1.3 handshake).
   */
  HTTPS_REQUEST = "https.request",
  /** Plain HTTP on 80 redirects to https with the same host and path. */
  HTTP_REDIRECT = "http.redirect",
  /** Option 2: every backend serves the same certificate, and how verify knows it saw every backend. */
  BACKENDS = "backends.same-cert",
  /**
   * Option 3: every port the stack keeps closed to clients outside Cloudflare (443, 80 and the
   * NodeBalancer's other config ports) completes no TLS handshake and gives no HTTP answer.
   */
  ORIGIN_FIREWALL = "origin.firewall",
  /** Option 3: Cloudflare's edge answers HTTPS for the hostname (and not with a 52x origin error). */
  EDGE = "edge.answers",
}

/** One row of a {@link VerifyReport}. */
export interface CheckResult {
  /** What was checked. */
  readonly check: CheckId;
  /** The hostname (or, for the origin firewall, `address:port`) the check is about. */
  readonly target: string;
  /** The verdict. */
  readonly status: CheckStatus;
  /** The evidence in a few words: what was seen. Never holds key material or tokens. */
  readonly evidence: string;
}

const SEVERITY: Readonly<Record<CheckStatus, number>> = {
  [CheckStatus.PASS]: 0,
  [CheckStatus.WARN]: 1,
  [CheckStatus.FAIL]: 2,
};

/** The worst status among `statuses` (PASS when there are none). */
export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), CheckStatus.PASS);
}

/** Shorthand for building a {@link CheckResult}. */
export function result(check: CheckId, target: string, status: CheckStatus, evidence: string): CheckResult {
  return { check, target, status, evidence };
}
