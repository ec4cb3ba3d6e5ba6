import { promises as fs } from "node:fs";
import { isIP } from "node:net";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { RenewalWindow } from "../verify/renewal-window";
import { staticResolver } from "../verify/resolver";
import type { VerifySite } from "../verify/site";
import { SslOption } from "../verify/ssl-option";
import { readSiteFromStack } from "../verify/stack-source";
import { VerifyError } from "../verify/verify-error";
import { VerifyExitCode } from "../verify/verify-report";
import { verifySite } from "../verify/verify-site";
import type { CliIo } from "./main";

/** The help text of `verify`. */
export const VERIFY_USAGE = `Usage: cdktf-nodebalancer-ssl verify --from <dir> [--stack <name>] [options]
       cdktf-nodebalancer-ssl verify --option <option> --hostname <name> [--nodebalancer-ip <ip>] [options]

Checks the live site the way a visitor and an attacker would, against what its stack describes:
  dns              the name resolves to the NodeBalancer (options 1, 2) or to Cloudflare (option 3)
  tls.handshake    a TLS handshake with SNI completes on 443
  tls.chain        the chain verifies to the system roots (or --ca-file) and passes browsers'
                   rules: RSA >= 2048 or ECDSA P-256/P-384, no SHA-1, issuers are CAs, <= 398 days
  tls.hostname     a subjectAltName covers the name (browsers ignore the CN)
  tls.key          the leaf is RSA of 2048 bits or more where the NodeBalancer serves it (option 1)
  tls.expiry       time left against the threshold (--min-days, else the stack's expiry_alert_hours,
                   else a sixth of the certificate's lifetime, at most 14 days) and the renewal window
  tls.version      TLS 1.2 or newer is negotiated
  tls.cipher       the negotiated suite is forward secret (cipher_suite recommended)
  tls.legacy       TLS 1.0 and TLS 1.1 are refused
  https.request    a real HTTPS request on that connection gets an HTTP answer (options 1, 2)
  http.redirect    port 80 redirects to https, same host, path and query (where port 80 is open)
  backends.same-cert  option 2: every backend serves the same certificate; each hostname's
                   connections run one after another, so round robin reaches every backend, and
                   every connection's chain, certificate, answer and redirect are judged
  origin.firewall  option 3: the NodeBalancer answers neither TLS nor plain HTTP on 443, 80 or
                   its other ports to this client (outside Cloudflare), and edge.answers: the
                   edge answers HTTPS without a 52x error

Site from the stacks:
      --from <dir>          cdktf.out, a folder written by publish (JSON), or one stack folder
  -s, --stack <name>        the stack to verify (needed when <dir> holds several)
      --outputs <file>      \`terraform output -json\` saved to a file (default: run it in the
                            stack's folder, within 60 s)
Site by hand, or overrides of the stack's:
      --option <option>     terminate-at-load-balancer | tcp-passthrough | cloudflare-in-front
      --hostname <name>     a name to check (repeatable)
      --nodebalancer-ip <ip>  the NodeBalancer's public address (repeatable)
Checks:
      --ca-file <file>      trust these roots (PEM) instead of the system's
      --min-days <n>        fail when fewer days are left (default: derived, see tls.expiry)
      --backends <n>        option 2: the number of backends (default: the stack's, else 2); verify
                            opens 2 x n connections per hostname, one after another
      --backend-header <name>  option 2: the response header naming the backend (e.g.
                            X-Backend), to count the backends seen instead of trusting round robin
      --timeout <seconds>   time limit of every network step: DNS query, connection, request (default 5)
      --https-port <port>   default 443
      --http-port <port>    default 80
      --cloudflare-range <cidr>  Cloudflare's ranges, replacing the built-in copy (repeatable)
      --resolve <name>=<ip>[,<ip>]  answer DNS for <name> from here, not the system's servers (repeatable)
Output:
      --json                the report as JSON on stdout instead of the table
      --strict              warnings fail too
  -h, --help                show this help

Exit codes: 0 every check passed (warnings allowed), 1 a check failed (or warned, with --strict),
2 nothing checked: bad flags, or the site description could not be read.
The report holds public facts only (addresses, certificate names and fingerprints, status codes);
terraform's outputs are parsed, never printed.`;

/** Runs `verify` with the arguments after the command name and resolves to the exit code. */
export async function verifyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const usageError = (message: string): number => {
    io.err(`cdktf-nodebalancer-ssl verify: error: ${message}\nRun with --help for usage.\n`);
    return VerifyExitCode.USAGE;
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: "string" },
        stack: { type: "string", short: "s" },
        outputs: { type: "string" },
        option: { type: "string" },
        hostname: { type: "string", multiple: true },
        "nodebalancer-ip": { type: "string", multiple: true },
        "ca-file": { type: "string" },
        "min-days": { type: "string" },
        "backend-header": { type: "string" },
        backends: { type: "string" },
        timeout: { type: "string" },
        "https-port": { type: "string" },
        "http-port": { type: "string" },
        "cloudflare-range": { type: "string", multiple: true },
        resolve: { type: "string", multiple: true },
        json: { type: "boolean" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (values.help) {
    io.out(`${VERIFY_USAGE}\n`);
    return VerifyExitCode.OK;
  }
  try {
    const option = values.option === undefined ? undefined : parseOption(values.option);
    for (const hostname of values.hostname ?? []) checkHostname(hostname);
    const backendHeader = values["backend-header"];
    if (backendHeader !== undefined && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(backendHeader)) {
      throw new VerifyError(`--backend-header "${backendHeader}" is not an HTTP header name (e.g. X-Backend)`);
    }
    const resolver = values.resolve === undefined ? undefined : staticResolver(parseResolve(values.resolve));
    const described = await describeSite(values.from, values.stack, values.outputs, option, values.hostname, values["nodebalancer-ip"], io.cwd);
    const backendCount = parseNumber(values.backends, "--backends", 1, 1000);
    if (backendCount !== undefined && !Number.isInteger(backendCount)) throw new VerifyError(`--backends "${values.backends}" must be a whole number`);
    const site = { ...described, ...(backendHeader === undefined ? {} : { backendHeader }), ...(backendCount === undefined ? {} : { backendCount }) };
    const report = await verifySite({
      site,
      ca: values["ca-file"] === undefined ? undefined : await readCaFile(resolvePath(values["ca-file"], io.cwd)),
      minDaysLeft: parseNumber(values["min-days"], "--min-days", 0, 3650),
      timeoutMs: mapDefined(parseNumber(values.timeout, "--timeout", 0.1, 600), (s) => s * 1000),
      httpsPort: parseNumber(values["https-port"], "--https-port", 1, 65535),
      httpPort: parseNumber(values["http-port"], "--http-port", 1, 65535),
      cloudflareRanges: values["cloudflare-range"],
      resolver,
    });
    io.out(`${values.json ? report.toJson() : report.toTable()}\n`);
    return report.exitCode(values.strict === true);
  } catch (e) {
    // Exit 2 either way: nothing was judged, so CI must not read it as a failed check.
    return usageError(e instanceof VerifyError ? e.message : `unexpected failure: ${(e as Error)?.stack ?? String(e)}`);
  }
}

async function describeSite(
  from: string | undefined,
  stack: string | undefined,
  outputsFile: string | undefined,
  option: SslOption | undefined,
  hostnames: string[] | undefined,
  addresses: string[] | undefined,
  cwd: string | undefined,
): Promise<VerifySite> {
  if (from !== undefined) {
    const site = await readSiteFromStack({ from: resolvePath(from, cwd), stack, outputsFile: mapDefined(outputsFile, (f) => resolvePath(f, cwd)), nodeBalancerAddresses: addresses });
    return { ...site, option: option ?? site.option, hostnames: hostnames ?? site.hostnames };
  }
  if (stack !== undefined || outputsFile !== undefined) throw new VerifyError("--stack and --outputs need --from");
  if (option === undefined || hostnames === undefined) {
    throw new VerifyError("give --from <dir> (cdktf.out or a published folder), or --option and at least one --hostname");
  }
  return { option, hostnames, nodeBalancerAddresses: addresses, renewal: RenewalWindow.none() };
}

function parseOption(text: string): SslOption {
  const options = Object.values(SslOption) as string[];
  if (!options.includes(text)) throw new VerifyError(`--option "${text}" is not one of ${options.join(", ")}`);
  return text as SslOption;
}

function parseNumber(text: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max) throw new VerifyError(`${flag} "${text}" must be a number from ${min} to ${max}`);
  return value;
}

/** `--resolve name=ip[,ip]`: a bad entry is a bad flag (exit 2), never a DNS failure of the site. */
function parseResolve(entries: readonly string[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const entry of entries) {
    const parts = entry.split("=");
    const [name, addresses] = parts;
    if (parts.length !== 2 || !name || !addresses) throw new VerifyError(`--resolve "${entry}" must look like www.example.com=203.0.113.10`);
    checkHostname(name, "--resolve");
    const list = addresses.split(",").map((a) => a.trim());
    const bad = list.find((a) => isIP(a) === 0);
    if (bad !== undefined) throw new VerifyError(`--resolve "${entry}": "${bad}" is not an IPv4 or IPv6 address`);
    table[name.toLowerCase()] = [...(table[name.toLowerCase()] ?? []), ...list];
  }
  return table;
}

/** A DNS name as visitors type it: no scheme, port or path (`https://www.example.com/` is a bad flag). */
function checkHostname(name: string, flag = "--hostname"): void {
  const label = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;
  const bare = name.replace(/\.$/, "");
  if (bare.length > 253 || !bare.split(".").every((l) => label.test(l))) {
    throw new VerifyError(`${flag} "${name}" is not a host name (e.g. www.example.com, without scheme, port or path)`);
  }
}

async function readCaFile(file: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    throw new VerifyError(`--ca-file: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function resolvePath(p: string, cwd: string | undefined): string {
  return path.resolve(cwd ?? process.cwd(), p);
}

function mapDefined<T, U>(value: T | undefined, f: (v: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}
