import { browserFindings, CHAIN_ERRORS, keyProblem } from "./browser-rules";
import { CheckId, CheckStatus, result, worstStatus, type CheckResult } from "./check-result";
import { describeThreshold, expiryThresholdHours } from "./expiry-threshold";
import type { RenewalWindow } from "./renewal-window";
import { CipherSuite } from "./site";
import { describeKey, LegacyTlsVersion, ProbeFailureKind, type HttpAnswer, type TlsHandshake, type TlsProbeOutcome } from "./tls-probe";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What the rows of one handshake are judged against. */
export interface TlsExpectation {
  /** Whether a NodeBalancer serves this certificate (then it must be RSA). */
  readonly nodeBalancerServes: boolean;
  /**
   * Fail when fewer days than this are left (`--min-days`).
   * @default - derived: the stack's `expiry_alert_hours`, else from the certificate's lifetime (see `expiryThresholdHours`)
   */
  readonly minDaysLeft?: number;
  /**
   * The stack's `expiry_alert_hours`.
   * @default - not stated
   */
  readonly stackAlertHours?: number;
  /** When the certificate renews. */
  readonly renewal: RenewalWindow;
  /** The time to judge expiry at. */
  readonly now: Date;
  /**
   * The cipher suite the server should negotiate.
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
}

/**
 * The rows a completed handshake answers: chain (as browsers judge it), hostname, key (where a
 * NodeBalancer serves it), expiry, version, cipher.
 */
export function handshakeRows(hostname: string, handshake: TlsHandshake, expected: TlsExpectation): CheckResult[] {
  const { leaf } = handshake;
  const rows = [chainRow(hostname, handshake), hostnameRow(hostname, handshake)];
  if (expected.nodeBalancerServes) {
    const key = describeKey(leaf);
    const weak = keyProblem(leaf);
    rows.push(
      leaf.publicKey.asymmetricKeyType !== "rsa"
        ? result(CheckId.TLS_KEY, hostname, CheckStatus.FAIL, `${key}: a NodeBalancer serves RSA only, so this is not the NodeBalancer's certificate`)
        : weak !== undefined
          ? result(CheckId.TLS_KEY, hostname, CheckStatus.FAIL, weak)
          : result(CheckId.TLS_KEY, hostname, CheckStatus.PASS, key),
    );
  }
  rows.push(expiryRow(hostname, handshake, expected));
  rows.push(
    handshake.protocol === "TLSv1.2" || handshake.protocol === "TLSv1.3"
      ? result(CheckId.TLS_VERSION, hostname, CheckStatus.PASS, handshake.protocol)
      : result(CheckId.TLS_VERSION, hostname, CheckStatus.FAIL, `${handshake.protocol} negotiated; TLS 1.2 or newer expected`),
  );
  rows.push(cipherRow(hostname, handshake, expected.cipherSuite ?? CipherSuite.RECOMMENDED));
  return rows;
}

/**
 * The chain as browsers judge it: OpenSSL's verification (to the system roots or `--ca-file`) and
 * the browser rules of `browser-rules.ts`. The evidence names the cause, not OpenSSL's code.
 */
function chainRow(hostname: string, handshake: TlsHandshake): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.TLS_CHAIN, hostname, status, evidence);
  const findings = browserFindings(handshake.chain);
  const refused = findings.filter((f) => f.severity === "refused").map((f) => f.text);
  const doubtful = findings.filter((f) => f.severity === "doubtful").map((f) => f.text);
  if (!handshake.authorized) {
    const code = handshake.authorizationError ?? "";
    const known = CHAIN_ERRORS[code];
    // OpenSSL codes Node cannot name (UNSPECIFIED: a weak digest, a small key) or that the findings explain.
    const explained = refused.length > 0 && (known === undefined || code === "INVALID_CA" || code === "INVALID_PURPOSE");
    const causes = explained ? refused : [known ?? `not verified: ${code}`, ...refused];
    return row(CheckStatus.FAIL, causes.join("; "));
  }
  if (refused.length > 0) return row(CheckStatus.FAIL, `verified by OpenSSL, but browsers refuse it: ${refused.join("; ")}`);
  const issuer = shortName(handshake.leaf.issuer);
  if (doubtful.length > 0) return row(CheckStatus.WARN, `verified; issuer ${issuer}; ${doubtful.join("; ")}`);
  return row(CheckStatus.PASS, `verified; issuer ${issuer}`);
}

function hostnameRow(hostname: string, handshake: TlsHandshake): CheckResult {
  const { leaf } = handshake;
  return handshake.hostnameError === undefined
    ? result(CheckId.TLS_HOSTNAME, hostname, CheckStatus.PASS, `covered by ${leaf.subjectAltName ?? shortName(leaf.subject)}`)
    : result(CheckId.TLS_HOSTNAME, hostname, CheckStatus.FAIL, handshake.hostnameError);
}

/**
 * Forward secrecy: TLS 1.3 always has it; in TLS 1.2 only the ECDHE and DHE key exchanges do. A
 * NodeBalancer's `recommended` suite and the backends' Mozilla "intermediate" configuration offer
 * nothing else; `legacy` may, and warns.
 */
function cipherRow(hostname: string, handshake: TlsHandshake, suite: CipherSuite): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.TLS_CIPHER, hostname, status, evidence);
  const { standardName } = handshake.cipher;
  if (handshake.protocol === "TLSv1.3" || /^TLS_(ECDHE|DHE)_/.test(standardName)) return row(CheckStatus.PASS, `${standardName} (forward secret)`);
  const what = `${standardName} (${handshake.cipher.name}) has no forward secrecy: RSA key exchange, so a stolen key decrypts recorded traffic`;
  return suite === CipherSuite.LEGACY
    ? row(CheckStatus.WARN, `${what}; the stack chose cipher_suite legacy`)
    : row(CheckStatus.FAIL, `${what}; cipher_suite ${suite} offers ECDHE only`);
}

function expiryRow(hostname: string, handshake: TlsHandshake, expected: TlsExpectation): CheckResult {
  const notBefore = new Date(handshake.leaf.validFrom);
  const notAfter = new Date(handshake.leaf.validTo);
  const until = notAfter.toISOString().slice(0, 10);
  const policy = expected.renewal.describe(notBefore, notAfter);
  const row = (status: CheckStatus, evidence: string) => result(CheckId.TLS_EXPIRY, hostname, status, evidence);
  const msLeft = notAfter.getTime() - expected.now.getTime();
  if (msLeft <= 0) return row(CheckStatus.FAIL, `expired ${until} (${Math.floor(-msLeft / DAY_MS)} days ago)`);
  if (notBefore.getTime() > expected.now.getTime()) return row(CheckStatus.FAIL, `not valid before ${notBefore.toISOString().slice(0, 10)}`);
  const short = notAfter.getTime() - notBefore.getTime() <= 10 * DAY_MS;
  const left = short ? `${Math.floor(msLeft / HOUR_MS)} hours left` : `${Math.floor(msLeft / DAY_MS)} days left`;
  const threshold = expiryThresholdHours(notBefore, notAfter, { minDaysLeft: expected.minDaysLeft, stackAlertHours: expected.stackAlertHours, renewal: expected.renewal });
  if (msLeft < threshold * HOUR_MS) return row(CheckStatus.FAIL, `${left} (${until}), under the ${describeThreshold(threshold)} threshold; ${policy}`);
  const window = expected.renewal.windowHours(notBefore, notAfter);
  if (window !== undefined && msLeft <= window * HOUR_MS) {
    return row(CheckStatus.WARN, `${left} (${until}): inside the renewal window (${policy}) yet not renewed; did the scheduled apply run?`);
  }
  return row(CheckStatus.PASS, `${left} (${until}); ${policy}`);
}

/** Options 1 and 2: the HTTPS request on the probed connection got an HTTP answer. */
export function requestRow(hostname: string, path: string, answer: HttpAnswer | undefined): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.HTTPS_REQUEST, hostname, status, evidence);
  if (answer === undefined) return row(CheckStatus.FAIL, "no request sent");
  if ("error" in answer) return row(CheckStatus.FAIL, `GET ${path}: ${answer.error}`);
  if (answer.status >= 500) return row(CheckStatus.WARN, `GET ${path}: HTTP ${answer.status} (the site answers with a server error)`);
  return row(CheckStatus.PASS, `GET ${path}: HTTP ${answer.status}`);
}

const LEGACY_NAMES: Readonly<Record<LegacyTlsVersion, string>> = {
  [LegacyTlsVersion.TLS_1_0]: "TLS 1.0",
  [LegacyTlsVersion.TLS_1_1]: "TLS 1.1",
};

/** One row for the legacy probes: each version must be refused. */
export function legacyRow(hostname: string, outcomes: ReadonlyArray<readonly [LegacyTlsVersion, TlsProbeOutcome]>): CheckResult {
  const parts: Array<{ status: CheckStatus; text: string }> = outcomes.map(([version, outcome]) => {
    const name = LEGACY_NAMES[version];
    if ("handshake" in outcome) return { status: CheckStatus.FAIL, text: `${name} accepted` };
    switch (outcome.failure.kind) {
      case ProbeFailureKind.UNSUPPORTED_HERE:
        return { status: CheckStatus.WARN, text: `${name} not tested: this machine's OpenSSL cannot offer it` };
      case ProbeFailureKind.TIMEOUT:
        return { status: CheckStatus.WARN, text: `${name} not judged: ${outcome.failure.evidence}` };
      default:
        return { status: CheckStatus.PASS, text: `${name} refused` };
    }
  });
  // Several probes of one version (option 2 sweeps the backends): say each verdict once, in order.
  const texts = [...new Set(parts.map((p) => p.text))];
  return result(CheckId.TLS_LEGACY, hostname, worstStatus(parts.map((p) => p.status)), texts.join(", "));
}

/** `CN=R11, O=Let's Encrypt` from an X.509 name printed one attribute a line. */
function shortName(name: string): string {
  const attrs = name.split("\n").filter((l) => /^(CN|O)=/.test(l));
  return (attrs.length > 0 ? attrs : name.split("\n")).reverse().join(", ");
}
