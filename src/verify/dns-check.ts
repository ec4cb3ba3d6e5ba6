import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { DeadlineExceeded, withDeadline } from "./deadline";
import type { HostResolver } from "./resolver";
import { SslOption } from "./ssl-option";

/** What {@link checkDns} compares the answer with. */
export interface DnsExpectation {
  /** The option: 1 and 2 must resolve to the NodeBalancer, 3 to Cloudflare. */
  readonly option: SslOption;
  /** The NodeBalancer's addresses, when known. */
  readonly nodeBalancerAddresses: readonly string[];
  /** Whether an address lies in Cloudflare's ranges. */
  readonly isCloudflare: (address: string) => boolean;
  /** Time limit of the lookup, in milliseconds. */
  readonly timeoutMs: number;
}

/** Resolves `hostname` and judges the answer; also returns the addresses for the checks that follow. */
export async function checkDns(
  hostname: string,
  resolver: HostResolver,
  expected: DnsExpectation,
): Promise<{ readonly row: CheckResult; readonly addresses: readonly string[] }> {
  let addresses: readonly string[];
  try {
    addresses = await withDeadline(resolver.resolve(hostname), expected.timeoutMs);
  } catch (e) {
    const why = e instanceof DeadlineExceeded ? e.message : `lookup failed: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return { row: result(CheckId.DNS, hostname, CheckStatus.FAIL, why), addresses: [] };
  }
  const row = (status: CheckStatus, evidence: string) => ({ row: result(CheckId.DNS, hostname, status, evidence), addresses });
  if (addresses.length === 0) return row(CheckStatus.FAIL, "no A or AAAA record");
  const shown = addresses.join(" ");
  if (expected.option === SslOption.CLOUDFLARE_IN_FRONT) {
    const origin = addresses.filter((a) => expected.nodeBalancerAddresses.includes(a));
    if (origin.length > 0) return row(CheckStatus.FAIL, `${origin.join(" ")} is the NodeBalancer itself: the record is not proxied`);
    const other = addresses.filter((a) => !expected.isCloudflare(a));
    if (other.length > 0) return row(CheckStatus.FAIL, `${other.join(" ")} is not in Cloudflare's ranges`);
    return row(CheckStatus.PASS, `${shown} (Cloudflare)`);
  }
  if (expected.nodeBalancerAddresses.length === 0) return row(CheckStatus.WARN, `${shown}; NodeBalancer address unknown, not compared`);
  const other = addresses.filter((a) => !expected.nodeBalancerAddresses.includes(a));
  if (other.length > 0) return row(CheckStatus.FAIL, `${other.join(" ")} is not the NodeBalancer (${expected.nodeBalancerAddresses.join(" ")})`);
  return row(CheckStatus.PASS, `${shown} = NodeBalancer`);
}
