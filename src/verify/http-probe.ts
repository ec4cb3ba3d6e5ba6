import * as http from "node:http";
import * as https from "node:https";
import { isIP } from "node:net";
import { formatSeconds } from "./deadline";

/** Options of {@link httpGet}. */
export interface HttpGetOptions {
  /** The address to connect to. */
  readonly address: string;
  /** The port. */
  readonly port: number;
  /** The Host header (and, over TLS, the SNI name). */
  readonly hostname: string;
  /** The path and query to request. */
  readonly path: string;
  /** Speak HTTPS (TLS verified elsewhere: the chain is a check of its own). Default: plain HTTP. */
  readonly secure?: boolean;
  /** Time limit for the whole request, in milliseconds. */
  readonly timeoutMs: number;
}

/** The status and `Location` of one response, or why there was none. */
export type HttpOutcome =
  | {
      readonly status: number;
      /** The first `Location`, verbatim. */
      readonly location?: string;
      /** Every `Location` header, verbatim, in order. */
      readonly locations: readonly string[];
      /** Response headers, names in lower case (first value of a repeated one). */
      readonly headers: Readonly<Record<string, string>>;
    }
  | { readonly error: string };

/** One GET, redirects not followed, the body discarded, within the time limit. */
export function httpGet(options: HttpGetOptions): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: HttpOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const requestOptions = {
      host: options.address,
      port: options.port,
      path: options.path,
      method: "GET",
      agent: false as const,
      headers: { Host: options.hostname, "User-Agent": "cdktf-nodebalancer-ssl-verify", Connection: "close" },
    };
    const onResponse = (res: http.IncomingMessage): void => {
      const locations: string[] = [];
      const headers: Record<string, string> = {};
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        const name = res.rawHeaders[i].toLowerCase();
        if (name === "location") locations.push(res.rawHeaders[i + 1]);
        headers[name] ??= res.rawHeaders[i + 1];
      }
      res.resume();
      settle({ status: res.statusCode ?? 0, location: locations[0], locations, headers });
    };
    const request = options.secure
      ? https.request({ ...requestOptions, servername: isIP(options.hostname) === 0 ? options.hostname : undefined, rejectUnauthorized: false }, onResponse)
      : http.request(requestOptions, onResponse);
    const timer = setTimeout(() => settle({ error: `no answer within ${formatSeconds(options.timeoutMs)}` }), options.timeoutMs);
    request.on("error", (e: NodeJS.ErrnoException) => settle({ error: e.code === "ECONNREFUSED" ? "connection refused" : (e.code ?? e.message) }));
    request.end();
  });
}
