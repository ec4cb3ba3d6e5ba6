import { CheckId, CheckStatus, result, type CheckResult } from "./check-result";
import { httpGet, type HttpOutcome } from "./http-probe";

/** The path `verify` requests on port 80; a redirect must keep it, query included. */
export const REDIRECT_PROBE_PATH = "/.well-known/cdktf-nodebalancer-ssl/verify?probe=1";

/** The redirect statuses of the WHATWG Fetch standard (§2.2.6 "redirect status"): 301, 302, 303, 307, 308. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs `http://hostname/<probe path>` at `address` and judges the answer with {@link judgeRedirect}. */
export async function checkRedirect(hostname: string, address: string, port: number, timeoutMs: number): Promise<CheckResult> {
  return judgeRedirect(hostname, port, await httpGet({ address, port, hostname, path: REDIRECT_PROBE_PATH, timeoutMs }));
}

/**
 * Judges a response to `http://hostname/<probe path>` as a browser follows it (WHATWG Fetch
 * "HTTP-redirect fetch" and the URL standard): a redirect status; one `Location`, or several equal
 * ones (Chromium refuses different ones: ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION; Firefox too); a
 * value that parses as a URL against the request URL; and it must lead to `https://hostname/`
 * (default port) with the same path and query. The evidence quotes the `Location` as sent.
 */
export function judgeRedirect(hostname: string, port: number, response: HttpOutcome): CheckResult {
  const row = (status: CheckStatus, evidence: string) => result(CheckId.HTTP_REDIRECT, hostname, status, evidence);
  if ("error" in response) return row(CheckStatus.FAIL, `port ${port}: ${response.error}`);
  if (!REDIRECTS.has(response.status)) return row(CheckStatus.FAIL, `${response.status} without a redirect to https`);
  const locations = response.locations;
  if (locations.length === 0) return row(CheckStatus.FAIL, `${response.status} without a Location`);
  if (new Set(locations).size > 1) {
    return row(CheckStatus.FAIL, `${response.status} with ${locations.length} different Location headers (${locations.map(quote).join(", ")}): browsers refuse the response`);
  }
  const location = locations[0];
  let target: URL;
  try {
    target = new URL(location, `http://${hostname}${REDIRECT_PROBE_PATH}`);
  } catch {
    return row(CheckStatus.FAIL, `${response.status} to ${quote(location)}, which is not a URL: browsers refuse the redirect`);
  }
  const expected = `https://${hostname}${REDIRECT_PROBE_PATH}`;
  const sameTarget =
    target.protocol === "https:" &&
    target.hostname.toLowerCase() === hostname.toLowerCase() &&
    target.port === "" &&
    `${target.pathname}${target.search}` === REDIRECT_PROBE_PATH;
  return sameTarget
    ? row(CheckStatus.PASS, `${response.status} → https, same host and path`)
    : row(CheckStatus.FAIL, `${response.status} → ${location}; expected ${expected}`);
}

/** A header value for the report: control characters escaped, long values cut. */
function quote(value: string): string {
  const shown = JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  return shown;
}
