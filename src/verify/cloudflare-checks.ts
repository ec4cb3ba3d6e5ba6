import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { httpGet } from "./http-probe";
import { ProbeFailureKind, probeTls, type HttpAnswer, type TlsProbeOptions } from "./tls-probe";

/**
 * Option 3: connects straight to the NodeBalancer on one port, from this machine (outside
 * Cloudflare's ranges), and passes only when no TCP connection is made: the firewall drops
 * (timeout) or refuses. A completed TLS handshake fails; so does a plain HTTP answer (a NodeBalancer
 * config on 80, or any port, open to everyone). A TCP connection that gives neither warns.
 */
export async function checkOriginFirewall(probe: TlsProbeOptions): Promise<CheckResult> {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.ORIGIN_FIREWALL, `${probe.address}:${probe.port}`, status, evidence);
  const outcome = await probeTls(probe);
  if ("handshake" in outcome) return row(CheckStatus.FAIL, `TLS handshake completed from outside Cloudflare: the NodeBalancer firewall is open`);
  const { failure } = outcome;
  if (failure.kind === ProbeFailureKind.TIMEOUT && !failure.tcpConnected) return row(CheckStatus.PASS, `no handshake: ${failure.evidence} (dropped)`);
  if (failure.kind === ProbeFailureKind.REFUSED) return row(CheckStatus.PASS, `no handshake: ${failure.evidence}`);
  if (failure.tcpConnected) {
    // Something listens and let this client in: does it speak plain HTTP?
    const plain = await httpGet({ address: probe.address, port: probe.port, hostname: probe.servername, path: "/", timeoutMs: probe.timeoutMs });
    if ("status" in plain) return row(CheckStatus.FAIL, `plain HTTP answered ${plain.status} from outside Cloudflare: the NodeBalancer firewall is open`);
    return row(CheckStatus.WARN, `no handshake (${failure.evidence}), but port ${probe.port} accepted a TCP connection`);
  }
  // No route, no IPv6 here, ...: this machine could not try, which proves nothing about the firewall.
  return row(CheckStatus.WARN, `not judged: ${failure.evidence}`);
}

/** Cloudflare's origin errors: 521 down, 522 timeout, 525 handshake failed, 526 invalid origin certificate. */
const ORIGIN_ERRORS: Readonly<Record<number, string>> = {
  520: "unknown origin error",
  521: "origin refused the connection",
  522: "origin timed out",
  523: "origin unreachable",
  524: "origin took too long",
  525: "TLS handshake with the origin failed",
  526: "origin certificate invalid (Full (strict))",
  530: "origin error",
};

/** Option 3: the answer to `GET /` at the edge (sent on the checked connection); a 52x means Cloudflare cannot use the origin. */
export function edgeRow(hostname: string, answer: HttpAnswer | undefined): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.EDGE, hostname, status, evidence);
  if (answer === undefined) return row(CheckStatus.FAIL, "no HTTPS request sent");
  if ("error" in answer) return row(CheckStatus.FAIL, `no HTTPS answer: ${answer.error}`);
  const originError = ORIGIN_ERRORS[answer.status];
  return originError === undefined ? row(CheckStatus.PASS, `HTTP ${answer.status}`) : row(CheckStatus.FAIL, `HTTP ${answer.status}: ${originError}`);
}

/** Option 3: GETs `https://hostname/` at the edge address on a connection of its own. */
export async function checkEdge(hostname: string, address: string, port: number, timeoutMs: number): Promise<CheckResult> {
  const response = await httpGet({ address, port, hostname, path: "/", secure: true, timeoutMs });
  return edgeRow(hostname, "error" in response ? response : { status: response.status, locations: response.locations, headers: response.headers });
}
