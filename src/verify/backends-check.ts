import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { probeTls, shortFingerprint, type TlsProbeOptions } from "./tls-probe";

/** How {@link checkBackends} samples the backends through the NodeBalancer. */
export interface BackendSampling {
  /** The number of backends on 443. */
  readonly backendCount: number;
  /** Whether the NodeBalancer spreads one client's connections over the backends. */
  readonly spreadsConnections: boolean;
}

/**
 * Option 2: opens `max(4, 2 × backends)` handshakes through the NodeBalancer, one after another, and
 * compares the leaf certificates. Round robin without stickiness reaches every healthy backend;
 * backends are not probed directly, because their firewall admits only the NodeBalancers and they
 * expect a PROXY protocol header.
 */
export async function checkBackends(hostname: string, probe: TlsProbeOptions, sampling: BackendSampling): Promise<CheckResult> {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.BACKENDS, hostname, status, evidence);
  const handshakes = Math.max(4, 2 * sampling.backendCount);
  const seen = new Map<string, number>();
  let failed = 0;
  for (let i = 0; i < handshakes; i++) {
    const outcome = await probeTls(probe);
    if ("failure" in outcome) {
      failed++;
      continue;
    }
    const fingerprint = shortFingerprint(outcome.handshake.leaf);
    seen.set(fingerprint, (seen.get(fingerprint) ?? 0) + 1);
  }
  const certificates = [...seen].map(([fingerprint, count]) => `${fingerprint} ×${count}`).join(", ");
  if (seen.size > 1) return row(CheckStatus.FAIL, `${seen.size} different certificates in ${handshakes} handshakes (${certificates}): a backend missed the push`);
  if (failed > 0) return row(CheckStatus.FAIL, `${failed} of ${handshakes} handshakes failed: a backend does not serve TLS`);
  if (!sampling.spreadsConnections) {
    return row(CheckStatus.WARN, `1 certificate (${certificates}), but stickiness or the source algorithm keeps this client on one backend`);
  }
  return row(CheckStatus.PASS, `1 certificate in ${handshakes} handshakes over ${sampling.backendCount} backends (${certificates})`);
}
