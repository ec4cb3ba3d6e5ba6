import type { Backend } from "../nodebalancer/backend";
import type { Algorithm, Stickiness } from "../nodebalancer/enums";
import type { HealthCheck } from "../nodebalancer/health-check";
import type { FirewallSource } from "../firewall/firewall-source";

/** What every SSL option needs to know about the site: where it runs and its app servers. */
export interface SiteProps {
  /** The Linode region of the NodeBalancer and the backends, e.g. `us-east`. */
  readonly region: string;
  /** The app servers. At least one. */
  readonly backends: readonly Backend[];
  /**
   * NodeBalancer label; also the prefix of firewall labels.
   * @default - the construct's id
   */
  readonly label?: string;
  /**
   * Health check of the backends.
   * @default - an HTTP check of `/` where TLS ends at the NodeBalancer, a connection check for passthrough
   */
  readonly healthCheck?: HealthCheck;
  /**
   * Balancing algorithm.
   * @default Algorithm.ROUND_ROBIN
   */
  readonly algorithm?: Algorithm;
  /**
   * Session stickiness of every config. TCP passthrough configs take `Stickiness.TABLE` at most
   * (a NodeBalancer cannot read cookies inside TLS it does not terminate).
   * @default Stickiness.NONE
   */
  readonly stickiness?: Stickiness;
  /**
   * Sources allowed to reach the backends on SSH (22, or the passthrough's `sshPort`).
   * @default - no SSH from anywhere
   */
  readonly adminSources?: FirewallSource;
}

/** The shared site props of a topology's props, with the label defaulting to the topology's id. */
export function pickSiteProps(props: SiteProps, id: string): SiteProps {
  return {
    region: props.region,
    backends: props.backends,
    label: props.label ?? id,
    healthCheck: props.healthCheck,
    algorithm: props.algorithm,
    stickiness: props.stickiness,
    adminSources: props.adminSources,
  };
}
