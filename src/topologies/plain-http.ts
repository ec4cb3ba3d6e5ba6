/** What the NodeBalancer does with plain HTTP on port 80. */
export enum PlainHttp {
  /**
   * Forward port 80 to the backends as HTTP. NodeBalancers cannot redirect: the backends redirect
   * to HTTPS when `X-Forwarded-Proto` is `http`.
   */
  FORWARD = "forward",
  /** No config on port 80: plain HTTP is refused. */
  CLOSED = "closed",
}
