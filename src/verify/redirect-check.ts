import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { httpGet } from "./http-probe";

/** The path `verify` requests on port 80; a redirect must keep it, query included. */
export const REDIRECT_PROBE_PATH = "/.well-known/cdktf-nodebalancer-ssl/verify?probe=1";

const REDIRECTS = new Set([301, 302, 307, 308]);

/** GETs `http://hostname/<probe path>` at `address` and checks that it redirects to `https://hostname/<same path>`. */
export async function checkRedirect(hostname: string, address: string, port: number, timeoutMs: number): Promise<CheckResult> {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.HTTP_REDIRECT, hostname, status, evidence);
  const response = await httpGet({ address, port, hostname, path: REDIRECT_PROBE_PATH, timeoutMs });
  if ("error" in response) return row(CheckStatus.FAIL, `port ${port}: ${response.error}`);
  if (!REDIRECTS.has(response.status)) return row(CheckStatus.FAIL, `${response.status} without a redirect to https`);
  if (response.location === undefined) return row(CheckStatus.FAIL, `${response.status} without a Location`);
  let target: URL;
  try {
    target = new URL(response.location, `http://${hostname}`);
  } catch {
    return row(CheckStatus.FAIL, `${response.status} to an invalid Location`);
  }
  const expected = `https://${hostname}${REDIRECT_PROBE_PATH}`;
  const sameTarget =
    target.protocol === "https:" &&
    target.hostname.toLowerCase() === hostname.toLowerCase() &&
    (target.port === "" || target.port === "443") &&
    `${target.pathname}${target.search}` === REDIRECT_PROBE_PATH;
  return sameTarget
    ? row(CheckStatus.PASS, `${response.status} → https, same host and path`)
    : row(CheckStatus.FAIL, `${response.status} → ${target.protocol}//${target.host}${target.pathname}; expected ${expected}`);
}
