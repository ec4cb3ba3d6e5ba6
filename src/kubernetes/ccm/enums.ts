/**
 * The Linode Cloud Controller Manager's (CCM v0.9.8) fixed value sets that the NodeBalancer
 * constructs do not already declare. Its protocols, PROXY protocol versions and health-check types
 * are the NodeBalancer's own strings: use {@link Protocol}, {@link ProxyProtocol} and
 * {@link HealthCheckType} from the NodeBalancer enums.
 * @see https://github.com/linode/linode-cloud-controller-manager/blob/v0.9.8/docs/configuration/annotations.md
 */

/** The plan of the NodeBalancer the CCM creates (annotation `nodebalancer-type`, lower case). */
export enum NodeBalancerType {
  /** The standard NodeBalancer (the CCM's `--default-nodebalancer-type` default). */
  COMMON = "common",
  /** Dedicated resources; the account must be allowed to create it. */
  PREMIUM = "premium",
  /** Premium with 40 Gbps; the account and region must offer it. */
  PREMIUM_40GB = "premium_40gb",
}
