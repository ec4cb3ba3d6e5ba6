import { HealthCheckType } from "./enums";

/** An active health check of a NodeBalancer config. */
export interface HealthCheck {
  /**
   * The check type.
   * @default HealthCheckType.CONNECTION
   */
  readonly type?: HealthCheckType;
  /**
   * Path requested by HTTP checks.
   * @default "/"
   */
  readonly path?: string;
  /**
   * Regular expression the body must match (`HTTP_BODY` only).
   * @default - no body check
   */
  readonly body?: string;
  /**
   * Seconds between checks (2–3600).
   * @default 5
   */
  readonly intervalSeconds?: number;
  /**
   * Seconds to wait for an answer (1–30); must be shorter than the interval.
   * @default 3
   */
  readonly timeoutSeconds?: number;
  /**
   * Failed checks before a node is taken out (1–30).
   * @default 2
   */
  readonly attempts?: number;
  /**
   * Also take nodes out on failed live requests.
   * @default true
   */
  readonly passive?: boolean;
}
