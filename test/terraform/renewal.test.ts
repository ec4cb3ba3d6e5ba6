import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  addCertificateOutputs,
  ApplySchedule,
  Backend,
  CertificateProfile,
  RenewalPolicy,
  SiteStack,
  SiteTls,
} from "../../src";
import { synthJson, type SynthesizedStack } from "../../src/testing";
import { newStack } from "../support/fixtures";
import { judge, TerraformWorkdir, TFSIM_AVAILABLE, tfsimTitle } from "../support/tfsim";

// Renewal policies and profiles through real Terraform (tfsim's fake providers serve the pinned
// schemas): every combination validates, plans, applies and replans clean, and a live certificate
// moves from the old fixed 30-day window to the new default, or to a profile, by a plan that applies.

const TIMEOUT = 240_000;
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const POLICIES = {
  lifetimeRelative: (schedule?: ApplySchedule) => RenewalPolicy.lifetimeRelative({ applySchedule: schedule }),
  lifetimeRelativeNoAri: (schedule?: ApplySchedule) => RenewalPolicy.lifetimeRelative({ renewalInfo: false, applySchedule: schedule }),
  fixedWindow: (schedule?: ApplySchedule) => RenewalPolicy.fixedWindow(schedule === ApplySchedule.DAILY ? 5 : 30, { applySchedule: schedule }),
};
const PROFILES = [undefined, CertificateProfile.CLASSIC, CertificateProfile.TLS_SERVER, CertificateProfile.SHORT_LIVED];

/** One stack holding a certificate, with its outputs, for every policy × profile. */
function everyCombination(): SynthesizedStack {
  const stack = newStack();
  for (const [name, policy] of Object.entries(POLICIES)) {
    for (const profile of PROFILES) {
      const schedule = profile === CertificateProfile.SHORT_LIVED ? ApplySchedule.DAILY : undefined;
      const id = `${name}-${profile ?? "none"}`;
      const certificate = new AcmeCertificate(stack, id, { domainName: `${id.toLowerCase()}.example.com`, dnsChallenge: AcmeDnsChallenge.linode(), renewal: policy(schedule), profile });
      if (name === "lifetimeRelative" && profile === undefined) addCertificateOutputs(stack, certificate);
    }
  }
  return synthJson(stack);
}

function site(tls: SiteTls): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "shop");
  stack.addSite({ domainNames: ["www.example.com", "example.com"], region: "us-east", backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "11" })], tls });
  return synthJson(stack);
}

const terminate = (options: { renewal?: RenewalPolicy; profile?: CertificateProfile } = {}) => site(SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), ...options }));

function folderWith(json: SynthesizedStack): string {
  const dir = mkdtempSync(join(tmpdir(), "renewal-"));
  temps.push(dir);
  writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(json, null, 2));
  return dir;
}

describe.skipIf(!TFSIM_AVAILABLE)(tfsimTitle("renewal through real Terraform"), () => {
  let work: TerraformWorkdir | undefined;
  afterEach(() => work?.dispose());

  test("every policy × profile: init, validate, plan, apply and a clean replan", () => {
    const result = judge(folderWith(everyCombination()));
    expect(result.ok, result.output).toBe(true);
    expect(result.verdict).toMatch(/validate ok \(0 warnings\).*apply ok, replan clean/);
  }, TIMEOUT);

  test("the facade with a tlsserver certificate: judge passes and the outputs are there after apply", () => {
    const result = judge(folderWith(terminate({ profile: CertificateProfile.TLS_SERVER })));
    expect(result.ok, result.output).toBe(true);
  }, TIMEOUT);

  test("a live certificate on the old fixed 30-day window moves to the default policy, then to a profile, by plans that apply", () => {
    // GIVEN a site applied with the old behaviour (a fixed 30-day window, no ARI)
    work = new TerraformWorkdir("renewal-live-");
    work.useConfig(terminate({ renewal: RenewalPolicy.fixedWindow(30, { renewalInfo: false }) }));
    work.init();
    work.plan();
    work.applyPlan();

    // WHEN the stack moves to the default policy
    work.useConfig(terminate());
    const changes = work.plan().resource_changes ?? [];
    // THEN only the certificate's renewal arguments change, in place, and nothing else is touched
    const changed = changes.filter((c) => !c.change.actions.includes("no-op"));
    expect(changed.map((c) => `${c.type} ${c.change.actions.join("+")}`)).toEqual(["acme_certificate update"]);
    expect(changed[0].change.after).toMatchObject({ min_days_dynamic: true, use_renewal_info: true, renewal_info_max_sleep: 60 });
    work.applyPlan();
    const outputs = JSON.parse(work.terraform(["output", "-json"]).stdout) as Record<string, { value: unknown }>;
    expect(outputs.apply_schedule.value).toBe("weekly");
    expect(outputs.expiry_alert_hours.value).toBe(336);
    expect(outputs).toHaveProperty("certificate_renewal_window_end");

    // WHEN it asks for the tlsserver profile (a new certificate at the real CA: create-before-destroy, no revocation)
    work.useConfig(terminate({ profile: CertificateProfile.TLS_SERVER }));
    const profileChange = (work.plan().resource_changes ?? []).filter((c) => c.type === "acme_certificate");
    expect(profileChange[0].change.after).toMatchObject({ profile: "tlsserver", revoke_certificate_on_destroy: false });
    work.applyPlan();
    // THEN a second plan is clean
    const replan = work.terraform(["plan", "-input=false", "-no-color", "-detailed-exitcode"], { allowFailure: true });
    expect(replan.status, replan.stdout + replan.stderr).toBe(0);
  }, TIMEOUT);
});
