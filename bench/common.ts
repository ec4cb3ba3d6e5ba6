/**
 * Shared definitions of the synth benchmark: the SSL options, the backend set of a given size and
 * the site every variant describes. Imported by both the package app and the hand-written
 * baseline, so that this file must stay free of package and provider imports.
 */

/** The three SSL options of the package. */
export const OPTIONS = ["terminate", "passthrough", "cloudflare"] as const;
export type SslOption = (typeof OPTIONS)[number];

/** One backend of a benchmark site. */
export interface BackendSpec {
  /** Private IPv4 in 192.168.128.0/17. */
  readonly ip: string;
  /** Node label, `app-<i>`. */
  readonly label: string;
  /** SSH host: an address from the IPv6 documentation range 2001:db8::/32 (unique per backend). */
  readonly sshHost: string;
  /** A numeric Linode ID, so that the backend firewall is attached. */
  readonly linodeId: string;
}

/** Backend `i` (0-based): 192.168.{128 + floor(i/250)}.{1 + i%250}, `app-<i>`, 2001:db8::<i+1 hex>. */
export function backendSpec(i: number): BackendSpec {
  return {
    ip: `192.168.${128 + Math.floor(i / 250)}.${1 + (i % 250)}`,
    label: `app-${i}`,
    sshHost: `2001:db8::${(i + 1).toString(16)}`,
    linodeId: String(41_000_000 + i),
  };
}

/** The first `n` backends. */
export function backendSpecs(n: number): BackendSpec[] {
  return Array.from({ length: n }, (_, i) => backendSpec(i));
}

/** The site every variant builds. */
export const SITE = {
  stackName: "bench-site",
  domainNames: ["www.example.com", "example.com"],
  zoneName: "example.com",
  region: "us-east",
  label: "bench-site",
  adminCidr: "203.0.113.0/24",
  email: "ops@example.com",
} as const;

/** What a child process prints (one JSON line prefixed with {@link RESULT_PREFIX}) after synth. */
export interface ChildReport {
  /** ms from process start (performance.timeOrigin) to the end of the imports. */
  readonly importMs: number;
  /** ms spent constructing the app and its stack. */
  readonly constructMs: number;
  /** ms spent in app.synth(). */
  readonly synthMs: number;
  /** process.resourceUsage().maxRSS of the child itself, KB. */
  readonly maxRssKb: number;
}

/** Prefix of the report line on the child's stdout. */
export const RESULT_PREFIX = "BENCH_RESULT ";

/** Parses the arguments `<option> <backends> <outdir>` of a site child. */
export function parseSiteArgs(argv: readonly string[]): { option: SslOption; n: number; outdir: string } {
  const [option, count, outdir] = argv;
  if (!(OPTIONS as readonly string[]).includes(option) || !/^[1-9][0-9]*$/.test(count ?? "") || !outdir) {
    throw new Error(`usage: <${OPTIONS.join("|")}> <backends> <outdir>; got ${JSON.stringify(argv)}`);
  }
  return { option: option as SslOption, n: Number(count), outdir };
}
