import { describe, expect, test } from "vitest";
import { AuthenticatedOriginPulls } from "../../src/cloudflare/authenticated-origin-pulls";
import { CloudflareZone } from "../../src/cloudflare/cloudflare-zone";
import { resourcesOfType, synthJson, type SynthesizedStack } from "../../src/testing";
import { newStack } from "../support/fixtures";

const ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

/** The one resource of a type: its logical name and body. */
function only(json: SynthesizedStack, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(resourcesOfType(json, type));
  expect(entries, type).toHaveLength(1);
  return entries[0];
}

function originPulls(validityDays?: number): SynthesizedStack {
  const stack = newStack();
  new AuthenticatedOriginPulls(stack, "Pulls", { zone: CloudflareZone.fromZoneId(stack, "Zone", { zoneId: ZONE_ID, zoneName: "example.com" }), validityDays });
  return synthJson(stack);
}

describe("AuthenticatedOriginPulls", () => {
  test("makes the zone's own client certificate: RSA 2048, self-signed, client authentication only, replaced before it is destroyed", () => {
    // WHEN
    const json = originPulls();
    // THEN
    const [keyName, key] = only(json, "tls_private_key");
    const [, certificate] = only(json, "tls_self_signed_cert");
    expect(key).toMatchObject({ algorithm: "RSA", rsa_bits: 2048, lifecycle: { create_before_destroy: true } });
    expect(certificate).toMatchObject({
      private_key_pem: `\${tls_private_key.${keyName}.private_key_pem}`,
      allowed_uses: ["digital_signature", "key_encipherment", "client_auth"],
      validity_period_hours: 1825 * 24,
      early_renewal_hours: 30 * 24,
      lifecycle: { create_before_destroy: true },
    });
    expect(certificate.is_ca_certificate).toBeUndefined();
  });

  test("uploads certificate and key to the zone, then switches zone-level pulls on", () => {
    // WHEN
    const json = originPulls(365);
    // THEN
    const [keyName] = only(json, "tls_private_key");
    const [certName, certificate] = only(json, "tls_self_signed_cert");
    const [uploadName, upload] = only(json, "cloudflare_authenticated_origin_pulls_certificate");
    expect(certificate.validity_period_hours).toBe(365 * 24);
    expect(upload).toEqual({
      zone_id: ZONE_ID,
      certificate: `\${tls_self_signed_cert.${certName}.cert_pem}`,
      private_key: `\${tls_private_key.${keyName}.private_key_pem}`,
    });
    expect(only(json, "cloudflare_authenticated_origin_pulls_settings")[1]).toEqual({
      zone_id: ZONE_ID,
      enabled: true,
      depends_on: [`cloudflare_authenticated_origin_pulls_certificate.${uploadName}`],
    });
  });

  test.each([[59], [3651], [90.5]])("rejects a validity of %s days", (validityDays) => {
    expect(() => originPulls(validityDays)).toThrow(`test/Pulls: invalid 'validityDays': received ${validityDays}. Use a whole number from 60 to 3650.`);
  });
});
