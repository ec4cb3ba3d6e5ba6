import * as http from "node:http";
import { isIP } from "node:net";
import * as tls from "node:tls";
import { X509Certificate } from "node:crypto";
import { hostnameProblem } from "./browser-rules";
import { formatSeconds } from "./deadline";

/** Why a connection attempt ended without a completed handshake. */
export enum ProbeFailureKind {
  /** Nothing answered within the time limit (a firewall that drops). */
  TIMEOUT = "timeout",
  /** The TCP connection was refused. */
  REFUSED = "refused",
  /** TCP connected, then the peer reset or closed it, or answered with a TLS alert. */
  REJECTED = "rejected",
  /** This machine's TLS library cannot offer what was asked (e.g. TLS 1.0 compiled out). */
  UNSUPPORTED_HERE = "unsupported-here",
  /** Anything else (no route, DNS, ...). */
  OTHER = "other",
}

/** A connection attempt that did not complete a handshake. */
export interface ProbeFailure {
  readonly kind: ProbeFailureKind;
  /** Whether the TCP connection was established before it failed. */
  readonly tcpConnected: boolean;
  /** A few words: `connection refused`, `no answer within 5 s`, the TLS error code. */
  readonly evidence: string;
}

/** What a completed TLS handshake showed. */
export interface TlsHandshake {
  /** Negotiated protocol, e.g. `TLSv1.3`. */
  readonly protocol: string;
  /** Whether the chain verified to the trusted roots. */
  readonly authorized: boolean;
  /** OpenSSL's verification error code when not authorized, e.g. `UNABLE_TO_VERIFY_LEAF_SIGNATURE`. */
  readonly authorizationError?: string;
  /** The leaf certificate. */
  readonly leaf: X509Certificate;
  /** Why the leaf does not cover the name asked for (as browsers match names), or undefined when it does. */
  readonly hostnameError?: string;
  /** The certificates the server sent, leaf first, completed with the trusted root when one was found. */
  readonly chain: readonly X509Certificate[];
  /** The negotiated cipher suite: OpenSSL's and the IANA name, e.g. `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`. */
  readonly cipher: { readonly name: string; readonly standardName: string };
  /** The answer to the HTTP request sent over this connection, when {@link TlsProbeOptions.request} asked for one. */
  readonly response?: HttpAnswer;
}

/** The head of an HTTP response, or why none came. */
export type HttpAnswer =
  | {
      readonly status: number;
      /** Every `Location` header as sent, verbatim (browsers refuse a response with two different ones). */
      readonly locations: readonly string[];
      /** Response headers, names in lower case (the first value of a repeated header). */
      readonly headers: Readonly<Record<string, string>>;
    }
  | { readonly error: string };

/** The outcome of {@link probeTls}: a handshake, or why there was none. */
export type TlsProbeOutcome = { readonly handshake: TlsHandshake } | { readonly failure: ProbeFailure };

/** The legacy protocol versions that a site must refuse. */
export enum LegacyTlsVersion {
  TLS_1_0 = "TLSv1",
  TLS_1_1 = "TLSv1.1",
}

/** Options of {@link probeTls}. */
export interface TlsProbeOptions {
  /** The address to connect to. */
  readonly address: string;
  /** The port. */
  readonly port: number;
  /** The name sent as SNI and checked against the leaf. */
  readonly servername: string;
  /**
   * Trusted roots (PEM).
   * @default - the system's roots (Node's bundled Mozilla store)
   */
  readonly ca?: string;
  /** Time limit for connect plus handshake, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * Offer only this legacy version, with the ciphers and signature algorithms it needs (OpenSSL
   * security level 0), to learn whether the server still accepts it.
   * @default - TLS 1.2 or newer, with the default ciphers
   */
  readonly legacyVersion?: LegacyTlsVersion;
  /**
   * After the handshake, send `GET <path>` (Host: the servername) on the same connection and read
   * the response head, within another `timeoutMs`: a server that refuses this client after the
   * handshake (TLS 1.3 `certificate_required`) shows only here.
   * @default - no request: the handshake alone
   */
  readonly requestPath?: string;
}

/** Client-side errors: this machine, not the server, could not offer the handshake. */
const LOCAL_ERRORS = new Set(["ERR_SSL_NO_PROTOCOLS_AVAILABLE", "ERR_SSL_NO_CIPHERS_AVAILABLE", "ERR_TLS_INVALID_PROTOCOL_VERSION"]);

/** Connects, completes (or fails) one TLS handshake within the time limit, and closes the connection. */
export function probeTls(options: TlsProbeOptions): Promise<TlsProbeOutcome> {
  return new Promise((resolve) => {
    let tcpConnected = false;
    let settled = false;
    const legacy = options.legacyVersion;
    let socket: tls.TLSSocket;
    const settle = (outcome: TlsProbeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const fail = (kind: ProbeFailureKind, evidence: string): void => settle({ failure: { kind, tcpConnected, evidence } });
    let timer = setTimeout(() => fail(ProbeFailureKind.TIMEOUT, `no answer within ${formatSeconds(options.timeoutMs)}`), options.timeoutMs);
    try {
      socket = tls.connect({
        host: options.address,
        port: options.port,
        servername: isIP(options.servername) === 0 ? options.servername : undefined,
        ca: options.ca,
        rejectUnauthorized: false,
        // The hostname is a row of its own: keep it out of `authorized`, which then judges the chain alone.
        checkServerIdentity: () => undefined,
        ...(legacy === undefined ? {} : { minVersion: legacy, maxVersion: legacy, ciphers: "DEFAULT@SECLEVEL=0" }),
      });
    } catch (e) {
      clearTimeout(timer);
      const code = (e as NodeJS.ErrnoException).code ?? "";
      resolve({ failure: { kind: LOCAL_ERRORS.has(code) ? ProbeFailureKind.UNSUPPORTED_HERE : ProbeFailureKind.OTHER, tcpConnected, evidence: code || String(e) } });
      return;
    }
    socket.once("connect", () => (tcpConnected = true));
    // Until the handshake completes, an error or close is the probe's failure; after it, the request's.
    let handshakeDone = false;
    socket.once("secureConnect", () => {
      handshakeDone = true;
      const peer = socket.getPeerCertificate(true);
      if (peer.raw === undefined) return fail(ProbeFailureKind.OTHER, "the server sent no certificate");
      const chain = peerChain(peer);
      const leaf = chain[0];
      const error = socket.authorizationError as unknown as Error | string | null;
      const cipher = socket.getCipher();
      const handshake: TlsHandshake = {
        protocol: socket.getProtocol() ?? "unknown",
        authorized: socket.authorized,
        authorizationError: socket.authorized || error === null ? undefined : typeof error === "string" ? error : ((error as NodeJS.ErrnoException).code ?? error.message),
        leaf,
        hostnameError: hostnameProblem(leaf, options.servername),
        chain,
        cipher: { name: cipher?.name ?? "unknown", standardName: cipher?.standardName ?? cipher?.name ?? "unknown" },
      };
      if (options.requestPath === undefined) return settle({ handshake });
      clearTimeout(timer);
      timer = setTimeout(() => settle({ handshake: { ...handshake, response: { error: `no HTTP answer within ${formatSeconds(options.timeoutMs)}` } } }), options.timeoutMs);
      sendRequest(socket, options.servername, options.requestPath, (response) => settle({ handshake: { ...handshake, response } }));
    });
    socket.once("error", (e: NodeJS.ErrnoException) => {
      if (handshakeDone) return; // the request reports it
      const code = e.code ?? "";
      if (code === "ECONNREFUSED") return fail(ProbeFailureKind.REFUSED, "connection refused");
      if (LOCAL_ERRORS.has(code)) return fail(ProbeFailureKind.UNSUPPORTED_HERE, code);
      if (tcpConnected) return fail(ProbeFailureKind.REJECTED, code === "" ? e.message : code);
      fail(ProbeFailureKind.OTHER, code === "" ? e.message : code);
    });
    socket.once("close", () => {
      if (!handshakeDone) fail(ProbeFailureKind.REJECTED, "closed by the server");
    });
  });
}

/** Sends one GET on an established TLS connection and reports the response head (the body is discarded). */
function sendRequest(socket: tls.TLSSocket, servername: string, path: string, done: (answer: HttpAnswer) => void): void {
  let reported = false;
  const report = (answer: HttpAnswer): void => {
    if (!reported) (reported = true), done(answer);
  };
  const request = http.request(
    {
      createConnection: () => socket,
      path,
      method: "GET",
      headers: { Host: servername, "User-Agent": "cdktf-nodebalancer-ssl-verify", Connection: "close" },
    },
    (res) => {
      const locations: string[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) if (res.rawHeaders[i].toLowerCase() === "location") locations.push(res.rawHeaders[i + 1]);
      const headers: Record<string, string> = {};
      for (let i = 0; i < res.rawHeaders.length; i += 2) headers[res.rawHeaders[i].toLowerCase()] ??= res.rawHeaders[i + 1];
      res.resume();
      report({ status: res.statusCode ?? 0, locations, headers });
    },
  );
  request.on("error", (e: NodeJS.ErrnoException) => report({ error: describeRequestError(e) }));
  request.end();
}

/** Plain words for why an HTTPS request got no answer after a completed handshake. */
export function describeRequestError(e: NodeJS.ErrnoException): string {
  const code = e.code ?? "";
  if (code === "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED") {
    return "the server demands a client certificate (TLS alert certificate_required after the handshake): browsers get an error page";
  }
  if (code.startsWith("ERR_SSL_")) return `TLS alert after the handshake: ${code}`;
  if (code === "ECONNRESET") return "connection reset before an HTTP answer";
  if (code.startsWith("HPE_")) return `malformed HTTP response (${code})`;
  if (e.message === "socket hang up") return "closed without an HTTP answer";
  return code || e.message;
}

/** The peer's chain as Node links it (`issuerCertificate`), leaf first, each certificate once. */
function peerChain(peer: tls.DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  for (let cert: tls.DetailedPeerCertificate | undefined = peer; cert?.raw !== undefined; cert = cert.issuerCertificate) {
    const x509 = new X509Certificate(cert.raw);
    if (seen.has(x509.fingerprint256)) break;
    seen.add(x509.fingerprint256);
    chain.push(x509);
  }
  return chain;
}

/** `RSA 2048`, `EC prime256v1`, `ED25519`. */
export function describeKey(leaf: X509Certificate): string {
  const key = leaf.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === "rsa") return `RSA ${details.modulusLength ?? "?"}`;
  if (key.asymmetricKeyType === "ec") return `ECDSA ${details.namedCurve ?? "?"}`;
  return String(key.asymmetricKeyType ?? "unknown").toUpperCase();
}

/** The first 8 bytes of the leaf's SHA-256 fingerprint, enough to tell certificates apart at a glance. */
export function shortFingerprint(leaf: X509Certificate): string {
  return `${leaf.fingerprint256.split(":").slice(0, 8).join(":")}…`;
}
