import { SslOption } from "../contract/site-contract";

export { SslOption };

/** True when the NodeBalancer itself serves the certificate that visitors see (so it must be RSA). */
export function nodeBalancerServesVisitors(option: SslOption): boolean {
  return option === SslOption.TERMINATE_AT_LOAD_BALANCER;
}
