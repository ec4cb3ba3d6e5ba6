import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { httpGet } from "./http-probe";
import { ProbeFailureKind, probeTls, type TlsProbeOptions } from "./tls-probe";

/**
 * Option 3: connects straight to the NodeBalancer, from this machine (outside Cloudflare's ranges),
 * and passes only when no TCP connection is made: the firewall drops (timeout) or refuses. A
 * completed handshake fails; anything else (a TCP connection without TLS, no route) warns.
 */
export async function checkOriginFirewall(probe: TlsProbeOptions): Promise<CheckResult> {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.ORIGIN_FIREWALL, probe.address, status, evidence);
  const outcome = await probeTls(probe);
  if ("handshake" in outcome) return row(CheckStatus.FAIL, `TLS handshake completed from outside Cloudflare: the NodeBalancer firewall is open`);
  const { failure } = outcome;
  if (failure.kind === ProbeFailureKind.TIMEOUT && !failure.tcpConnected) return row(CheckStatus.PASS, `no handshake: ${failure.evidence} (dropped)`);
  if (failure.kind === ProbeFailureKind.REFUSED) return row(CheckStatus.PASS, `no handshake: ${failure.evidence}`);
  if (failure.tcpConnected) return row(CheckStatus.WARN, `no handshake (${failure.evidence}), but port ${probe.port} accepted a TCP connection`);
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

/** Option 3: GETs `https://hostname/` at the edge address; a 52x means Cloudflare cannot use the origin. */
export async function checkEdge(hostname: string, address: string, port: number, timeoutMs: number): Promise<CheckResult> {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.EDGE, hostname, status, evidence);
  const response = await httpGet({ address, port, hostname, path: "/", secure: true, timeoutMs });
  if ("error" in response) return row(CheckStatus.FAIL, `no HTTPS answer: ${response.error}`);
  const originError = ORIGIN_ERRORS[response.status];
  return originError === undefined
    ? row(CheckStatus.PASS, `HTTP ${response.status}`)
    : row(CheckStatus.FAIL, `HTTP ${response.status}: ${originError}`);
}
