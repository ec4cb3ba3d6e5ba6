import { TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { CloudflareZone } from "../../src/cloudflare/cloudflare-zone";
import { MinTlsVersion, SslMode } from "../../src/cloudflare/edge-tls";
import { ZoneSslSettings, type ZoneSslSettingsOptions } from "../../src/cloudflare/zone-ssl-settings";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack, warningsOf } from "../support/fixtures";

const ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

function settings(stack: TerraformStack, options: ZoneSslSettingsOptions = {}): ZoneSslSettings {
  const zone = CloudflareZone.fromZoneId(stack, "Zone", { zoneId: ZONE_ID, zoneName: "example.com" });
  return new ZoneSslSettings(stack, "Settings", { zone, ...options });
}

/** The zone settings of a stack as `setting_id → value`, each checked to target the zone. */
function settingValues(stack: TerraformStack): Record<string, unknown> {
  const resources = Object.values(resourcesOfType(synthJson(stack), "cloudflare_zone_setting"));
  resources.forEach((r) => expect(r.zone_id).toBe(ZONE_ID));
  return Object.fromEntries(resources.map((r) => [r.setting_id, r.value]));
}

/** The zone-wide reach warning every ZoneSslSettings carries. */
const REACH = /^Zone-wide TLS settings apply to every proxied hostname of 'example\.com', not only this site's .*526.*destroying the stack leaves them in place.*CloudflareSslScope\.hostnames\(\)/;

/** The warnings of a construct besides the reach warning. */
function weaknessWarnings(zoneSettings: ZoneSslSettings): string[] {
  return warningsOf(zoneSettings).filter((w) => !REACH.test(w));
}

describe("ZoneSslSettings", () => {
  test("always warns that the settings reach the whole zone and outlive the stack", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneSettings = settings(stack);
    // THEN
    expect(warningsOf(zoneSettings)).toEqual([expect.stringMatching(REACH)]);
  });

  test("sets Full (strict), Always Use HTTPS and TLS 1.2 by default", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    settings(stack);
    // THEN
    expect(settingValues(stack)).toEqual({ ssl: "strict", always_use_https: "on", min_tls_version: "1.2" });
  });

  test("sets each setting as overridden", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    settings(stack, { sslMode: SslMode.FULL, alwaysUseHttps: false, minTlsVersion: MinTlsVersion.TLS_1_3 });
    // THEN
    expect(settingValues(stack)).toEqual({ ssl: "full", always_use_https: "off", min_tls_version: "1.3" });
  });

  test.each([[{}], [{ minTlsVersion: MinTlsVersion.TLS_1_3 }]])("warns about nothing with %j", (options: ZoneSslSettingsOptions) => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneSettings = settings(stack, options);
    // THEN
    expect(weaknessWarnings(zoneSettings)).toEqual([]);
  });

  test.each([
    [SslMode.FULL, "accepts any certificate"],
    [SslMode.FLEXIBLE, "plain HTTP on port 80"],
    [SslMode.OFF, "no HTTPS at all"],
  ])("warns when the SSL mode is weakened to %s", (sslMode, consequence) => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneSettings = settings(stack, { sslMode });
    // THEN
    const warnings = weaknessWarnings(zoneSettings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`sslMode '${sslMode}'`);
    expect(warnings[0]).toContain(consequence);
    expect(warnings[0]).toContain("Use SslMode.STRICT");
  });

  test("warns when Always Use HTTPS is off", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneSettings = settings(stack, { alwaysUseHttps: false });
    // THEN
    expect(weaknessWarnings(zoneSettings)).toEqual([expect.stringMatching(/^alwaysUseHttps is off: .*Turn it on/)]);
  });

  test.each([[MinTlsVersion.TLS_1_0], [MinTlsVersion.TLS_1_1]])("warns when the TLS minimum is lowered to %s", (minTlsVersion) => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const zoneSettings = settings(stack, { minTlsVersion });
    // THEN
    expect(weaknessWarnings(zoneSettings)).toEqual([expect.stringMatching(new RegExp(`^minTlsVersion '${minTlsVersion.replace(".", "\\.")}': .*deprecated.*MinTlsVersion\\.TLS_1_2`))]);
  });
});
