/**
 * Synth benchmark of cdktf-nodebalancer-ssl (a script, not a test). Every measurement is a fresh
 * process; wall time is taken around the process, peak memory is its max RSS (GNU time's %M when
 * /usr/bin/time is there, else each node process reports process.resourceUsage().maxRSS itself),
 * CPU is user + system time of the process tree. On Linux, a sample during which other processes
 * used the CPUs (from /proc/stat) is measured again, up to twice: the machine may be shared.
 *
 *   (a) the example stacks, synthesized like `npm run synth` (tsx), through npm, and precompiled JS;
 *   (b) one SiteStack per SSL option with 1, 10, 100, 1,000 backends;
 *   (c) the same site hand-written with the provider L1 classes (bench/baseline), checked to
 *       synthesize the same resource types and counts, and the ratio package/baseline;
 *   (d) importing the package entry point vs bare node, cdktf, and the L1 modules it loads;
 *   plus the import audit (bench/import-audit.ts) and the growth from 100 to 1,000 backends.
 *
 * Usage (after `tsc -p tsconfig.json`): node lib/bench/run.js [--quick] [--runs N] [--sizes 1,10,100,1000]
 *   [--options terminate,passthrough,cloudflare] [--json] [--out FILE] [--rss auto|time|probe] [--no-warmup]
 * Environment: BENCH_RUNS, BENCH_SIZES override the defaults the same way.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type ProcessResult, runProcess } from "../src/private/spawn";
import { type ChildReport, OPTIONS, RESULT_PREFIX, SITE, type SslOption } from "./common";
import type { ImportAudit } from "./import-audit";
import { type Summary, summarize, table } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");
const LIB_BENCH = __dirname;
const PACKAGE_ENTRY = path.join(ROOT, "lib", "src", "index.js");
const CHILD_TIMEOUT_MS = 180_000;
/** GNU time: wall s, max RSS KB, user s, system s (user and system include waited-for children). */
const TIME_FORMAT = "%e %M %U %S";
const TIME_LINE = /^(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/;
const LOAD_AT_START = os.loadavg();

// ---------------------------------------------------------------------------------------------
// Options

interface Config {
  readonly quick: boolean;
  readonly runs: number;
  readonly sizes: readonly number[];
  readonly options: readonly SslOption[];
  readonly json: boolean;
  readonly out: string;
  readonly rss: "time" | "probe";
  readonly warmup: boolean;
}

const USAGE = `Usage: node lib/bench/run.js [options]   (npm run bench -- [options])
  --quick              one run each, light warm-up (< 1 minute)
  --runs N             runs per measurement (default 5; 1 with --quick; env BENCH_RUNS)
  --sizes LIST         backend counts (default 1,10,100,1000; env BENCH_SIZES)
  --options LIST       SSL options (default ${OPTIONS.join(",")})
  --json               print only the JSON result on stdout (progress stays on stderr)
  --out FILE           where to write the JSON (default bench/results.json)
  --rss auto|time|probe  how peak memory is taken (default auto: GNU time if present)
  --no-warmup          no untimed warm-up run
  -h, --help           this help`;

function parseConfig(argv: string[]): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      sizes: { type: "string" },
      options: { type: "string" },
      json: { type: "boolean", default: false },
      out: { type: "string" },
      rss: { type: "string", default: "auto" },
      "no-warmup": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  const runsText = values.runs ?? process.env.BENCH_RUNS ?? (quick ? "1" : "5");
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error(`--runs: a whole number from 1 to 100, got ${runsText}`);
  const sizesText = values.sizes ?? process.env.BENCH_SIZES ?? "1,10,100,1000";
  const sizes = sizesText.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1000)) throw new Error(`--sizes: whole numbers from 1 to 1000, got ${sizesText}`);
  const options = (values.options ?? OPTIONS.join(",")).split(",").map((s) => s.trim());
  for (const o of options) if (!(OPTIONS as readonly string[]).includes(o)) throw new Error(`--options: one of ${OPTIONS.join(", ")}, got ${o}`);
  const rssMode = values.rss ?? "auto";
  if (!["auto", "time", "probe"].includes(rssMode)) throw new Error(`--rss: auto, time or probe, got ${rssMode}`);
  const timeWorks = gnuTimeWorks();
  if (rssMode === "time" && !timeWorks) throw new Error("--rss time: /usr/bin/time (GNU time with -f and -o) is not usable here");
  return {
    quick,
    runs,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    options: options as SslOption[],
    json: values.json === true,
    out: path.resolve(values.out ?? path.join(ROOT, "bench", "results.json")),
    rss: rssMode === "probe" || !timeWorks ? "probe" : "time",
    warmup: values["no-warmup"] !== true,
  };
}

function gnuTimeWorks(): boolean {
  if (!fs.existsSync("/usr/bin/time")) return false;
  const probe = path.join(os.tmpdir(), `bench-time-probe-${process.pid}`);
  const r = spawnSync("/usr/bin/time", ["-f", TIME_FORMAT, "-o", probe, process.execPath, "-e", "0"], { stdio: "ignore" });
  const ok = r.status === 0 && fs.existsSync(probe) && TIME_LINE.test(fs.readFileSync(probe, "utf8").trim().split("\n").pop() ?? "");
  fs.rmSync(probe, { force: true });
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Running one process

/** What a series runs: a command, and whether it gets a temporary CDKTF_OUTDIR. */
interface Command {
  readonly file: string;
  readonly args: readonly string[];
  /** Placeholder `{outdir}` in args (or CDKTF_OUTDIR) is replaced by a fresh temporary folder. */
  readonly outdir: boolean;
  /** Reads the synthesized output; throws when it is not what was expected. */
  readonly verify?: (outdir: string) => SynthCheck;
}

/** What was synthesized. */
interface SynthCheck {
  /** `resource.<type>` / `data.<type>` → number of blocks. */
  readonly counts?: Record<string, number>;
  /** Bytes of Terraform JSON written. */
  readonly bytes: number;
  /** Stacks synthesized. */
  readonly stacks: number;
}

interface Sample {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly maxRssKb?: number;
  /** User + system CPU time of the process and its children, ms. */
  readonly cpuMs?: number;
  readonly report?: ChildReport;
  readonly check?: SynthCheck;
  readonly error?: string;
  /**
   * CPU ms that other processes used on the machine during the sample (busy time from /proc/stat,
   * steal included, minus the sample's own CPU); undefined where /proc/stat or the CPU time is missing.
   */
  readonly foreignCpuMs?: number;
  /** Measurements discarded before this one because other processes were busy. */
  readonly retries?: number;
}

/** Busy CPU ms of the whole machine so far (Linux /proc/stat, USER_HZ = 100), or undefined. */
function machineBusyMs(): number | undefined {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...
    const busy = cpu[0] + cpu[1] + cpu[2] + (cpu[5] ?? 0) + (cpu[6] ?? 0) + (cpu[7] ?? 0);
    return Number.isFinite(busy) ? busy * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Foreign CPU above this share of the sample's wall time marks the sample as disturbed. */
const CONTENTION_SHARE = 0.25;
const MAX_RETRIES = 2;

/** Measures once; repeats (up to MAX_RETRIES) when other processes took a share of the CPUs meanwhile. */
async function measureQuietly(command: Command, config: Config): Promise<Sample> {
  let sample = await measure(command, config);
  let retries = 0;
  while (sample.ok && sample.foreignCpuMs !== undefined && sample.foreignCpuMs > CONTENTION_SHARE * sample.wallMs && retries < MAX_RETRIES) {
    retries++;
    sample = await measure(command, config);
  }
  return { ...sample, retries };
}

const BASE_ENV: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1", FORCE_COLOR: "0" };

function runChild(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return runProcess(file, {
    args,
    cwd: ROOT,
    env,
    timeoutMs: CHILD_TIMEOUT_MS,
    killSignal: "SIGKILL",
    stdoutLimit: { chars: 1_000_000, keep: "first" },
    stderrLimit: { chars: 200_000, keep: "first" },
  });
}

async function measure(command: Command, config: Config): Promise<Sample> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-nb-bench-"));
  const outdir = path.join(scratch, "out");
  const rssFile = path.join(scratch, "rss.txt");
  try {
    const args = command.args.map((a) => a.replace("{outdir}", outdir));
    const env: NodeJS.ProcessEnv = { ...BASE_ENV };
    if (command.outdir) env.CDKTF_OUTDIR = outdir;
    let file = command.file;
    let fullArgs: string[] = args;
    if (config.rss === "time") {
      file = "/usr/bin/time";
      fullArgs = ["-f", TIME_FORMAT, "-o", rssFile, command.file, ...args];
    } else {
      env.BENCH_RSS_FILE = rssFile;
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(path.join(LIB_BENCH, "rss-probe.js"))}`.trim();
    }
    const busyBefore = machineBusyMs();
    const r = await runChild(file, fullArgs, env);
    const busyAfter = machineBusyMs();
    const { maxRssKb, cpuMs } = readUsage(rssFile, config.rss);
    const foreignCpuMs = busyBefore !== undefined && busyAfter !== undefined && cpuMs !== undefined ? Math.max(0, busyAfter - busyBefore - cpuMs) : undefined;
    const line = r.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
    const report = line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildReport) : undefined;
    if (r.code !== 0) {
      const tail = `${r.stderr}\n${r.stdout}`.trim().split("\n").slice(-12).join("\n");
      return { ok: false, wallMs: r.wallMs, maxRssKb, cpuMs, error: `exit ${r.code ?? r.signal}: ${tail}` };
    }
    let check: SynthCheck | undefined;
    if (command.verify) {
      try {
        check = command.verify(outdir);
      } catch (e) {
        return { ok: false, wallMs: r.wallMs, maxRssKb, cpuMs, report, error: `output check: ${(e as Error).message}` };
      }
    }
    return { ok: true, wallMs: r.wallMs, maxRssKb, cpuMs, report, check, foreignCpuMs };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function readUsage(file: string, mode: "time" | "probe"): { maxRssKb?: number; cpuMs?: number } {
  if (!fs.existsSync(file)) return {};
  const lines = fs.readFileSync(file, "utf8").trim().split("\n");
  if (mode === "time") {
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const m = TIME_LINE.exec(lines[lines.length - 1] ?? "");
    return m ? { maxRssKb: Number(m[2]), cpuMs: (Number(m[3]) + Number(m[4])) * 1000 } : {};
  }
  const rows = lines.map((l) => l.split(" ").map(Number)).filter((r) => r.length === 3 && r.every(Number.isFinite));
  if (rows.length === 0) return {};
  return { maxRssKb: Math.max(...rows.map((r) => r[1])), cpuMs: rows.reduce((sum, r) => sum + r[2] / 1000, 0) };
}

// ---------------------------------------------------------------------------------------------
// Output checks

function countBlocks(json: { resource?: Record<string, object>; data?: Record<string, object> }): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of ["resource", "data"] as const) {
    for (const [type, blocks] of Object.entries(json[kind] ?? {})) counts[`${kind}.${type}`] = Object.keys(blocks).length;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function verifySite(outdir: string): SynthCheck {
  const file = path.join(outdir, "stacks", SITE.stackName, "cdk.tf.json");
  if (!fs.existsSync(file)) throw new Error(`${file} was not written`);
  const text = fs.readFileSync(file, "utf8");
  return { counts: countBlocks(JSON.parse(text)), bytes: Buffer.byteLength(text), stacks: 1 };
}

function verifyExamples(outdir: string): SynthCheck {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  const stacks = Object.values(manifest.stacks);
  if (stacks.length === 0) throw new Error("manifest.json lists no stack");
  let bytes = 0;
  for (const stack of stacks) bytes += fs.statSync(path.join(outdir, stack.synthesizedStackPath)).size;
  return { bytes, stacks: stacks.length };
}

function diffCounts(a: Record<string, number> = {}, b: Record<string, number> = {}): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${k}: package ${a[k] ?? 0}, baseline ${b[k] ?? 0}`);
}

// ---------------------------------------------------------------------------------------------
// The series

type Variant = "package" | "baseline";

interface Series {
  readonly id: string;
  readonly group: "import" | "examples" | "site";
  readonly label: string;
  readonly command: Command;
  readonly option?: SslOption;
  readonly backends?: number;
  readonly variant?: Variant;
  readonly samples: Sample[];
}

function nodeEval(code: string): Command {
  return { file: process.execPath, args: ["-e", code], outdir: false };
}

function buildSeries(config: Config, l1Modules: readonly string[]): Series[] {
  const series: Series[] = [];
  const add = (s: Omit<Series, "samples">) => series.push({ ...s, samples: [] });
  const requireAll = (paths: readonly string[]) => paths.map((p) => `require(${JSON.stringify(p)});`).join("");
  add({ id: "import:node", group: "import", label: "node -e 0 (bare node)", command: nodeEval("0") });
  add({ id: "import:cdktf", group: "import", label: 'require("cdktf")', command: nodeEval('require("cdktf")') });
  add({
    id: "import:l1",
    group: "import",
    label: `cdktf + the ${l1Modules.length} L1 modules the package loads`,
    command: nodeEval(`require("cdktf");${requireAll(l1Modules)}`),
  });
  add({ id: "import:package", group: "import", label: 'require("<repo>/lib/src/index.js")', command: nodeEval(`require(${JSON.stringify(PACKAGE_ENTRY)})`) });

  const tsxCli = path.join(path.dirname(require.resolve("tsx/package.json", { paths: [ROOT] })), "dist", "cli.mjs");
  add({ id: "examples:tsx", group: "examples", label: "tsx stacks/main.ts", command: { file: process.execPath, args: [tsxCli, "stacks/main.ts"], outdir: true, verify: verifyExamples } });
  add({ id: "examples:npm", group: "examples", label: "npm run -s synth", command: { file: "npm", args: ["run", "-s", "synth"], outdir: true, verify: verifyExamples } });
  add({ id: "examples:js", group: "examples", label: "node lib/stacks/main.js", command: { file: process.execPath, args: [path.join("lib", "stacks", "main.js")], outdir: true, verify: verifyExamples } });

  for (const option of config.options) {
    for (const n of config.sizes) {
      for (const variant of ["package", "baseline"] as const) {
        add({
          id: `site:${option}:${n}:${variant}`,
          group: "site",
          label: `${variant} ${option} n=${n}`,
          option,
          backends: n,
          variant,
          command: { file: process.execPath, args: [path.join(LIB_BENCH, `site-${variant}.js`), option, String(n), "{outdir}"], outdir: false, verify: verifySite },
        });
      }
    }
  }
  return series;
}

// ---------------------------------------------------------------------------------------------
// Main

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

function runImportAudit(): ImportAudit {
  const r = spawnSync(process.execPath, [path.join(LIB_BENCH, "import-audit.js"), "--json"], { cwd: ROOT, env: BASE_ENV, encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1) throw new Error(`import audit failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ImportAudit;
}

function machine(config: Config) {
  const git = (args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ?? "";
  const dirty = git(["status", "--porcelain", "--", "src", "stacks", "bench", "package.json"]);
  const tf = spawnSync("terraform", ["version"], { encoding: "utf8", env: BASE_ENV });
  return {
    date: new Date().toISOString(),
    node: process.version,
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cdktf: (require(require.resolve("cdktf/package.json", { paths: [ROOT] })) as { version: string }).version,
    terraform: tf.status === 0 ? (tf.stdout.split("\n")[0] ?? "").trim() : "not found",
    gitCommit: git(["rev-parse", "--short", "HEAD"]),
    gitDirtyFiles: dirty ? dirty.split("\n").length : 0,
    runs: config.runs,
    quick: config.quick,
    sizes: config.sizes,
    options: config.options,
    loadAverageAtStart: LOAD_AT_START.map((l) => Math.round(l * 100) / 100),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    rssMethod: config.rss === "time" ? "GNU /usr/bin/time %M (max RSS of the largest process in the tree)" : "process.resourceUsage().maxRSS reported by each node process (largest)",
    appConfig: "new App({ outdir, stackTraces: false }) in both the package and the baseline child",
  };
}

async function main(): Promise<number> {
  const config = parseConfig(process.argv.slice(2));
  if (!fs.existsSync(PACKAGE_ENTRY) || !fs.existsSync(path.join(LIB_BENCH, "site-baseline.js"))) {
    log(`Build first: ${PACKAGE_ENTRY} or lib/bench is missing (npx tsc -p tsconfig.json).`);
    return 2;
  }
  const started = performance.now();
  log(`cdktf-nodebalancer-ssl synth benchmark: ${config.runs} run(s), sizes ${config.sizes.join(", ")}, options ${config.options.join(", ")}, peak memory by ${config.rss}`);

  const load = os.loadavg()[0];
  if (load > 0.5 * os.cpus().length) {
    log(`warning: load average ${load.toFixed(2)} on ${os.cpus().length} CPU(s): other processes compete for the cores; wall times will be noisy (see the min and CPU columns).`);
  }
  const audit = runImportAudit();
  log(`import audit: ${audit.ok ? "OK" : "VIOLATIONS"} (${audit.providerModules.length} provider modules, ${audit.modulesLoaded} modules)`);
  const l1Modules = audit.providerModules.map((m) => path.join(ROOT, m.module));
  const series = buildSeries(config, l1Modules);

  if (config.warmup) {
    // Untimed: fills the file cache and tsx's transform cache, as in a normal edit-synth loop.
    const smallest = config.sizes[0];
    const warm = config.quick
      ? series.filter((s) => s.id === "import:package" || s.id === "examples:tsx" || (s.backends === smallest && s.option === config.options[0]))
      : series.filter((s) => s.group !== "site" || s.backends === smallest);
    log(`warm-up: ${warm.length} untimed process(es)`);
    for (const s of warm) await measure(s.command, config);
  }

  const failures: string[] = [];
  const mismatches = new Map<string, string[]>();
  for (let run = 0; run < config.runs; run++) {
    const order = series.filter((s) => s.group !== "site");
    for (const option of config.options) {
      for (const n of config.sizes) {
        const pair = series.filter((s) => s.option === option && s.backends === n);
        // Alternate which variant goes first, so that neither always follows the other.
        order.push(...(run % 2 === 0 ? pair : [...pair].reverse()));
      }
    }
    for (const s of order) {
      const sample = await measureQuietly(s.command, config);
      s.samples.push(sample);
      const rss = sample.maxRssKb === undefined ? "?" : `${(sample.maxRssKb / 1024).toFixed(0)} MiB`;
      const noise = sample.foreignCpuMs === undefined ? "" : `  others ${(sample.foreignCpuMs / 1000).toFixed(2)} s CPU${sample.retries ? ` (${sample.retries} retried)` : ""}`;
      log(`[run ${run + 1}/${config.runs}] ${s.label.padEnd(48)} ${(sample.wallMs / 1000).toFixed(2)} s  ${rss}${noise}${sample.ok ? "" : "  FAILED"}`);
      if (!sample.ok) failures.push(`${s.label} (run ${run + 1}): ${sample.error}`);
    }
    for (const option of config.options) {
      for (const n of config.sizes) {
        const pkg = series.find((s) => s.id === `site:${option}:${n}:package`)!.samples[run];
        const base = series.find((s) => s.id === `site:${option}:${n}:baseline`)!.samples[run];
        if (!pkg?.ok || !base?.ok) continue;
        const diff = diffCounts(pkg.check?.counts, base.check?.counts);
        if (diff.length > 0 && !mismatches.has(`${option}:${n}`)) {
          mismatches.set(`${option}:${n}`, diff);
          log(`\n*** RESOURCE MISMATCH ${option} n=${n}: the baseline does not synthesize what the package does:\n    ${diff.join("\n    ")}\n`);
        }
      }
    }
  }

  const result = analyse(config, series, audit, mismatches, failures, (performance.now() - started) / 1000);
  fs.mkdirSync(path.dirname(config.out), { recursive: true });
  fs.writeFileSync(config.out, `${JSON.stringify(result, null, 2)}\n`);
  if (config.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${render(result)}\nJSON: ${path.relative(process.cwd(), config.out) || config.out}\n`);
  }
  if (failures.length > 0) log(`\n${failures.length} measurement(s) FAILED:\n  ${failures.slice(0, 10).join("\n  ")}`);
  if (mismatches.size > 0) log(`\nRESOURCE MISMATCH between package and baseline for: ${[...mismatches.keys()].join(", ")}`);
  return failures.length > 0 || mismatches.size > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Analysis

interface Stat {
  readonly wallMs: Summary | null;
  readonly maxRssKb: Summary | null;
  readonly cpuMs: Summary | null;
  /** In-process ms of construction + app.synth() (children that report it). */
  readonly workMs: Summary | null;
  /** In-process ms from process start to the end of the imports. */
  readonly importMs: Summary | null;
  readonly failed: number;
  /** Samples kept although other processes were busy during them (after the retries). */
  readonly disturbed: number;
  /** Samples that were measured again because other processes were busy. */
  readonly retried: number;
}

function stat(samples: readonly Sample[]): Stat {
  const ok = samples.filter((s) => s.ok);
  const of = (pick: (s: Sample) => number | undefined) => {
    const values = ok.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? summarize(values) : null;
  };
  return {
    wallMs: of((s) => s.wallMs),
    maxRssKb: of((s) => s.maxRssKb),
    cpuMs: of((s) => s.cpuMs),
    workMs: of((s) => (s.report ? s.report.constructMs + s.report.synthMs : undefined)),
    importMs: of((s) => s.report?.importMs),
    failed: samples.length - ok.length,
    disturbed: ok.filter((s) => s.foreignCpuMs !== undefined && s.foreignCpuMs > CONTENTION_SHARE * s.wallMs).length,
    retried: samples.reduce((sum, s) => sum + (s.retries ?? 0), 0),
  };
}

/**
 * Median of the per-run ratios package/baseline: each run measures the two back to back, so a
 * change in background load between runs cancels out.
 */
function pairedRatio(pkg: readonly Sample[], base: readonly Sample[], pick: (s: Sample) => number | undefined = (s) => s.wallMs): number {
  const ratios = pkg.flatMap((p, i) => {
    const [a, b] = [pick(p), base[i] ? pick(base[i]) : undefined];
    return p.ok && base[i]?.ok && a !== undefined && b !== undefined && b > 0 ? [a / b] : [];
  });
  return ratios.length ? summarize(ratios).median : NaN;
}

const IDEAL_GROWTH = 999 / 99; // variable part of n=1000 over that of n=100, both measured from n=1

function analyse(config: Config, series: readonly Series[], audit: ImportAudit, mismatches: Map<string, string[]>, failures: readonly string[], seconds: number) {
  const byId = new Map(series.map((s) => [s.id, s]));
  const med = (s: Summary | null) => s?.median ?? NaN;
  const imports = series.filter((s) => s.group === "import").map((s) => ({ id: s.id, label: s.label, ...stat(s.samples) }));
  const examples = series.filter((s) => s.group === "examples").map((s) => ({ id: s.id, label: s.label, stacks: s.samples.find((x) => x.ok)?.check?.stacks, ...stat(s.samples) }));
  const sites = config.options.flatMap((option) =>
    config.sizes.map((n) => {
      const pkgSeries = byId.get(`site:${option}:${n}:package`)!;
      const baseSeries = byId.get(`site:${option}:${n}:baseline`)!;
      const pkg = stat(pkgSeries.samples);
      const base = stat(baseSeries.samples);
      const check = pkgSeries.samples.find((x) => x.ok)?.check;
      const baseCheck = baseSeries.samples.find((x) => x.ok)?.check;
      return {
        option,
        backends: n,
        package: pkg,
        baseline: base,
        ratioWall: pairedRatio(pkgSeries.samples, baseSeries.samples),
        ratioOfMedians: med(pkg.wallMs) / med(base.wallMs),
        ratioCpu: pairedRatio(pkgSeries.samples, baseSeries.samples, (x) => x.cpuMs),
        importDeltaMs: med(pkg.importMs) - med(base.importMs),
        ratioWork: med(pkg.workMs) / med(base.workMs),
        ratioRss: med(pkg.maxRssKb) / med(base.maxRssKb),
        resourceCounts: check?.counts ?? null,
        resourceBlocks: check?.counts ? Object.values(check.counts).reduce((a, b) => a + b, 0) : null,
        jsonBytes: { package: check?.bytes ?? null, baseline: baseCheck?.bytes ?? null },
        countsMatch: !mismatches.has(`${option}:${n}`) && check !== undefined && baseCheck !== undefined,
        mismatch: mismatches.get(`${option}:${n}`) ?? null,
      };
    }),
  );

  const hasGrowth = config.sizes.includes(1) && config.sizes.includes(100) && config.sizes.includes(1000);
  const linearity = !hasGrowth
    ? []
    : config.options.flatMap((option) =>
        (["package", "baseline"] as const).map((variant) => {
          const at = (n: number) => stat(byId.get(`site:${option}:${n}:${variant}`)!.samples);
          const [s1, s100, s1000] = [at(1), at(100), at(1000)];
          const growth = (pick: (s: Stat) => Summary | null) => {
            const v100 = med(pick(s100)) - med(pick(s1));
            const v1000 = med(pick(s1000)) - med(pick(s1));
            return {
              at1: med(pick(s1)),
              at100: med(pick(s100)),
              at1000: med(pick(s1000)),
              ratio1000to100: med(pick(s1000)) / med(pick(s100)),
              variableRatio: v1000 / v100,
              perBackendMs: (med(pick(s1000)) - med(pick(s100))) / 900,
            };
          };
          const wall = growth((s) => s.wallMs);
          const work = growth((s) => s.workMs);
          // Judged on the in-process work (construct + synth), which the process start and the imports do not blur.
          const linear = work.variableRatio <= IDEAL_GROWTH * 1.3;
          return { option, variant, wall, work, idealVariableRatio: IDEAL_GROWTH, linear };
        }),
      );

  const examplesJs = examples.find((e) => e.id === "examples:js");
  const examplesTsx = examples.find((e) => e.id === "examples:tsx");
  const pkgImport = imports.find((i) => i.id === "import:package");
  const maxRatio = Math.max(...sites.map((s) => s.ratioWall).filter((r) => Number.isFinite(r)));
  const worst = sites.reduce((a, b) => (b.ratioWall > a.ratioWall ? b : a), sites[0]);
  const at1000 = sites.filter((s) => s.backends === 1000);
  const slowest1000 = at1000.length ? at1000.reduce((a, b) => (med(b.package.wallMs) > med(a.package.wallMs) ? b : a)) : undefined;
  const pkgLinear = linearity.filter((l) => l.variant === "package");
  // Judged on the median wall time; the minimum and the CPU time are shown next to it, since they
  // are what a quiet machine gives when other processes compete for the cores.
  const timing = (s: { wallMs: Summary | null; cpuMs: Summary | null } | undefined) =>
    s?.wallMs ? `${fmtS(s.wallMs.median)} (min ${fmtS(s.wallMs.min)}, CPU ${fmtS(med(s.cpuMs))})` : "n/a";
  const maxCpuRatio = Math.max(...sites.map((x) => x.ratioCpu).filter((r) => Number.isFinite(r)));
  const targets = [
    { target: "example stacks, tsx (npm run synth path) <= 1.5 s", measured: timing(examplesTsx), met: med(examplesTsx?.wallMs ?? null) <= 1500 },
    { target: "example stacks, precompiled JS <= 1.5 s", measured: timing(examplesJs), met: med(examplesJs?.wallMs ?? null) <= 1500 },
    {
      target: "package/baseline wall <= 1.10 at every size",
      measured: worst ? `max ${maxRatio.toFixed(2)} (${worst.option} n=${worst.backends}); CPU max ${maxCpuRatio.toFixed(2)}` : "n/a",
      met: maxRatio <= 1.1,
    },
    ...(slowest1000 ? [{ target: "1,000 backends <= 3 s (package, slowest option)", measured: `${timing(slowest1000.package)} ${slowest1000.option}`, met: med(slowest1000.package.wallMs) <= 3000 }] : []),
    ...(pkgLinear.length
      ? [{
          target: "growth 100 -> 1,000 backends linear (package)",
          measured: pkgLinear.map((l) => `${l.option} x${l.work.variableRatio.toFixed(1)}`).join(", ") + ` (ideal x${IDEAL_GROWTH.toFixed(1)})`,
          met: pkgLinear.every((l) => l.linear),
        }]
      : []),
    { target: "importing the package <= 0.4 s", measured: timing(pkgImport), met: med(pkgImport?.wallMs ?? null) <= 400 },
    { target: "no provider root index loaded by the entry point", measured: audit.ok ? "none" : `${audit.violations.length} violation(s), ${audit.sideEffects.length} side effect(s)`, met: audit.ok },
  ];
  const all = series.flatMap((x) => x.samples);
  const noise = {
    rule: `a sample is re-measured (up to ${MAX_RETRIES} times) when other processes used more than ${CONTENTION_SHARE * 100}% of its wall time in CPU`,
    samples: all.length,
    retried: all.reduce((sum, x) => sum + (x.retries ?? 0), 0),
    keptDisturbed: all.filter((x) => x.ok && x.foreignCpuMs !== undefined && x.foreignCpuMs > CONTENTION_SHARE * x.wallMs).length,
  };
  return { machine: machine(config), seconds: Math.round(seconds), noise, examples, sites, imports, linearity, importAudit: audit, targets, failures };
}

// ---------------------------------------------------------------------------------------------
// Rendering

function fmtS(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a";
}

function spread(s: Summary | null, unit: "s" | "ms" = "s"): string {
  if (!s) return "n/a";
  const f = (v: number) => (unit === "s" ? (v / 1000).toFixed(2) : v.toFixed(0));
  return `${f(s.min)}-${f(s.max)}`;
}

function secs(s: Summary | null): string {
  return s ? (s.median / 1000).toFixed(2) : "n/a";
}

function iqr(s: Summary | null): string {
  return s ? `${((s.q3 - s.q1) / 1000).toFixed(2)}` : "n/a";
}

function mib(s: Summary | null): string {
  return s ? `${(s.median / 1024).toFixed(0)}` : "n/a";
}

type Result = ReturnType<typeof analyse>;

function render(r: Result): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`Machine: ${m.nproc} CPU (${m.cpu}), ${m.memoryGiB} GiB, node ${m.node}, cdktf ${m.cdktf}, ${m.terraform}; commit ${m.gitCommit}${m.gitDirtyFiles ? ` + ${m.gitDirtyFiles} changed file(s)` : ""}`);
  out.push(`Runs: ${m.runs} per row (median, min-max, IQR); wall = whole process; peak = max RSS; ${r.seconds} s in all; load average (1/5/15 min) at start ${m.loadAverageAtStart.join(" ")}, at end ${m.loadAverage.join(" ")}.`);
  out.push(`Background load: ${r.noise.retried} of ${r.noise.samples} samples re-measured because other processes were busy; ${r.noise.keptDisturbed} kept while still disturbed.`);
  out.push("");
  out.push("(a) Example stacks (all stacks of addExampleStacks, temp CDKTF_OUTDIR)");
  out.push(
    table(
      ["command", ">stacks", ">wall s", ">min-max", ">IQR", ">CPU s", ">peak MiB", ">failed"],
      r.examples.map((e) => [e.label, String(e.stacks ?? "?"), secs(e.wallMs), spread(e.wallMs), iqr(e.wallMs), secs(e.cpuMs), mib(e.maxRssKb), String(e.failed)]),
    ),
  );
  out.push("");
  out.push("(b, c) One site per SSL option: package (SiteStack + SiteTls) vs hand-written L1 baseline, fresh process each");
  out.push(
    table(
      ["option", ">backends", ">blocks", ">pkg s", ">min-max", ">base s", ">min-max", ">ratio", ">CPU ratio", ">work ratio", ">import +ms", ">pkg MiB", ">base MiB", "types"],
      r.sites.map((s) => [
        s.option,
        String(s.backends),
        String(s.resourceBlocks ?? "?"),
        secs(s.package.wallMs),
        spread(s.package.wallMs),
        secs(s.baseline.wallMs),
        spread(s.baseline.wallMs),
        Number.isFinite(s.ratioWall) ? s.ratioWall.toFixed(2) : "n/a",
        Number.isFinite(s.ratioCpu) ? s.ratioCpu.toFixed(2) : "n/a",
        Number.isFinite(s.ratioWork) ? s.ratioWork.toFixed(2) : "n/a",
        Number.isFinite(s.importDeltaMs) ? `${s.importDeltaMs >= 0 ? "+" : ""}${s.importDeltaMs.toFixed(0)}` : "n/a",
        mib(s.package.maxRssKb),
        mib(s.baseline.maxRssKb),
        s.mismatch ? "MISMATCH" : s.countsMatch ? "same" : "?",
      ]),
    ),
  );
  out.push("  ratio = median of the per-run wall ratios package/baseline (the two run back to back); CPU ratio = the same for user+system CPU;");
  out.push("  work ratio = in-process construct + synth ms, package/baseline (medians); import +ms = package minus baseline in-process time to the");
  out.push("  end of the imports; types = resource type->count maps of the two outputs compared (same = identical).");
  out.push("");
  out.push("(d) Import cost (fresh process each)");
  out.push(
    table(
      ["what", ">wall s", ">min-max", ">IQR", ">CPU s", ">peak MiB"],
      r.imports.map((i) => [i.label, secs(i.wallMs), spread(i.wallMs), iqr(i.wallMs), secs(i.cpuMs), mib(i.maxRssKb)]),
    ),
  );
  out.push(`  import audit: ${r.importAudit.ok ? "no root index, no build tool, no side effect" : "VIOLATIONS: " + [...r.importAudit.violations, ...r.importAudit.sideEffects].join("; ")}; ${r.importAudit.modulesLoaded} modules (${Object.entries(r.importAudit.modulesByPackage).map(([p, n]) => `${p} ${n}`).join(", ")}).`);
  if (r.linearity.length) {
    out.push("");
    out.push("Growth from 100 to 1,000 backends (variable part = t(n) - t(1); linear: variable(1000)/variable(100) ~ 10.1)");
    out.push(
      table(
        ["option", "variant", ">wall 100", ">wall 1000", ">x", ">work ms 1", ">work 100", ">work 1000", ">var x", ">ms/backend", "verdict"],
        r.linearity.map((l) => [
          l.option,
          l.variant,
          (l.wall.at100 / 1000).toFixed(2),
          (l.wall.at1000 / 1000).toFixed(2),
          l.wall.ratio1000to100.toFixed(2),
          l.work.at1.toFixed(0),
          l.work.at100.toFixed(0),
          l.work.at1000.toFixed(0),
          l.work.variableRatio.toFixed(1),
          l.wall.perBackendMs.toFixed(2),
          l.linear ? "linear" : "SUPERLINEAR",
        ]),
      ),
    );
    out.push("  x = wall(1000)/wall(100); var x = work variable-part ratio; ms/backend = (wall(1000) - wall(100)) / 900.");
  }
  out.push("");
  out.push("Targets (measured, not asserted)");
  out.push(table(["target", "measured", "met"], r.targets.map((t) => [t.target, t.measured, t.met ? "yes" : "NO"])));
  return out.join("\n");
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    log(`bench: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 2;
  },
);
