import type { TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { CloudflareZone } from "../../src/cloudflare/cloudflare-zone";
import { HostnameSslRules, type HostnameSslOptions } from "../../src/cloudflare/hostname-ssl-rules";
import { MinTlsVersion, SslMode } from "../../src/cloudflare/edge-tls";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack, warningsOf } from "../support/fixtures";

const ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

function rules(stack: TerraformStack, options: HostnameSslOptions & { hostnames?: string[] } = {}): HostnameSslRules {
  const zone = CloudflareZone.fromZoneId(stack, "Zone", { zoneId: ZONE_ID, zoneName: "example.com" });
  return new HostnameSslRules(stack, "Rules", { zone, hostnames: ["www.example.com", "example.com"], ...options });
}

/** The rulesets of a stack by phase. */
function byPhase(stack: TerraformStack): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.values(resourcesOfType(synthJson(stack), "cloudflare_ruleset")).map((r) => [r.phase, r]));
}

describe("HostnameSslRules", () => {
  test("sets Full (strict) by a Configuration Rule for exactly the hostnames, sorted and once each", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    rules(stack, { hostnames: ["www.example.com", "example.com", "www.example.com"] });
    // THEN
    expect(byPhase(stack).http_config_settings).toMatchObject({
      zone_id: ZONE_ID,
      kind: "zone",
      rules: [{ action: "set_config", enabled: true, expression: '(http.host in {"example.com" "www.example.com"})', action_parameters: { ssl: "strict" } }],
    });
  });

  test("redirects plain HTTP of those hostnames to HTTPS with a 301 that keeps path and query", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    rules(stack);
    // THEN
    expect(byPhase(stack).http_request_dynamic_redirect).toMatchObject({
      zone_id: ZONE_ID,
      kind: "zone",
      rules: [
        {
          action: "redirect",
          expression: '(http.host in {"example.com" "www.example.com"}) and not ssl',
          action_parameters: { from_value: { status_code: 301, preserve_query_string: true, target_url: { expression: 'concat("https://", http.host, http.request.uri.path)' } } },
        },
      ],
    });
  });

  test("writes no zone setting and, by default, no per-hostname TLS setting, and warns about nothing", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const strict = rules(stack);
    // THEN
    const json = synthJson(stack);
    expect(resourcesOfType(json, "cloudflare_zone_setting")).toEqual({});
    expect(resourcesOfType(json, "cloudflare_hostname_tls_setting")).toEqual({});
    expect(warningsOf(strict)).toEqual([]);
  });

  test("sets the minimum TLS version per hostname when asked", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    rules(stack, { minTlsVersion: MinTlsVersion.TLS_1_3, hostnames: ["www.example.com", "example.com", "example.com"] });
    // THEN one setting per hostname
    const settings = Object.values(resourcesOfType(synthJson(stack), "cloudflare_hostname_tls_setting"));
    expect(settings.map((s) => [s.hostname, s.setting_id, s.value, s.zone_id]).sort()).toEqual([
      ["example.com", "min_tls_version", "1.3", ZONE_ID],
      ["www.example.com", "min_tls_version", "1.3", ZONE_ID],
    ]);
  });

  test("without the HTTPS redirect: no redirect ruleset, and a warning", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const open = rules(stack, { alwaysUseHttps: false });
    // THEN
    expect(Object.keys(byPhase(stack))).toEqual(["http_config_settings"]);
    expect(open.redirectRules).toBeUndefined();
    expect(warningsOf(open)).toEqual([expect.stringMatching(/^alwaysUseHttps is off: /)]);
  });

  test("warns about a weaker SSL mode, which the rule then sets", () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const full = rules(stack, { sslMode: SslMode.FULL });
    // THEN
    expect((byPhase(stack).http_config_settings.rules as { action_parameters: unknown }[])[0].action_parameters).toEqual({ ssl: "full" });
    expect(warningsOf(full)).toEqual([expect.stringMatching(/^sslMode 'full': .*accepts any certificate/)]);
  });
});
