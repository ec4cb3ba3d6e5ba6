import { isIP } from "node:net";
import { sweepBackends } from "./backends-check";
import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { checkOriginFirewall, edgeRow } from "./cloudflare-checks";
import { CLOUDFLARE_IP_RANGES, cidrMatcher } from "./cloudflare-ranges";
import { checkDns } from "./dns-check";
import { checkRedirect } from "./redirect-check";
import { RenewalWindow } from "./renewal-window";
import { systemResolver, type HostResolver } from "./resolver";
import type { VerifySite } from "./site";
import { nodeBalancerServesVisitors, SslOption } from "./ssl-option";
import { handshakeRows, legacyRow, requestRow, type TlsExpectation } from "./tls-checks";
import { LegacyTlsVersion, probeTls, type TlsProbeOptions } from "./tls-probe";
import { VerifyReport } from "./verify-report";
import { VerifyError } from "./verify-error";

/** Options of {@link verifySite}. */
export interface VerifyOptions {
  /** What the site should be: from `readSiteFromStack`, or given by hand. */
  readonly site: VerifySite;
  /**
   * Name resolution.
   * @default - the system's DNS servers, each query within `timeoutMs`
   */
  readonly resolver?: HostResolver;
  /**
   * Trusted roots (PEM) instead of the system's, e.g. a staging or internal CA.
   * @default - the system's roots
   */
  readonly ca?: string;
  /**
   * Fail when the certificate has fewer days left than this.
   * @default - derived: the stack's `expiry_alert_hours`, else a sixth of the certificate's lifetime, at most 14 days
   */
  readonly minDaysLeft?: number;
  /**
   * Time limit of every network step (a DNS query, a connection with its handshake, a request), in milliseconds.
   * @default 5000
   */
  readonly timeoutMs?: number;
  /**
   * The HTTPS port.
   * @default 443
   */
  readonly httpsPort?: number;
  /**
   * The plain HTTP port.
   * @default 80
   */
  readonly httpPort?: number;
  /**
   * Cloudflare's edge ranges (option 3).
   * @default CLOUDFLARE_IP_RANGES
   */
  readonly cloudflareRanges?: readonly string[];
  /**
   * The time expiry is judged at.
   * @default - now
   */
  readonly now?: Date;
}

/**
 * Checks a live site the way a visitor (a current browser) and an attacker would: DNS, TLS on 443
 * with SNI (chain and names as browsers judge them, RSA where a NodeBalancer serves it, days left
 * against a threshold derived from the lifetime and renewal policy, protocol versions, cipher), one
 * real HTTPS request, the redirect on 80, and per option every backend (2) or every origin port and
 * the edge (3). Hostnames are checked one after another, so that option 2's connections reach the
 * backends in round robin's order. Every network step has a time limit; the report holds one row per check.
 */
export async function verifySite(options: VerifyOptions): Promise<VerifyReport> {
  const { site } = options;
  if (site.hostnames.length === 0) throw new VerifyError("no hostname to verify: the stack names none (your own certificate?); pass --hostname");
  const timeoutMs = options.timeoutMs ?? 5000;
  const httpsPort = options.httpsPort ?? 443;
  const httpPort = options.httpPort ?? 80;
  const nodeBalancerAddresses = site.nodeBalancerAddresses ?? [];
  const bad = nodeBalancerAddresses.find((a) => isIP(a) === 0);
  if (bad !== undefined) throw new VerifyError(`NodeBalancer address "${bad}" is not an IP address`);
  let isCloudflare: (address: string) => boolean;
  try {
    isCloudflare = cidrMatcher(options.cloudflareRanges ?? CLOUDFLARE_IP_RANGES);
  } catch (e) {
    throw new VerifyError(`Cloudflare range ${(e as Error).message}`);
  }
  const resolver = options.resolver ?? systemResolver(timeoutMs);
  const cloudflare = site.option === SslOption.CLOUDFLARE_IN_FRONT;
  const expected: TlsExpectation = {
    nodeBalancerServes: nodeBalancerServesVisitors(site.option),
    minDaysLeft: options.minDaysLeft,
    // Option 3's alert is about the Origin CA certificate behind Cloudflare, not the edge's.
    stackAlertHours: cloudflare ? undefined : site.expiryAlertHours,
    renewal: site.renewal ?? RenewalWindow.none(),
    now: options.now ?? new Date(),
    cipherSuite: site.cipherSuite,
  };

  const checkHost = async (hostname: string): Promise<CheckResult[]> => {
    const rows: CheckResult[] = [];
    const dns = await checkDns(hostname, resolver, { option: site.option, nodeBalancerAddresses, isCloudflare, timeoutMs });
    rows.push(dns.row);
    // Options 1 and 2 probe the NodeBalancer the stack made (DNS is judged above); option 3 the edge DNS returns.
    const address = preferIpv4(cloudflare ? dns.addresses : nodeBalancerAddresses.length > 0 ? nodeBalancerAddresses : dns.addresses);
    if (address === undefined) {
      rows.push(result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.FAIL, "no address to connect to"));
      return rows;
    }
    const probe: TlsProbeOptions = { address, port: httpsPort, servername: hostname, ca: options.ca, timeoutMs };
    const redirects = site.redirectsPlainHttp ?? true;
    if (site.option === SslOption.TCP_PASSTHROUGH) {
      const sampling = { backendCount: site.backendCount ?? 2, spreadsConnections: site.spreadsConnections ?? true, backendHeader: site.backendHeader };
      return [...rows, ...(await sweepBackends(hostname, probe, sampling, expected, redirects ? { address, port: httpPort } : undefined))];
    }
    const outcome = await probeTls({ ...probe, requestPath: "/" });
    if ("failure" in outcome) {
      rows.push(result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.FAIL, `${address}:${httpsPort}: ${outcome.failure.evidence}`));
      return rows;
    }
    rows.push(result(CheckId.TLS_HANDSHAKE, hostname, CheckStatus.PASS, `${address}:${httpsPort}`));
    rows.push(...handshakeRows(hostname, outcome.handshake, expected));
    const legacy = [];
    for (const version of [LegacyTlsVersion.TLS_1_0, LegacyTlsVersion.TLS_1_1]) {
      legacy.push([version, await probeTls({ ...probe, legacyVersion: version })] as const);
    }
    rows.push(legacyRow(hostname, legacy));
    // Option 3's request is the edge row; options 1 and 2 report it as a row of its own.
    if (!cloudflare) rows.push(requestRow(hostname, "/", outcome.handshake.response));
    if (redirects) rows.push(await checkRedirect(hostname, address, httpPort, timeoutMs));
    if (cloudflare) rows.push(edgeRow(hostname, outcome.handshake.response));
    return rows;
  };

  // One hostname after another: parallel probes through a round-robin NodeBalancer would pin each
  // hostname to one backend (option 2), and sequential ones cost little elsewhere.
  const perHost: CheckResult[] = [];
  for (const hostname of site.hostnames) perHost.push(...(await checkHost(hostname)));

  const origin: CheckResult[] = [];
  if (cloudflare) {
    if (nodeBalancerAddresses.length === 0) {
      origin.push(result(CheckId.ORIGIN_FIREWALL, "NodeBalancer", CheckStatus.WARN, "NodeBalancer address unknown: pass --nodebalancer-ip to check the firewall"));
    }
    for (const address of nodeBalancerAddresses) {
      for (const port of originPorts(site.nodeBalancerPorts ?? [443], httpsPort, httpPort)) {
        origin.push(await checkOriginFirewall({ address, port, servername: site.hostnames[0], ca: options.ca, timeoutMs }));
      }
    }
  }
  return new VerifyReport([...perHost, ...origin]);
}

/**
 * The ports option 3 keeps closed to everyone but Cloudflare: 443 and 80 always (a NodeBalancer
 * answering plain HTTP to anyone is as open as one answering TLS), and every config port of the
 * stack; 443 and 80 are mapped to `--https-port` and `--http-port`.
 */
export function originPorts(configPorts: readonly number[], httpsPort: number, httpPort: number): number[] {
  const mapped = configPorts.map((p) => (p === 443 ? httpsPort : p === 80 ? httpPort : p));
  return [...new Set([httpsPort, httpPort, ...mapped.sort((a, b) => a - b)])];
}

function preferIpv4(addresses: readonly string[]): string | undefined {
  return addresses.find((a) => isIP(a) === 4) ?? addresses[0];
}
