import { beforeAll, describe, expect, test } from "vitest";
import { addressesFromOutputs, readStackSite } from "../../src/verify/read-stack";
import { RenewalWindow } from "../../src/verify/renewal-window";
import { CipherSuite } from "../../src/verify/site";
import { SslOption } from "../../src/verify/ssl-option";
import { VerifyError } from "../../src/verify/verify-error";
import type { SynthesizedStack } from "../../src/testing";
import { synthesizeExampleStacks } from "../support/example-stacks";

let stacks: Map<string, SynthesizedStack>;
const DAY = 86_400_000;
const from = new Date("2026-01-01T00:00:00Z");
const days = (n: number) => new Date(from.getTime() + n * DAY);

beforeAll(() => {
  stacks = synthesizeExampleStacks();
});

/** A deep copy of an example stack, to change one thing in. */
const copyOf = (name: string): any => JSON.parse(JSON.stringify(stacks.get(name)));

describe("readStackSite on the example stacks", () => {
  test("option 1: the certificate's names, port 80 forwarded, ACME's 30-day window, the ipv4 output", () => {
    const site = readStackSite(stacks.get("terminate-at-load-balancer"), "terminate-at-load-balancer");
    expect(site).toMatchObject({
      option: SslOption.TERMINATE_AT_LOAD_BALANCER,
      hostnames: ["www.example.com", "example.com"],
      redirectsPlainHttp: true,
      backendCount: 2,
      spreadsConnections: true,
      addressOutputs: ["nodebalancer_ipv4"],
    });
    expect(site.renewal?.windowDays(from, days(90))).toBe(30);
  });

  test("option 2: TCP on 443 is passthrough, with its 3 backends", () => {
    const site = readStackSite(stacks.get("tcp-passthrough"), "tcp-passthrough");
    expect(site).toMatchObject({ option: SslOption.TCP_PASSTHROUGH, hostnames: ["www.example.com", "example.com"], backendCount: 3, redirectsPlainHttp: true });
  });

  test("option 3: the proxied names; Always Use HTTPS makes the edge redirect 80; nothing renews", () => {
    const site = readStackSite(stacks.get("cloudflare-in-front"), "cloudflare-in-front");
    expect(site).toMatchObject({ option: SslOption.CLOUDFLARE_IN_FRONT, hostnames: ["example.com", "www.example.com"], redirectsPlainHttp: true });
    expect(site.renewal?.windowDays(from, days(90))).toBeUndefined();
    expect(site.renewal?.describe(from, days(90))).toBe("edge certificate, renewed by Cloudflare");
  });

  test("the SiteStack facade: both address outputs", () => {
    expect(readStackSite(stacks.get("load-balanced-site"), "load-balanced-site").addressOutputs).toEqual(["nodebalancer_ipv4", "nodebalancer_ipv6"]);
  });
});

describe("readStackSite on changed stacks", () => {
  test("option 3 redirects through its hostnames' redirect rule; without it, no redirect is expected", () => {
    const json = copyOf("cloudflare-in-front");
    expect(json.resource.cloudflare_zone_setting).toBeUndefined();
    expect(readStackSite(json, "cf").redirectsPlainHttp).toBe(true);
    for (const [key, r] of Object.entries<any>(json.resource.cloudflare_ruleset)) if (r.phase === "http_request_dynamic_redirect") delete json.resource.cloudflare_ruleset[key];
    expect(readStackSite(json, "cf").redirectsPlainHttp).toBe(false);
  });

  test("option 3 with zone-wide settings follows always_use_https", () => {
    const json = copyOf("cloudflare-in-front");
    delete json.resource.cloudflare_ruleset;
    json.resource.cloudflare_zone_setting = { https: { zone_id: "z", setting_id: "always_use_https", value: "on" } };
    expect(readStackSite(json, "cf").redirectsPlainHttp).toBe(true);
    json.resource.cloudflare_zone_setting.https.value = "off";
    expect(readStackSite(json, "cf").redirectsPlainHttp).toBe(false);
  });

  test("Cloudflare in front with the app servers as origin is option 3, though 443 is TCP", () => {
    const site = readStackSite(copyOf("cloudflare-to-app-servers"), "cfs");
    expect(site.option).toBe(SslOption.CLOUDFLARE_IN_FRONT);
    expect(site.hostnames).toEqual(["example.net", "www.example.net"]);
  });

  test("port 80 closed expects no redirect", () => {
    const json = copyOf("terminate-at-load-balancer");
    const configs = json.resource.linode_nodebalancer_config;
    for (const key of Object.keys(configs)) if (configs[key].port === 80) delete configs[key];
    expect(readStackSite(json, "one").redirectsPlainHttp).toBe(false);
  });

  test("min_days_dynamic renews at a third of the lifetime (half for 10 days or less)", () => {
    const json = copyOf("terminate-at-load-balancer");
    for (const c of Object.values<any>(json.resource.acme_certificate)) {
      delete c.min_days_remaining;
      c.min_days_dynamic = true;
    }
    const renewal = readStackSite(json, "one").renewal as RenewalWindow;
    expect(renewal.windowDays(from, days(45))).toBe(15);
    expect(renewal.windowDays(from, days(6))).toBe(3);
    expect(renewal.describe(from, days(45))).toBe("renews at 15 days left (dynamic)");
  });

  test("option 1 with your own certificate: no names to read (verify asks for --hostname), nothing renews", () => {
    const json = copyOf("terminate-at-load-balancer");
    delete json.resource.acme_certificate;
    const site = readStackSite(json, "own");
    expect(site.hostnames).toEqual([]);
    expect(site.renewal?.describe(from, days(90))).toBe("no automatic renewal");
  });

  test("stickiness keeps a client on one backend: sampling cannot reach the others", () => {
    const json = copyOf("tcp-passthrough");
    for (const c of Object.values<any>(json.resource.linode_nodebalancer_config)) c.stickiness = "table";
    expect(readStackSite(json, "two").spreadsConnections).toBe(false);
  });

  test("a stack with two NodeBalancers is refused with the way out", () => {
    const json = copyOf("terminate-at-load-balancer");
    json.resource.linode_nodebalancer.Second = { label: "second", region: "us-east" };
    expect(() => readStackSite(json, "one")).toThrow(new VerifyError('stack "one" has 2 NodeBalancers; verify reads a stack with exactly one (or pass --hostname and --nodebalancer-ip)'));
  });
});

describe("readStackSite: what verify's thresholds come from (issue 20)", () => {
  test("the stack's expiry alert, cipher suite and config ports", () => {
    const site = readStackSite(stacks.get("terminate-at-load-balancer"), "one");
    expect(site).toMatchObject({ expiryAlertHours: 336, cipherSuite: CipherSuite.RECOMMENDED, nodeBalancerPorts: [80, 443] });
  });

  test("cipher_suite legacy is read; a config on another port is listed for option 3's origin probes", () => {
    const json = copyOf("cloudflare-in-front");
    const configs = Object.values<any>(json.resource.linode_nodebalancer_config);
    configs[0].cipher_suite = "legacy";
    json.resource.linode_nodebalancer_config.Admin = { ...configs[0], port: 8443 };
    expect(readStackSite(json, "cf")).toMatchObject({ cipherSuite: CipherSuite.LEGACY, nodeBalancerPorts: [443, 8443] });
  });

  test("a daily schedule's 48-hour alert (shortlived) is what tls.expiry fails under", () => {
    const json = copyOf("terminate-at-load-balancer");
    json.output.expiry_alert_hours.value = 48;
    expect(readStackSite(json, "one").expiryAlertHours).toBe(48);
    delete json.output.expiry_alert_hours;
    expect(readStackSite(json, "one").expiryAlertHours).toBeUndefined();
  });
});

describe("addressesFromOutputs", () => {
  const site = () => readStackSite(stacks.get("load-balanced-site"), "site");

  test("takes the address outputs' values and nothing else", () => {
    const outputs = {
      nodebalancer_ipv4: { sensitive: false, type: "string", value: "203.0.113.7" },
      nodebalancer_ipv6: { sensitive: false, type: "string", value: "2001:db8::7" },
      certificate_not_after: { value: "2027-01-01T00:00:00Z" },
    };
    expect(addressesFromOutputs(site(), outputs, "site")).toEqual(["203.0.113.7", "2001:db8::7"]);
  });

  test("an unapplied stack (no values) says so", () => {
    expect(() => addressesFromOutputs(site(), {}, "site")).toThrow(/has it been applied\? \(or pass --nodebalancer-ip\)/);
  });
});
