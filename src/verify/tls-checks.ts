import { CheckId, CheckStatus, result, worstStatus, type CheckResult } from "./check-result";
import type { RenewalWindow } from "./renewal-window";
import { describeKey, LegacyTlsVersion, ProbeFailureKind, type TlsHandshake, type TlsProbeOutcome } from "./tls-probe";

const DAY_MS = 86_400_000;

/** What the rows of one handshake are judged against. */
export interface TlsExpectation {
  /** Whether a NodeBalancer serves this certificate (then it must be RSA). */
  readonly nodeBalancerServes: boolean;
  /** Fail when fewer days than this are left. */
  readonly minDaysLeft: number;
  /** When the certificate renews. */
  readonly renewal: RenewalWindow;
  /** The time to judge expiry at. */
  readonly now: Date;
}

/** Plain words for OpenSSL's most common verification errors. */
const CHAIN_ERRORS: Readonly<Record<string, string>> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "incomplete chain: the leaf's issuer was not sent (serve certificate + intermediate)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "incomplete or untrusted chain: no trusted issuer found",
  UNABLE_TO_GET_ISSUER_CERT: "incomplete chain: an issuer is missing",
  SELF_SIGNED_CERT_IN_CHAIN: "chain ends at a root that is not trusted",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
  CERT_HAS_EXPIRED: "a certificate of the chain has expired",
  CERT_NOT_YET_VALID: "a certificate of the chain is not valid yet",
};

/** The rows a completed handshake answers: chain, hostname, key (where a NodeBalancer serves it), expiry, version. */
export function handshakeRows(hostname: string, handshake: TlsHandshake, expected: TlsExpectation): CheckResult[] {
  const { leaf } = handshake;
  const issuer = shortName(leaf.issuer);
  const rows = [
    handshake.authorized
      ? result(CheckId.TLS_CHAIN, hostname, CheckStatus.PASS, `verified; issuer ${issuer}`)
      : result(CheckId.TLS_CHAIN, hostname, CheckStatus.FAIL, CHAIN_ERRORS[handshake.authorizationError ?? ""] ?? `not verified: ${handshake.authorizationError}`),
    handshake.hostnameError === undefined
      ? result(CheckId.TLS_HOSTNAME, hostname, CheckStatus.PASS, `covered by ${leaf.subjectAltName ?? shortName(leaf.subject)}`)
      : result(CheckId.TLS_HOSTNAME, hostname, CheckStatus.FAIL, `not covered: certificate is for ${leaf.subjectAltName ?? shortName(leaf.subject)}`),
  ];
  if (expected.nodeBalancerServes) {
    const key = describeKey(leaf);
    rows.push(
      leaf.publicKey.asymmetricKeyType === "rsa"
        ? result(CheckId.TLS_KEY, hostname, CheckStatus.PASS, key)
        : result(CheckId.TLS_KEY, hostname, CheckStatus.FAIL, `${key}: a NodeBalancer serves RSA only, so this is not the NodeBalancer's certificate`),
    );
  }
  rows.push(expiryRow(hostname, handshake, expected));
  rows.push(
    handshake.protocol === "TLSv1.2" || handshake.protocol === "TLSv1.3"
      ? result(CheckId.TLS_VERSION, hostname, CheckStatus.PASS, handshake.protocol)
      : result(CheckId.TLS_VERSION, hostname, CheckStatus.FAIL, `${handshake.protocol} negotiated; TLS 1.2 or newer expected`),
  );
  return rows;
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
  const days = Math.floor(msLeft / DAY_MS);
  if (days < expected.minDaysLeft) return row(CheckStatus.FAIL, `${days} days left (${until}), under the ${expected.minDaysLeft}-day threshold; ${policy}`);
  const window = expected.renewal.windowDays(notBefore, notAfter);
  if (window !== undefined && days <= window) {
    return row(CheckStatus.WARN, `${days} days left (${until}): inside the renewal window (${policy}) yet not renewed; did the scheduled apply run?`);
  }
  return row(CheckStatus.PASS, `${days} days left (${until}); ${policy}`);
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
  return result(CheckId.TLS_LEGACY, hostname, worstStatus(parts.map((p) => p.status)), parts.map((p) => p.text).join(", "));
}

/** `CN=R11, O=Let's Encrypt` from an X.509 name printed one attribute a line. */
function shortName(name: string): string {
  const attrs = name.split("\n").filter((l) => /^(CN|O)=/.test(l));
  return (attrs.length > 0 ? attrs : name.split("\n")).reverse().join(", ");
}
