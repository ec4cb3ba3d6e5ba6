import { checkInteger } from "../private/validation";

/** Options of a DNS-01 challenge through Linode DNS. */
export interface LinodeDnsChallengeOptions {
  /**
   * How long lego waits for the TXT record to propagate. Linode DNS takes up to ~20 minutes, far
   * past lego's 120 s default.
   * @default 1200
   */
  readonly propagationTimeoutSeconds?: number;
  /**
   * How often lego checks for the record.
   * @default 30
   */
  readonly pollingIntervalSeconds?: number;
}

/** Options of a DNS-01 challenge through Cloudflare DNS. */
export interface CloudflareDnsChallengeOptions {
  /**
   * How long lego waits for the TXT record to propagate.
   * @default 120
   */
  readonly propagationTimeoutSeconds?: number;
}

/**
 * How the ACME server's DNS-01 challenge is answered. API tokens are never part of the
 * configuration: lego reads them from the environment at apply time (`LINODE_TOKEN`, or
 * `CF_DNS_API_TOKEN` with DNS:Edit).
 */
export class AcmeDnsChallenge {
  /** Answer through Linode DNS (the zone must be a Linode Domain). Token: `LINODE_TOKEN`. */
  public static linode(options: LinodeDnsChallengeOptions = {}): AcmeDnsChallenge {
    const timeout = options.propagationTimeoutSeconds ?? 1200;
    const interval = options.pollingIntervalSeconds ?? 30;
    checkInteger("AcmeDnsChallenge.linode", "propagationTimeoutSeconds", timeout, 60, 3600);
    checkInteger("AcmeDnsChallenge.linode", "pollingIntervalSeconds", interval, 2, 300);
    return new AcmeDnsChallenge("linode", {
      LINODE_PROPAGATION_TIMEOUT: String(timeout),
      LINODE_POLLING_INTERVAL: String(interval),
    });
  }

  /** Answer through Cloudflare DNS. Token: `CF_DNS_API_TOKEN` (Zone DNS:Edit). */
  public static cloudflare(options: CloudflareDnsChallengeOptions = {}): AcmeDnsChallenge {
    const timeout = options.propagationTimeoutSeconds ?? 120;
    checkInteger("AcmeDnsChallenge.cloudflare", "propagationTimeoutSeconds", timeout, 30, 3600);
    return new AcmeDnsChallenge("cloudflare", { CLOUDFLARE_PROPAGATION_TIMEOUT: String(timeout) });
  }

  protected constructor(
    /** The lego DNS provider name. */
    public readonly provider: string,
    /** Non-secret lego settings passed as the challenge's `config`. */
    public readonly config: Readonly<Record<string, string>>,
  ) {}
}
