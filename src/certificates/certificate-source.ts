import type { KeyAlgorithm } from "./key-algorithm";

/** What a certificate source must expose to be served by a NodeBalancer config. */
export interface ICertificateSource {
  /** Leaf certificate followed by its CA chain, PEM. */
  readonly fullChainPem: string;
  /** Private key, PEM (sensitive). */
  readonly privateKeyPem: string;
  /** Algorithm of the private key. */
  readonly keyAlgorithm: KeyAlgorithm;
}
