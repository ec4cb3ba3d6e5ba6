import type { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import { signatureAlgorithmOid } from "./der";

/**
 * What current browsers (Chromium, Firefox, Safari) and curl refuse in a server's certificates, on
 * top of what OpenSSL's chain verification at Node's defaults catches. Node verifies at OpenSSL
 * security level 1, which still accepts 1024-bit RSA keys and matches a name found only in the CN;
 * browsers do neither. The rules and their sources:
 *
 * - Keys: RSA of at least 2048 bits, ECDSA on P-256 or P-384 (CA/Browser Forum Baseline
 *   Requirements §6.1.5; Mozilla Root Store Policy §5.1; Chrome Root Program). curl on current
 *   distributions (OpenSSL security level 2) refuses RSA 1024 too.
 * - Signatures: no SHA-1 or MD5 on the leaf or an intermediate (BR §7.1.3.2; Chrome 57+, Firefox 52+
 *   refuse SHA-1 for server certificates). A root's own signature is not checked by anyone.
 * - Issuers: every certificate that signs another has basicConstraints CA:TRUE (RFC 5280 §4.2.1.9).
 * - Names: the hostname must be a subjectAltName dNSName; the CN is ignored (RFC 9525 §6.3, which
 *   obsoletes RFC 6125's CN fallback; Chrome 58+, Firefox 48+). A wildcard is a whole leftmost label
 *   (`*.example.com`), covers exactly one label, and needs at least two labels after it (RFC 9525 §6.3;
 *   Chromium's verifier refuses `w*.example.com`, which Node accepts).
 * - Validity: at most 398 days for a leaf issued since 2020-09-01 (Apple's policy, enforced by Safari
 *   and curl on macOS; Chrome Root Program), and the BR §6.3.2 schedule of ballot SC-081 (200 days
 *   from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15), which CAs must follow: over it, a
 *   warning.
 */

/** A finding against the browser rules, and how bad it is. */
export interface BrowserFinding {
  /** `refused`: browsers refuse the site; `doubtful`: works today, breaks a CA or root program rule. */
  readonly severity: "refused" | "doubtful";
  readonly text: string;
}

const WEAK_SIGNATURES: Readonly<Record<string, string>> = {
  "1.2.840.113549.1.1.2": "MD2",
  "1.2.840.113549.1.1.4": "MD5",
  "1.2.840.113549.1.1.5": "SHA-1",
  "1.3.14.3.2.29": "SHA-1",
  "1.2.840.10045.4.1": "SHA-1",
  "1.2.840.10040.4.3": "SHA-1",
};

const BROWSER_CURVES = new Set(["prime256v1", "secp384r1"]);
const MIN_RSA_BITS = 2048;
const DAY_MS = 86_400_000;
const APPLE_398_FROM = Date.UTC(2020, 8, 1);
/** BR §6.3.2 (SC-081): maximum validity in days by issuance date, newest first. */
const BR_VALIDITY: ReadonlyArray<readonly [number, number]> = [
  [Date.UTC(2029, 2, 15), 47],
  [Date.UTC(2027, 2, 15), 100],
  [Date.UTC(2026, 2, 15), 200],
  [Date.UTC(2020, 8, 1), 398],
];

/**
 * Judges the chain a server sent (leaf first; a trusted root at the end is skipped) by the browser
 * rules above. Empty when browsers accept it (as far as these rules go).
 */
export function browserFindings(chain: readonly X509Certificate[]): BrowserFinding[] {
  const findings: BrowserFinding[] = [];
  chain.forEach((cert, i) => {
    const selfSigned = cert.subject === cert.issuer && cert.checkIssued(cert);
    if (selfSigned && i > 0) return; // A root: its key and self-signature are the root program's business.
    const who = i === 0 ? "leaf" : `intermediate ${commonName(cert)}`;
    const key = keyProblem(cert);
    if (key !== undefined) findings.push({ severity: "refused", text: `${who} key ${key}` });
    const digest = WEAK_SIGNATURES[signatureAlgorithmOid(cert.raw) ?? ""];
    if (digest !== undefined) findings.push({ severity: "refused", text: `${who} signed with ${digest}: browsers refuse ${digest} signatures (BR §7.1.3.2)` });
    const issuer = chain[i + 1];
    if (issuer !== undefined && cert.checkIssued(issuer) && !issuer.ca) {
      findings.push({ severity: "refused", text: `issuer ${commonName(issuer)} is not a CA (basicConstraints CA:FALSE), so the ${who} is refused` });
    }
  });
  const leaf = chain[0];
  if (leaf !== undefined) {
    const notBefore = new Date(leaf.validFrom).getTime();
    const days = (new Date(leaf.validTo).getTime() - notBefore) / DAY_MS;
    const limit = BR_VALIDITY.find(([from]) => notBefore >= from)?.[1];
    if (notBefore >= APPLE_398_FROM && days > 398) {
      findings.push({ severity: "refused", text: `leaf valid for ${Math.round(days)} days: Safari and Chrome's root program allow 398 at most` });
    } else if (limit !== undefined && days > limit) {
      findings.push({ severity: "doubtful", text: `leaf valid for ${Math.round(days)} days, over the ${limit} days the Baseline Requirements allow for its issue date (BR §6.3.2)` });
    }
  }
  return findings;
}

/** Why a key is refused by browsers (`RSA 1024: under 2048 bits ...`), or undefined when it is fine. */
export function keyProblem(cert: X509Certificate): string | undefined {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === "rsa") {
    const bits = details.modulusLength ?? 0;
    return bits < MIN_RSA_BITS ? `RSA ${bits}: under ${MIN_RSA_BITS} bits, refused by browsers and curl (BR §6.1.5)` : undefined;
  }
  if (key.asymmetricKeyType === "ec") {
    const curve = details.namedCurve ?? "?";
    return BROWSER_CURVES.has(curve) ? undefined : `ECDSA ${curve}: browsers take P-256 and P-384 only (BR §6.1.5, Mozilla policy §5.1)`;
  }
  return `${String(key.asymmetricKeyType ?? "unknown").toUpperCase()}: not an RSA or ECDSA key, which browsers require of server certificates`;
}

/**
 * Whether the leaf covers `hostname` as browsers decide (subjectAltName dNSName only; wildcards as
 * whole leftmost labels): undefined when it does, else why not.
 */
export function hostnameProblem(leaf: X509Certificate, hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  const san = leaf.subjectAltName ?? "";
  if (isIP(host) !== 0) {
    const ips = sanEntries(san, "IP Address");
    return ips.includes(host) ? undefined : `not covered: certificate is for ${san || commonNameText(leaf)}`;
  }
  const names = sanEntries(san, "DNS");
  if (names.some((pattern) => dnsNameMatches(pattern, host))) return undefined;
  const cn = commonName(leaf);
  if (names.length === 0 && dnsNameMatches(cn, host)) {
    return `not covered: the name is only in the CN (CN=${cn}), and browsers read subjectAltName only (RFC 9525; Chrome 58+, Firefox 48+)`;
  }
  return `not covered: certificate is for ${san || commonNameText(leaf)}`;
}

/** RFC 9525 §6.3 matching of one dNSName against a hostname (both lower case). */
export function dnsNameMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, "");
  if (!p.includes("*")) return p === host;
  const [first, ...rest] = p.split(".");
  // Only a whole leftmost label, never partial (`w*`), with at least two labels after it (not `*.com`).
  if (first !== "*" || rest.length < 2 || rest.some((l) => l.includes("*") || l === "")) return false;
  const hostLabels = host.split(".");
  return hostLabels.length === rest.length + 1 && hostLabels[0] !== "" && hostLabels.slice(1).join(".") === rest.join(".");
}

function sanEntries(san: string, kind: string): string[] {
  return san
    .split(/,\s*/)
    .map((e) => e.trim())
    .filter((e) => e.startsWith(`${kind}:`))
    .map((e) => e.slice(kind.length + 1).toLowerCase());
}

function commonName(cert: X509Certificate): string {
  return cert.subject.split("\n").find((l) => l.startsWith("CN="))?.slice(3) ?? "";
}

function commonNameText(cert: X509Certificate): string {
  const cn = commonName(cert);
  return cn === "" ? "no name" : `CN=${cn}`;
}

/** Plain words for OpenSSL's verification errors as Node names them (`socket.authorizationError.code`). */
export const CHAIN_ERRORS: Readonly<Record<string, string>> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "incomplete chain: the leaf's issuer was not sent (serve certificate + intermediate)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "incomplete or untrusted chain: no trusted issuer found",
  UNABLE_TO_GET_ISSUER_CERT: "incomplete chain: an issuer is missing",
  SELF_SIGNED_CERT_IN_CHAIN: "chain ends at a root that is not trusted",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
  CERT_HAS_EXPIRED: "a certificate of the chain has expired",
  CERT_NOT_YET_VALID: "a certificate of the chain is not valid yet",
  CERT_SIGNATURE_FAILURE: "a signature in the chain does not verify: a certificate was altered or signed by another key",
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: "a signature in the chain cannot be read: a certificate was altered or signed by another key",
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: "an issuer's public key cannot be read",
  INVALID_CA: "an issuer in the chain is not a CA (basicConstraints)",
  INVALID_PURPOSE: "a certificate of the chain is not for TLS servers (keyUsage, extendedKeyUsage or basicConstraints)",
  PATH_LENGTH_EXCEEDED: "the chain is longer than an issuer's pathLenConstraint allows",
  CERT_CHAIN_TOO_LONG: "the chain is too long",
  CERT_REVOKED: "a certificate of the chain is revoked",
  CERT_UNTRUSTED: "the root is not trusted for TLS servers",
  CERT_REJECTED: "the root is marked to reject TLS servers",
  ERROR_IN_CERT_NOT_BEFORE_FIELD: "a certificate's notBefore does not parse",
  ERROR_IN_CERT_NOT_AFTER_FIELD: "a certificate's notAfter does not parse",
};
