/**
 * Child process of the benchmark: one site built with the package (SiteStack + SiteTls), imported
 * through the package's entry point like a user would, synthesized into the outdir given.
 * Usage: node lib/bench/site-package.js <terminate|passthrough|cloudflare> <backends> <outdir>
 */
import { performance } from "node:perf_hooks";
import { App } from "cdktf";
import { AcmeDnsChallenge, AcmeServer, Backend, FirewallSource, SiteStack, SiteTls, SshCredentials } from "../src";
import { backendSpecs, type ChildReport, parseSiteArgs, RESULT_PREFIX, SITE, type SslOption } from "./common";

const importMs = performance.now();
const { option, n, outdir } = parseSiteArgs(process.argv.slice(2));

function tls(choice: SslOption): SiteTls {
  switch (choice) {
    case "terminate":
      return SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), email: SITE.email });
    case "passthrough":
      return SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.cloudflare(), email: SITE.email, sshCredentials: SshCredentials.agent() });
    case "cloudflare":
      return SiteTls.cloudflare({ zoneName: SITE.zoneName });
  }
}

const t0 = performance.now();
const app = new App({ outdir, stackTraces: false });
new SiteStack(app, SITE.stackName, { acmeServer: AcmeServer.LETS_ENCRYPT_STAGING }).addSite({
  domainNames: [...SITE.domainNames],
  region: SITE.region,
  label: SITE.label,
  backends: backendSpecs(n).map((b) => Backend.fromAddress(b.ip, { label: b.label, sshHost: option === "passthrough" ? b.sshHost : undefined, linodeId: b.linodeId })),
  adminSources: FirewallSource.cidrs([SITE.adminCidr]),
  tls: tls(option),
});
const t1 = performance.now();
app.synth();
const t2 = performance.now();

const report: ChildReport = { importMs, constructMs: t1 - t0, synthMs: t2 - t1, maxRssKb: process.resourceUsage().maxRSS };
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(report)}\n`);
