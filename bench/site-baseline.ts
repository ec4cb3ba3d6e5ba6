/**
 * Child process of the benchmark: the same site as site-package.ts, hand-written with the provider
 * L1 classes (bench/baseline/*). Only the option's own module is loaded, as a hand-written app
 * would import only what it uses.
 * Usage: node lib/bench/site-baseline.js <terminate|passthrough|cloudflare> <backends> <outdir>
 */
import { performance } from "node:perf_hooks";
import { App } from "cdktf";
import { backendSpecs, type BackendSpec, type ChildReport, parseSiteArgs, RESULT_PREFIX, type SslOption } from "./common";

type Builder = (app: App, backends: readonly BackendSpec[]) => void;

function load(option: SslOption): Builder {
  // Plain requires (not a static import of all three) so that each option loads only its modules.
  switch (option) {
    case "terminate":
      return (require("./baseline/terminate") as typeof import("./baseline/terminate")).build;
    case "passthrough":
      return (require("./baseline/passthrough") as typeof import("./baseline/passthrough")).build;
    case "cloudflare":
      return (require("./baseline/cloudflare") as typeof import("./baseline/cloudflare")).build;
  }
}

const { option, n, outdir } = parseSiteArgs(process.argv.slice(2));
const build = load(option);
const importMs = performance.now();

const t0 = performance.now();
const app = new App({ outdir, stackTraces: false });
build(app, backendSpecs(n));
const t1 = performance.now();
app.synth();
const t2 = performance.now();

const report: ChildReport = { importMs, constructMs: t1 - t0, synthMs: t2 - t1, maxRssKb: process.resourceUsage().maxRSS };
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(report)}\n`);
