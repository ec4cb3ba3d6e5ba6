/**
 * Which of the package's SSL options a site uses, as `verify` reads it from the synthesized stack.
 * The values are the names of the example stacks and of the CLI's `--option` flag.
 */
export enum SslOption {
  /** Option 1: TLS ends at the NodeBalancer (Let's Encrypt or your own certificate); port 80 forwarded. */
  TERMINATE_AT_LOAD_BALANCER = "terminate-at-load-balancer",
  /** Option 2: TCP passthrough; every backend serves the certificate. */
  TCP_PASSTHROUGH = "tcp-passthrough",
  /** Option 3: Cloudflare proxies the names; the NodeBalancer admits only Cloudflare. */
  CLOUDFLARE_IN_FRONT = "cloudflare-in-front",
}

/** True when the NodeBalancer itself serves the certificate that visitors see (so it must be RSA). */
export function nodeBalancerServesVisitors(option: SslOption): boolean {
  return option === SslOption.TERMINATE_AT_LOAD_BALANCER;
}
