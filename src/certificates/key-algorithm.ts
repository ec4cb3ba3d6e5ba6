/** The public-key algorithm of a certificate's key. NodeBalancers serve RSA only. */
export enum KeyAlgorithm {
  RSA = "RSA",
  ECDSA = "ECDSA",
}
