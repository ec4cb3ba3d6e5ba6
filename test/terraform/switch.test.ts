import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Testing } from "cdktf";
import { afterEach, describe, expect, test } from "vitest";
import { AcmeDnsChallenge, Backend, CloudflareOrigin, FirewallSource, SiteStack, SiteTls, SshCredentials } from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { TerraformWorkdir, TFSIM_AVAILABLE, TFSIM_DIR, tfsimTitle, type ResourceChange } from "../support/tfsim";

// A live site changes only its `tls` line: apply option A, then plan and apply option B on the
// same state, through real Terraform (tfsim's fake providers serve the pinned schemas).

const options = {
  terminate: () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com" }),
  passthrough: () => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com", sshCredentials: SshCredentials.agent() }),
  cloudflare: () => SiteTls.cloudflare({ zoneName: "example.com" }),
  "cloudflare-to-servers": () => SiteTls.cloudflare({ zoneName: "example.com", origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }) }),
};
type Option = keyof typeof options;

function synthSite(option: Option): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "shop");
  stack.addSite({
    domainNames: ["www.example.com", "example.com"],
    region: "us-east",
    backends: [
      Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "11", sshHost: "198.51.100.10" }),
      Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "12", sshHost: "198.51.100.11" }),
    ],
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    tls: options[option](),
  });
  return synthJson(stack);
}

/** Writes a stack into the work folder without the certificate push's provisioners: no SSH host is there. */
function useStack(work: TerraformWorkdir, json: SynthesizedStack): void {
  work.useConfig(json);
  const r = spawnSync("node", [join(TFSIM_DIR, "strip-provisioners.js"), work.dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`strip-provisioners failed: ${r.stderr}`);
}

/** Which certificate each option serves: a switch within a family keeps it. */
const FAMILY: Record<Option, string> = { terminate: "acme", passthrough: "acme", cloudflare: "origin-ca", "cloudflare-to-servers": "origin-ca" };
const CERTIFICATE_TYPES = new Set(["acme_certificate", "acme_registration", "tls_private_key", "tls_cert_request", "tls_self_signed_cert", "cloudflare_origin_ca_certificate"]);

function changeOf(changes: readonly ResourceChange[], predicate: (c: ResourceChange) => boolean, what: string): ResourceChange {
  const found = changes.filter(predicate);
  expect(found, what).toHaveLength(1);
  return found[0];
}

/** Index of the first line of apply's output that mentions `address` and `event`. */
function lineOf(lines: readonly string[], address: string, event: string): number {
  return lines.findIndex((l) => l.startsWith(`${address}: ${event}`));
}

const pairs = (Object.keys(options) as Option[]).flatMap((from) => (Object.keys(options) as Option[]).filter((to) => to !== from).map((to) => [from, to] as const));

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("switching the SSL option of a live site"), () => {
  let work: TerraformWorkdir | undefined;
  afterEach(() => work?.dispose());

  test.each(pairs)("%s -> %s: plan and apply succeed, the NodeBalancer and firewall stay, 443 is updated in place, old certificates go last", (from, to) => {
    work = new TerraformWorkdir(`switch-${from}-${to}-`);
    useStack(work, synthSite(from));
    work.init();
    work.plan();
    work.applyPlan();

    // GIVEN option A applied; WHEN only the tls line changes
    useStack(work, synthSite(to));
    work.init(); // B may need a provider A did not use
    const changes = work.plan().resource_changes ?? [];

    // THEN the NodeBalancer (its IP) and the backend firewall are kept, not replaced
    const nodeBalancer = changeOf(changes, (c) => c.type === "linode_nodebalancer", "one NodeBalancer");
    expect(nodeBalancer.change.actions).toEqual(["no-op"]);
    const backendFirewall = changeOf(changes, (c) => c.type === "linode_firewall" && (c.change.before?.label ?? c.change.after?.label) === "shop-backends", "one backend firewall");
    expect(backendFirewall.change.actions).not.toContain("delete");
    expect(backendFirewall.change.actions).not.toContain("create");

    // AND the config on 443 is updated in place: no delete and create on a port that is taken
    const https = changeOf(changes, (c) => c.type === "linode_nodebalancer_config" && c.change.before?.port === 443, "one 443 config in state");
    expect(https.change.actions).toEqual(["update"]);
    expect(https.change.after?.nodebalancer_id).toEqual(https.change.before?.nodebalancer_id);
    expect(changes.filter((c) => c.type === "linode_nodebalancer_config" && c.change.actions.includes("create") && c.change.after?.port === 443)).toEqual([]);
    // No config is created on a port whose config is being deleted.
    const deletedPorts = changes.filter((c) => c.type === "linode_nodebalancer_config" && c.change.actions.includes("delete")).map((c) => c.change.before?.port);
    const createdPorts = changes.filter((c) => c.type === "linode_nodebalancer_config" && c.change.actions.includes("create")).map((c) => c.change.after?.port);
    expect(createdPorts.filter((p) => deletedPorts.includes(p))).toEqual([]);

    // WHEN it is applied
    const lines = work.applyPlan().split("\n");

    // THEN every certificate of option A is destroyed only after 443 serves option B's
    const httpsDone = lineOf(lines, https.address, "Modifications complete");
    expect(httpsDone, `443 config updated:\n${lines.join("\n")}`).toBeGreaterThanOrEqual(0);
    const destroyed = changes.filter((c) => c.change.actions.includes("delete") && CERTIFICATE_TYPES.has(c.type));
    // Options 1 and 2 share their Let's Encrypt certificate (same address): it is kept, not re-issued.
    // Leaving the app-server origin also removes its Authenticated Origin Pulls key.
    expect(destroyed.length > 0, "option A's certificate material leaves the state unless B uses the same").toBe(FAMILY[from] !== FAMILY[to] || from === "cloudflare-to-servers");
    // Not the Authenticated Origin Pulls upload: leaving the app-server origin may delete it before
    // 443 changes over (a create-before-destroy upload that waits for the push makes a cycle).
    for (const c of destroyed) {
      const started = lineOf(lines, c.address, "Destroying");
      expect(started, `${c.address} destroyed`).toBeGreaterThanOrEqual(0);
      expect(started, `${c.address} is destroyed after ${https.address} is updated`).toBeGreaterThan(httpsDone);
    }

    // AND a second plan is clean
    const replan = work.terraform(["plan", "-input=false", "-no-color", "-detailed-exitcode"], { allowFailure: true });
    expect(replan.status, replan.stdout + replan.stderr).toBe(0);
  }, 240_000);
});
