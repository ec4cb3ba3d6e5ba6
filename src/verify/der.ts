/**
 * Just enough DER to read what Node's `X509Certificate` (Node 20) does not expose: the algorithm a
 * certificate is signed with. `Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }`
 * (RFC 5280 §4.1); `signatureAlgorithm ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY }`.
 */

interface Element {
  readonly tag: number;
  /** Offset of the contents. */
  readonly start: number;
  /** Offset just past the contents. */
  readonly end: number;
}

function element(der: Uint8Array, offset: number): Element {
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4) throw new Error("unsupported DER length");
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[start + i];
    start += bytes;
  }
  if (tag === undefined || start + length > der.length) throw new Error("truncated DER");
  return { tag, start, end: start + length };
}

function decodeOid(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join(".");
}

/** The dotted OID of a DER certificate's outer `signatureAlgorithm`, or undefined when it does not parse. */
export function signatureAlgorithmOid(der: Uint8Array): string | undefined {
  try {
    const certificate = element(der, 0);
    const tbs = element(der, certificate.start);
    const algorithm = element(der, tbs.end);
    const oid = element(der, algorithm.start);
    return certificate.tag === 0x30 && algorithm.tag === 0x30 && oid.tag === 0x06 ? decodeOid(der.subarray(oid.start, oid.end)) : undefined;
  } catch {
    return undefined;
  }
}
