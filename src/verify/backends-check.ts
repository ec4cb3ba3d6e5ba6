import { CheckId, CheckStatus, result, worstStatus, type CheckResult } from "./check-result";
import { httpGet } from "./http-probe";
import { judgeRedirect, REDIRECT_PROBE_PATH } from "./redirect-check";
import { handshakeRows, legacyRow, requestRow, type TlsExpectation } from "./tls-checks";
import { LegacyTlsVersion, probeTls, shortFingerprint, type TlsProbeOptions, type TlsProbeOutcome } from "./tls-probe";

/** How {@link sweepBackends} samples the backends through the NodeBalancer. */
export interface BackendSampling {
  /** The number of backends on 443. */
  readonly backendCount: number;
  /** Whether the NodeBalancer spreads one client's connections over the backends. */
  readonly spreadsConnections: boolean;
  /**
   * A response header naming the backend that answered.
   * @default - none: round robin's order is relied on
   */
  readonly backendHeader?: string;
}

/** Where port 80 is, when the stack forwards it. */
export interface PlainHttpTarget {
  readonly address: string;
  readonly port: number;
}

/** The number of connections one sweep opens: every backend twice under round robin, at least 4. */
export function sweepSize(backendCount: number): number {
  return Math.max(4, 2 * backendCount);
}

/**
 * Option 2: the NodeBalancer only forwards TCP, so every backend must serve the chain, the
 * certificate, the ciphers, the HTTP answer and the redirect. Backends are not probed directly
 * (their firewall admits only the NodeBalancers, and they expect a PROXY protocol header): this
 * opens `max(4, 2 × backends)` connections through the NodeBalancer **one after another** (the caller
 * runs no other probe meanwhile), each with a handshake and one real HTTPS request, judges every one
 * of them, and folds the verdicts into one row per check, naming how many connections failed. Round
 * robin sends consecutive connections of one client to consecutive backends, so each backend is
 * reached at least twice for each hostname unless other clients connect in between; with
 * `backendHeader` the backends are counted by name instead of by that order.
 */
export async function sweepBackends(
  hostname: string,
  probe: TlsProbeOptions,
  sampling: BackendSampling,
  expected: TlsExpectation,
  plainHttp: PlainHttpTarget | undefined,
): Promise<CheckResult[]> {
  const total = sweepSize(sampling.backendCount);
  const outcomes: TlsProbeOutcome[] = [];
  for (let i = 0; i < total; i++) outcomes.push(await probeTls({ ...probe, requestPath: "/" }));

  const rows: CheckResult[] = [];
  const failed = outcomes.flatMap((o) => ("failure" in o ? [o.failure.evidence] : []));
  const target = `${probe.address}:${probe.port}`;
  if (failed.length === total) {
    return [result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.FAIL, `${target}: ${failed[0]}${total > 1 ? ` (all ${total} connections)` : ""}`)];
  }
  rows.push(
    failed.length === 0
      ? result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.PASS, `${target} (${total} connections)`)
      : result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.FAIL, `${target}: ${failed.length} of ${total} connections failed: ${[...new Set(failed)].join(", ")}`),
  );
  const perConnection = outcomes.flatMap((o) =>
    "handshake" in o ? [[...handshakeRows(hostname, o.handshake, expected), requestRow(hostname, "/", o.handshake.response)]] : [],
  );
  rows.push(...foldRows(perConnection));

  // Legacy versions: as many probes of each as there are backends, so that each backend is asked.
  const legacy: Array<readonly [LegacyTlsVersion, TlsProbeOutcome]> = [];
  for (const version of [LegacyTlsVersion.TLS_1_0, LegacyTlsVersion.TLS_1_1]) {
    for (let i = 0; i < Math.max(1, sampling.backendCount); i++) legacy.push([version, await probeTls({ ...probe, legacyVersion: version })]);
  }
  rows.push(legacyRow(hostname, legacy));

  if (plainHttp !== undefined) {
    const redirects: CheckResult[][] = [];
    for (let i = 0; i < total; i++) {
      const response = await httpGet({ address: plainHttp.address, port: plainHttp.port, hostname, path: REDIRECT_PROBE_PATH, timeoutMs: probe.timeoutMs });
      redirects.push([judgeRedirect(hostname, plainHttp.port, response)]);
    }
    rows.push(...foldRows(redirects));
  }
  rows.push(backendsRow(hostname, outcomes, sampling));
  return rows;
}

/** One row per check from the rows of several connections: the worst verdict, with how many connections had it. */
export function foldRows(perConnection: readonly CheckResult[][]): CheckResult[] {
  const total = perConnection.length;
  const byCheck = new Map<string, CheckResult[]>();
  for (const rows of perConnection) for (const r of rows) byCheck.set(r.check, [...(byCheck.get(r.check) ?? []), r]);
  return [...byCheck.values()].map((rows) => {
    const status = worstStatus(rows.map((r) => r.status));
    const worst = rows.filter((r) => r.status === status);
    const evidences = [...new Set(worst.map((r) => r.evidence))];
    if (worst.length === total && evidences.length === 1) return rows[0];
    const share = `${worst.length} of ${total} connections`;
    return { ...rows[0], status, evidence: `${share}: ${evidences.join("; ")}` };
  });
}

function backendsRow(hostname: string, outcomes: readonly TlsProbeOutcome[], sampling: BackendSampling): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.BACKENDS, hostname, status, evidence);
  const handshakes = outcomes.length;
  const seen = new Map<string, number>();
  const names = new Set<string>();
  let failed = 0;
  for (const outcome of outcomes) {
    if ("failure" in outcome) {
      failed++;
      continue;
    }
    const fingerprint = shortFingerprint(outcome.handshake.leaf);
    seen.set(fingerprint, (seen.get(fingerprint) ?? 0) + 1);
    const response = outcome.handshake.response;
    const name = sampling.backendHeader !== undefined && response !== undefined && "headers" in response ? response.headers[sampling.backendHeader.toLowerCase()] : undefined;
    if (name !== undefined) names.add(name);
  }
  const certificates = [...seen].map(([fingerprint, count]) => `${fingerprint} ×${count}`).join(", ");
  if (seen.size > 1) return row(CheckStatus.FAIL, `${seen.size} different certificates in ${handshakes} handshakes (${certificates}): a backend missed the push`);
  if (failed > 0) return row(CheckStatus.FAIL, `${failed} of ${handshakes} handshakes failed: a backend does not serve TLS`);
  const one = `1 certificate in ${handshakes} handshakes over ${sampling.backendCount} backends (${certificates})`;
  if (!sampling.spreadsConnections) {
    return row(CheckStatus.WARN, `1 certificate (${certificates}), but stickiness or the source algorithm keeps this client on one backend`);
  }
  if (sampling.backendHeader !== undefined) {
    const listed = [...names].sort().join(", ");
    if (names.size < sampling.backendCount) {
      return row(
        CheckStatus.WARN,
        `${one}; only ${names.size} of ${sampling.backendCount} backends named by ${sampling.backendHeader}${listed === "" ? "" : ` (${listed})`}: the others were not seen`,
      );
    }
    return row(CheckStatus.PASS, `${one}; every backend seen, by ${sampling.backendHeader}: ${listed}`);
  }
  const times = Math.floor(handshakes / Math.max(1, sampling.backendCount));
  return row(CheckStatus.PASS, `${one}; backends known by round robin's order: ${handshakes} connections in a row reach each ${times} times (name them with --backend-header)`);
}
