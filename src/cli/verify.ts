import { promises as fs } from "node:fs";
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
  tls.chain        the chain verifies to the system roots (or --ca-file)
  tls.hostname     the certificate covers the name
  tls.key          the leaf is RSA where the NodeBalancer serves it (option 1)
  tls.expiry       days left against --min-days and the stack's renewal window
  tls.version      TLS 1.2 or newer is negotiated
  tls.legacy       TLS 1.0 and TLS 1.1 are refused
  http.redirect    port 80 redirects to https, same host and path (where port 80 is open)
  backends.same-cert  option 2: every backend serves the same certificate (handshakes sampled
                   through the NodeBalancer)
  origin.firewall  option 3: the NodeBalancer completes no handshake for this client (outside
                   Cloudflare), and edge.answers: the edge answers HTTPS without a 52x error

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
      --min-days <n>        fail when fewer days are left (default 14)
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
    const site = await describeSite(values.from, values.stack, values.outputs, option, values.hostname, values["nodebalancer-ip"], io.cwd);
    const report = await verifySite({
      site,
      ca: values["ca-file"] === undefined ? undefined : await readCaFile(resolvePath(values["ca-file"], io.cwd)),
      minDaysLeft: parseNumber(values["min-days"], "--min-days", 0, 3650),
      timeoutMs: mapDefined(parseNumber(values.timeout, "--timeout", 0.1, 600), (s) => s * 1000),
      httpsPort: parseNumber(values["https-port"], "--https-port", 1, 65535),
      httpPort: parseNumber(values["http-port"], "--http-port", 1, 65535),
      cloudflareRanges: values["cloudflare-range"],
      resolver: values.resolve === undefined ? undefined : staticResolver(parseResolve(values.resolve)),
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

function parseResolve(entries: readonly string[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const entry of entries) {
    const [name, addresses] = entry.split("=");
    if (!name || !addresses) throw new VerifyError(`--resolve "${entry}" must look like www.example.com=203.0.113.10`);
    table[name.toLowerCase()] = [...(table[name.toLowerCase()] ?? []), ...addresses.split(",")];
  }
  return table;
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
