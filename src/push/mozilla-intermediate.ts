/**
 * Mozilla's "intermediate" server-side TLS profile (guidelines 5.7): TLS 1.2 and 1.3, ECDHE key
 * exchange with AEAD ciphers, the client's cipher preference. The profile's DHE suites are left out:
 * they need a Diffie-Hellman parameter file on every server, and every client the profile supports
 * also does ECDHE.
 * @see https://wiki.mozilla.org/Security/Server_Side_TLS
 */
export const MOZILLA_INTERMEDIATE = {
  /** TLS 1.2 cipher suites, OpenSSL names, in the profile's order. */
  tls12Ciphers: [
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
  ].join(":"),
  /** TLS 1.3 cipher suites (OpenSSL's defaults). */
  tls13Ciphers: ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"].join(":"),
  /** Key-exchange groups. */
  curves: ["X25519", "prime256v1", "secp384r1"].join(":"),
  /** Lifetime of a TLS session in the server's cache. */
  sessionTimeout: "1d",
} as const;
