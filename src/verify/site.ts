import type { CipherSuite } from "../nodebalancer/enums";
import type { RenewalWindow } from "./renewal-window";
import type { SslOption } from "./ssl-option";

/** What a site is supposed to be, as its stack describes it: what {@link verifySite} checks live. */
export interface VerifySite {
  /** The SSL option. */
  readonly option: SslOption;
  /** The names visitors use. At least one. */
  readonly hostnames: readonly string[];
  /**
   * The NodeBalancer's public addresses (IPv4 and IPv6).
   * @default - unknown: options 1 and 2 connect to what DNS returns; option 3 cannot check the origin firewall
   */
  readonly nodeBalancerAddresses?: readonly string[];
  /**
   * Whether plain HTTP on port 80 should redirect to https: options 1 and 2 when the NodeBalancer
   * forwards port 80 (the backends redirect), option 3 when the zone has Always Use HTTPS on.
   * @default true
   */
  readonly redirectsPlainHttp?: boolean;
  /**
   * When the served certificate renews.
   * @default RenewalWindow.none()
   */
  readonly renewal?: RenewalWindow;
  /**
   * Option 2: the number of backends on 443, so that enough handshakes are sampled to reach each.
   * @default 2
   */
  readonly backendCount?: number;
  /**
   * Option 2: whether the NodeBalancer spreads one client's connections over the backends
   * (round robin or least connections, no stickiness). When false, sampling reaches one backend only.
   * @default true
   */
  readonly spreadsConnections?: boolean;
  /**
   * Option 2: a response header whose value names the backend that answered (e.g. nginx
   * `add_header X-Backend $hostname always;`), so that `verify` counts the backends it saw instead
   * of relying on round robin's order.
   * @default - backends not identified; round robin's order is relied on
   */
  readonly backendHeader?: string;
  /**
   * The cipher suite of the NodeBalancer's HTTPS config (options 1 and 3); option 2's backends are
   * held to the same rule (the generated nginx configuration offers ECDHE only).
   * @default CipherSuite.RECOMMENDED
   */
  readonly cipherSuite?: CipherSuite;
  /**
   * The stack's `expiry_alert_hours` output (two apply intervals): `tls.expiry` fails under it.
   * @default - derived from the certificate's lifetime and `renewal`
   */
  readonly expiryAlertHours?: number;
  /**
   * The NodeBalancer's config ports. Option 3 probes each of them, with 80 and 443, from outside
   * Cloudflare: all must be closed to this client.
   * @default [443]
   */
  readonly nodeBalancerPorts?: readonly number[];
}

export { CipherSuite } from "../nodebalancer/enums";
