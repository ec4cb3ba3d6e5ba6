/** What the NodeBalancer does with plain HTTP on port 80. */
export enum PlainHttp {
  /**
   * Forward port 80 to the same backends. NodeBalancers cannot redirect: the backends redirect
   * plain HTTP to HTTPS (behind an HTTP config they see `X-Forwarded-Proto: http`; in passthrough,
   * port 80 arrives as TCP with the same PROXY protocol header as 443).
   */
  FORWARD = "forward",
  /** No config on port 80: plain HTTP is refused. */
  CLOSED = "closed",
}
