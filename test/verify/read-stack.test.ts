import { Fn, TerraformStack, Testing } from "cdktf";
import { beforeAll, describe, expect, test } from "vitest";
import {
  AcmeDnsChallenge,
  Algorithm,
  Backend,
  CertificateProfile,
  CipherSuite,
  CloudflareSslScope,
  configureProviders,
  FirewallSource,
  ListenerCertificate,
  LoadBalancedSite,
  type LoadBalancedSiteProps,
  PlainHttp,
  Protocol,
  RenewalPolicy,
  RequiredProvider,
  SiteStack,
  SiteTls,
  SshCredentials,
  Stickiness,
} from "../../src";
import { addressesFromOutputs, readStackSite } from "../../src/verify/read-stack";
import { RenewalWindow } from "../../src/verify/renewal-window";
import { SslOption } from "../../src/verify/ssl-option";
import { VerifyError } from "../../src/verify/verify-error";
import { synthJson, type SynthesizedStack } from "../../src/testing";
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

/** The facade's stack for one site whose `tls` line and site props are given: what a user synthesizes. */
function siteJson(tls: SiteTls, overrides: Partial<LoadBalancedSiteProps> = {}): SynthesizedStack {
  const stack = new SiteStack(Testing.app(), "shop");
  stack.addSite({
    domainNames: ["www.example.com", "example.com"],
    region: "us-east",
    backends: ["10", "11", "12"].map((n) => Backend.fromAddress(`192.168.130.${n}`, { label: `app-${n}`, sshHost: `198.51.100.${n}` })),
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    tls,
    ...overrides,
  });
  return synthJson(stack);
}

const acme = { dnsChallenge: AcmeDnsChallenge.linode() };

describe("readStackSite reads what the constructs wrote (the site contract)", () => {
  test("option 3 redirects when its hostnames' rules, or the zone's settings, turn Always Use HTTPS on", () => {
    expect(readStackSite(siteJson(SiteTls.cloudflare({ zoneName: "example.com" })), "cf").redirectsPlainHttp).toBe(true);
    const off = SiteTls.cloudflare({ zoneName: "example.com", sslScope: CloudflareSslScope.hostnames({ alwaysUseHttps: false }), plainHttp: PlainHttp.FORWARD });
    expect(readStackSite(siteJson(off), "cf").redirectsPlainHttp).toBe(false);
    const zoneWide = SiteTls.cloudflare({ zoneName: "example.com", sslScope: CloudflareSslScope.zoneWide({ alwaysUseHttps: false }), plainHttp: PlainHttp.FORWARD });
    expect(readStackSite(siteJson(zoneWide), "cf").redirectsPlainHttp).toBe(false);
  });

  test("Cloudflare in front with the app servers as origin is option 3, though 443 is TCP", () => {
    const site = readStackSite(copyOf("cloudflare-to-app-servers"), "cfs");
    expect(site.option).toBe(SslOption.CLOUDFLARE_IN_FRONT);
    expect(site.hostnames).toEqual(["example.net", "www.example.net"]);
  });

  test("port 80 closed expects no redirect", () => {
    const site = readStackSite(siteJson(SiteTls.terminateAtLoadBalancer({ ...acme, plainHttp: PlainHttp.CLOSED })), "one");
    expect(site).toMatchObject({ redirectsPlainHttp: false, nodeBalancerPorts: [443] });
  });

  test("the renewal policy: a third of the lifetime (half for 10 days or less) by default, or a fixed window", () => {
    const dynamic = readStackSite(siteJson(SiteTls.terminateAtLoadBalancer(acme)), "one").renewal as RenewalWindow;
    expect(dynamic.windowDays(from, days(45))).toBe(15);
    expect(dynamic.windowDays(from, days(6))).toBe(3);
    expect(dynamic.describe(from, days(45))).toBe("renews at 15 days left (dynamic)");
    const fixed = readStackSite(siteJson(SiteTls.passthrough({ ...acme, sshCredentials: SshCredentials.agent(), renewal: RenewalPolicy.fixedWindow(20) })), "two").renewal as RenewalWindow;
    expect(fixed.windowDays(from, days(90))).toBe(20);
  });

  test("option 1 with your own certificate: no names to read (verify asks for --hostname), nothing renews", () => {
    const own = SiteTls.ownCertificate({ certificate: ListenerCertificate.fromPem({ fullChainPem: Fn.file("chain.pem"), privateKeyPem: Fn.file("key.pem") }) });
    const site = readStackSite(siteJson(own), "own");
    expect(site.hostnames).toEqual([]);
    expect(site.renewal?.describe(from, days(90))).toBe("no automatic renewal");
    expect(site.expiryAlertHours).toBeUndefined();
  });

  test("stickiness keeps a client on one backend: sampling cannot reach the others", () => {
    const passthrough = SiteTls.passthrough({ ...acme, sshCredentials: SshCredentials.agent() });
    expect(readStackSite(siteJson(passthrough), "two")).toMatchObject({ spreadsConnections: true, backendCount: 3 });
    expect(readStackSite(siteJson(passthrough, { stickiness: Stickiness.TABLE }), "two").spreadsConnections).toBe(false);
    expect(readStackSite(siteJson(passthrough, { algorithm: Algorithm.SOURCE }), "two").spreadsConnections).toBe(false);
  });

  test("a stack with two sites, or with none, is refused with the way out", () => {
    const two = new TerraformStack(Testing.app(), "two");
    configureProviders(two, Object.values(RequiredProvider));
    for (const label of ["one", "two"]) {
      new LoadBalancedSite(two, label, { domainNames: [`${label}.example.com`], region: "us-east", label: `site-${label}`, backends: [Backend.fromAddress("192.168.130.10")], tls: SiteTls.terminateAtLoadBalancer(acme) });
    }
    expect(() => readStackSite(synthJson(two), "two")).toThrow(new VerifyError('stack "two" has 2 sites; verify reads a stack with exactly one (or pass --hostname and --nodebalancer-ip)'));
    const none = copyOf("terminate-at-load-balancer");
    delete none.locals;
    expect(() => readStackSite(none, "old")).toThrow(/stack "old" has no site contract .*synthesize it again, or pass --hostname and --nodebalancer-ip/);
  });
});

describe("readStackSite: what verify's thresholds come from (issue 20)", () => {
  test("the certificate's expiry alert, cipher suite and config ports", () => {
    const site = readStackSite(stacks.get("terminate-at-load-balancer"), "one");
    expect(site).toMatchObject({ expiryAlertHours: 336, cipherSuite: CipherSuite.RECOMMENDED, nodeBalancerPorts: [80, 443] });
  });

  test("cipher suite legacy is read; a config added later is listed for option 3's origin probes", () => {
    const stack = new SiteStack(Testing.app(), "shop");
    const site = stack.addSite({
      domainNames: ["www.example.com"],
      region: "us-east",
      backends: [Backend.fromAddress("192.168.130.10")],
      tls: SiteTls.cloudflare({ zoneName: "example.com", cipherSuite: CipherSuite.LEGACY }),
    });
    site.nodeBalancer.addConfig("Admin", { protocol: Protocol.TCP, port: 8443 });
    expect(readStackSite(synthJson(stack), "shop")).toMatchObject({ cipherSuite: CipherSuite.LEGACY, nodeBalancerPorts: [443, 8443] });
  });

  test("a daily schedule's 48-hour alert (shortlived) is what tls.expiry fails under", () => {
    const site = readStackSite(siteJson(SiteTls.terminateAtLoadBalancer({ ...acme, profile: CertificateProfile.SHORT_LIVED })), "one");
    expect(site.expiryAlertHours).toBe(48);
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
