/**
 * Issue 20 part 2: sites that Chromium, Firefox and curl refuse must not pass `verify`. Each test
 * runs against loopback servers it starts; each failed (or passed a refused site) before the fix.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CheckId, CheckStatus, type CheckResult } from "../../src/verify/check-result";
import { RenewalWindow } from "../../src/verify/renewal-window";
import { staticResolver } from "../../src/verify/resolver";
import { CipherSuite, type VerifySite } from "../../src/verify/site";
import { SslOption } from "../../src/verify/ssl-option";
import type { VerifyReport } from "../../src/verify/verify-report";
import { verifySite } from "../../src/verify/verify-site";
import { TestPki, type Issued } from "./support/pki";
import { LoopbackServers, PlainHttpBehaviour, type HttpsServerOptions } from "./support/servers";

const WWW = "www.example.test";
const APEX = "example.test";

let pki: TestPki;
let servers: LoopbackServers;
const leaf: Record<string, Issued> = {};

beforeAll(() => {
  pki = new TestPki();
  servers = new LoopbackServers(15);
  leaf.good = pki.issue({ names: [WWW, APEX] });
  leaf.good2 = pki.issue({ names: [WWW, APEX] });
  leaf.rsa1024 = pki.issue({ names: [WWW, APEX], rsaBits: 1024 });
  leaf.cnOnly = pki.issue({ names: [WWW], cnOnly: true });
  leaf.sha1 = pki.issue({ names: [WWW, APEX], digest: "sha1" });
  leaf.nonCa = pki.issue({ names: [WWW, APEX], nonCaIssuer: true });
  leaf.partialWildcard = pki.issue({ names: ["w*.example.test"] });
  leaf.wildcard = pki.issue({ names: ["*.example.test", APEX] });
  leaf.tooLong = pki.issue({ names: [WWW, APEX], fromDays: -1, toDays: 499 });
  // Let's Encrypt `shortlived`: 160 hours. Fresh (issued an hour ago), and 140 hours old (20 left).
  leaf.shortFresh = pki.issue({ names: [WWW, APEX], fromDays: -1 / 24, toDays: 159 / 24 });
  leaf.shortOld = pki.issue({ names: [WWW, APEX], fromDays: -140 / 24, toDays: 20 / 24 });
});

afterAll(async () => {
  await servers.closeAll();
  pki.dispose();
});

interface Deployed {
  readonly address: string;
  readonly httpsPort: number;
  readonly httpPort: number;
}

/** A NodeBalancer terminating TLS (option 1) with `served` and a port-80 server. */
async function terminating(served: Issued, extra: Partial<HttpsServerOptions> = {}, plain = PlainHttpBehaviour.REDIRECT): Promise<Deployed> {
  const address = servers.address();
  const httpsPort = await servers.https({ address, cert: served.fullChainPem, key: served.keyPem, ...extra });
  return { address, httpsPort, httpPort: await servers.http(address, plain) };
}

const option1 = (nb: Deployed, more: Partial<VerifySite> = {}): VerifySite => ({
  option: SslOption.TERMINATE_AT_LOAD_BALANCER,
  hostnames: [WWW],
  nodeBalancerAddresses: [nb.address],
  renewal: RenewalWindow.minDaysRemaining(30),
  ...more,
});

function verify(site: VerifySite, at: Deployed, extra: { minDaysLeft?: number; cloudflareRanges?: string[]; timeoutMs?: number } = {}): Promise<VerifyReport> {
  return verifySite({
    site,
    resolver: staticResolver({ [WWW]: [at.address], [APEX]: [at.address] }),
    ca: pki.rootPem,
    httpsPort: at.httpsPort,
    httpPort: at.httpPort,
    timeoutMs: extra.timeoutMs ?? 3000,
    minDaysLeft: extra.minDaysLeft,
    cloudflareRanges: extra.cloudflareRanges,
  });
}

const failing = (report: VerifyReport): string[] => report.results.filter((r) => r.status === CheckStatus.FAIL).map((r) => `${r.check} ${r.target}`);
const row = (report: VerifyReport, check: CheckId, target = WWW): CheckResult => {
  const found = report.results.find((r) => r.check === check && r.target === target);
  if (found === undefined) throw new Error(`no ${check} row for ${target}: ${report.toTable()}`);
  return found;
};

describe("certificates as browsers judge them", () => {
  test("a leaf with a 1024-bit RSA key fails the chain and the key row (OpenSSL at Node's level 1 verifies it)", async () => {
    const nb = await terminating(leaf.rsa1024);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`, `${CheckId.TLS_KEY} ${WWW}`]);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toBe(
      "verified by OpenSSL, but browsers refuse it: leaf key RSA 1024: under 2048 bits, refused by browsers and curl (BR §6.1.5)",
    );
    expect(row(report, CheckId.TLS_KEY).evidence).toBe("RSA 1024: under 2048 bits, refused by browsers and curl (BR §6.1.5)");
  });

  test("a 1024-bit leaf behind a passthrough (option 2) fails too: the key rule is not the NodeBalancer's only", async () => {
    const nb = await passthrough([{ issued: leaf.rsa1024 }, { issued: leaf.rsa1024 }]);
    const report = await verify(option2(nb, 2), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`]);
  });

  test("a name only in the CN fails the hostname row: browsers read subjectAltName only", async () => {
    const nb = await terminating(leaf.cnOnly);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_HOSTNAME} ${WWW}`]);
    expect(row(report, CheckId.TLS_HOSTNAME).evidence).toBe(
      `not covered: the name is only in the CN (CN=${WWW}), and browsers read subjectAltName only (RFC 9525; Chrome 58+, Firefox 48+)`,
    );
  });

  test("a partial-label wildcard (w*.example.test) fails; Node accepts it, browsers do not", async () => {
    const nb = await terminating(leaf.partialWildcard);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_HOSTNAME} ${WWW}`]);
  });

  test("a whole-label wildcard covers one label: www passes, the apex passes through its own name", async () => {
    const nb = await terminating(leaf.wildcard);
    const report = await verify(option1(nb, { hostnames: [WWW, APEX] }), nb);
    expect(failing(report)).toEqual([]);
  });

  test("a SHA-1 signed leaf names the cause instead of 'not verified: UNSPECIFIED'", async () => {
    const nb = await terminating(leaf.sha1, { ciphers: "DEFAULT@SECLEVEL=0" });
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`]);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toBe("leaf signed with SHA-1: browsers refuse SHA-1 signatures (BR §7.1.3.2)");
  });

  test("a leaf signed by a certificate that is not a CA names the issuer", async () => {
    const nb = await terminating(leaf.nonCa);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`]);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toBe("issuer Verify Test Not A CA is not a CA (basicConstraints CA:FALSE), so the leaf is refused");
  });

  test("a leaf valid for 500 days fails: over the 398 days Safari accepts", async () => {
    const nb = await terminating(leaf.tooLong);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`]);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toMatch(/leaf valid for 500 days: Safari and Chrome's root program allow 398 at most$/);
  });
});

describe("one real HTTPS request per checked target", () => {
  test("a 443 that completes a TLS 1.3 handshake, then demands a client certificate, fails the request row", async () => {
    const nb = await terminating(leaf.good, { requireClientCertificate: { clientCa: pki.rootPem } });
    const report = await verify(option1(nb), nb);
    expect(row(report, CheckId.TLS_HANDSHAKE).status).toBe(CheckStatus.PASS);
    expect(failing(report)).toEqual([`${CheckId.HTTPS_REQUEST} ${WWW}`]);
    expect(row(report, CheckId.HTTPS_REQUEST).evidence).toBe(
      "GET /: the server demands a client certificate (TLS alert certificate_required after the handshake): browsers get an error page",
    );
  });

  test("with TLS 1.2 the same demand fails the handshake itself", async () => {
    const nb = await terminating(leaf.good, { maxVersion: "TLSv1.2", requireClientCertificate: { clientCa: pki.rootPem } });
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_HANDSHAKE} ${WWW}`]);
  });

  test("option 3: an edge that demands a client certificate fails the edge row", async () => {
    const address = servers.address();
    const httpsPort = await servers.https({ address, cert: leaf.good.fullChainPem, key: leaf.good.keyPem, requireClientCertificate: { clientCa: pki.rootPem } });
    const edge: Deployed = { address, httpsPort, httpPort: await servers.http(address, PlainHttpBehaviour.REDIRECT) };
    const site: VerifySite = { option: SslOption.CLOUDFLARE_IN_FRONT, hostnames: [WWW], nodeBalancerAddresses: [servers.address()], renewal: RenewalWindow.cloudflareEdge() };
    const report = await verify(site, edge, { cloudflareRanges: [`${address}/32`] });
    expect(failing(report)).toEqual([`${CheckId.EDGE} ${WWW}`]);
    expect(row(report, CheckId.EDGE).evidence).toMatch(/^no HTTPS answer: the server demands a client certificate/);
  });
});

describe("redirects as browsers follow them", () => {
  test("two different Location headers fail: browsers refuse the response (Node keeps the first)", async () => {
    const nb = await terminating(leaf.good, {}, PlainHttpBehaviour.TWO_LOCATIONS);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.HTTP_REDIRECT} ${WWW}`]);
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe(
      `301 with 2 different Location headers ("https://${WWW}/.well-known/cdktf-nodebalancer-ssl/verify?probe=1", "https://${WWW}/"): browsers refuse the response`,
    );
  });

  test("303 See Other is a redirect (WHATWG Fetch), and passes", async () => {
    const nb = await terminating(leaf.good, {}, PlainHttpBehaviour.SEE_OTHER);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([]);
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe("303 → https, same host and path");
  });

  test("the evidence quotes the Location as sent, query included", async () => {
    const nb = await terminating(leaf.good, {}, PlainHttpBehaviour.REDIRECT_CHANGES_QUERY);
    const report = await verify(option1(nb), nb);
    expect(row(report, CheckId.HTTP_REDIRECT)).toMatchObject({
      status: CheckStatus.FAIL,
      evidence: `301 → https://${WWW}/.well-known/cdktf-nodebalancer-ssl/verify?probe=1&from=80; expected https://${WWW}/.well-known/cdktf-nodebalancer-ssl/verify?probe=1`,
    });
  });
});

describe("cipher suite against the stack's", () => {
  const rsaOnly: Partial<HttpsServerOptions> = { maxVersion: "TLSv1.2", ciphers: "AES128-GCM-SHA256:AES256-SHA" };

  test("a server offering only suites without forward secrecy fails tls.cipher under cipher_suite recommended", async () => {
    const nb = await terminating(leaf.good, rsaOnly);
    const report = await verify(option1(nb), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CIPHER} ${WWW}`]);
    expect(row(report, CheckId.TLS_CIPHER).evidence).toMatch(/^TLS_RSA_WITH_AES_128_GCM_SHA256 \(AES128-GCM-SHA256\) has no forward secrecy/);
  });

  test("the same server warns when the stack chose cipher_suite legacy", async () => {
    const nb = await terminating(leaf.good, rsaOnly);
    const report = await verify(option1(nb, { cipherSuite: CipherSuite.LEGACY }), nb);
    expect(failing(report)).toEqual([]);
    expect(row(report, CheckId.TLS_CIPHER).status).toBe(CheckStatus.WARN);
  });

  test("TLS 1.2 with ECDHE passes", async () => {
    const nb = await terminating(leaf.good, { maxVersion: "TLSv1.2", ciphers: "ECDHE-RSA-AES128-GCM-SHA256" });
    const report = await verify(option1(nb), nb);
    expect(row(report, CheckId.TLS_CIPHER)).toMatchObject({ status: CheckStatus.PASS, evidence: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (forward secret)" });
  });
});

describe("expiry threshold from the lifetime and the renewal policy", () => {
  test("a fresh 160-hour shortlived certificate passes (the old 14-day default failed it)", async () => {
    const nb = await terminating(leaf.shortFresh);
    const report = await verify(option1(nb, { renewal: RenewalWindow.dynamic() }), nb);
    expect(failing(report)).toEqual([]);
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/^158 hours left \(\d{4}-\d\d-\d\d\); renews at 80 hours left \(dynamic\)$/);
  });

  test("the same certificate with the stack's daily alert (48 hours) passes too", async () => {
    const nb = await terminating(leaf.shortFresh);
    const report = await verify(option1(nb, { renewal: RenewalWindow.dynamic(), expiryAlertHours: 48 }), nb);
    expect(row(report, CheckId.TLS_EXPIRY).status).toBe(CheckStatus.PASS);
  });

  test("a shortlived certificate past its renewal point (20 hours left) fails", async () => {
    const nb = await terminating(leaf.shortOld);
    const report = await verify(option1(nb, { renewal: RenewalWindow.dynamic(), expiryAlertHours: 48 }), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_EXPIRY} ${WWW}`]);
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/^19 hours left .*under the 48-hour threshold; renews at 80 hours left \(dynamic\)$/);
  });

  test("without the stack's alert the threshold is a sixth of the lifetime (27 hours): 20 hours left fails", async () => {
    const nb = await terminating(leaf.shortOld);
    const report = await verify(option1(nb, { renewal: RenewalWindow.dynamic() }), nb);
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/under the 27-hour threshold/);
  });

  test("--min-days still overrides: 7 days fails the fresh shortlived certificate", async () => {
    const nb = await terminating(leaf.shortFresh);
    const report = await verify(option1(nb, { renewal: RenewalWindow.dynamic() }), nb, { minDaysLeft: 7 });
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/under the 7-day threshold/);
  });
});

// ---------------------------------------------------------------------------------------------
// Option 2

interface Backend {
  readonly issued: Issued;
  /** Serve the leaf without its intermediate. */
  readonly leafOnly?: boolean;
  /** What this backend's port 80 does. Default: redirect. */
  readonly plain?: PlainHttpBehaviour;
  readonly name?: string;
}

/** A round-robin TCP NodeBalancer on 443 and on 80, in front of one HTTPS and one HTTP server per backend. */
async function passthrough(backends: Backend[]): Promise<Deployed> {
  const started = await Promise.all(
    backends.map(async (b, i) => {
      const address = servers.address();
      const https = await servers.https({
        address,
        cert: b.leafOnly ? b.issued.certPem : b.issued.fullChainPem,
        key: b.issued.keyPem,
        headers: { "X-Backend": b.name ?? `app-${i + 1}` },
      });
      return { https: { address, port: https }, http: { address, port: await servers.http(address, b.plain ?? PlainHttpBehaviour.REDIRECT) } };
    }),
  );
  const address = servers.address();
  return {
    address,
    httpsPort: await servers.roundRobin(address, started.map((s) => s.https)),
    httpPort: await servers.roundRobin(address, started.map((s) => s.http)),
  };
}

const option2 = (nb: Deployed, backendCount: number, more: Partial<VerifySite> = {}): VerifySite => ({
  option: SslOption.TCP_PASSTHROUGH,
  hostnames: [WWW],
  nodeBalancerAddresses: [nb.address],
  renewal: RenewalWindow.minDaysRemaining(30),
  backendCount,
  ...more,
});

describe("option 2: every backend, for every hostname", () => {
  test("with two hostnames, a backend that missed the push fails both (parallel probes pinned each name to one backend)", async () => {
    const nb = await passthrough([{ issued: leaf.good }, { issued: leaf.good2 }]);
    const report = await verify(option2(nb, 2, { hostnames: [WWW, APEX] }), nb);
    expect(failing(report)).toEqual([`${CheckId.BACKENDS} ${WWW}`, `${CheckId.BACKENDS} ${APEX}`]);
    expect(row(report, CheckId.BACKENDS, APEX).evidence).toMatch(/^2 different certificates in 4 handshakes .*: a backend missed the push$/);
  });

  test("a backend serving the leaf without its intermediate fails the chain row, with how many connections", async () => {
    const nb = await passthrough([{ issued: leaf.good }, { issued: leaf.good, leafOnly: true }]);
    const report = await verify(option2(nb, 2), nb);
    expect(failing(report)).toEqual([`${CheckId.TLS_CHAIN} ${WWW}`]);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toBe("2 of 4 connections: incomplete chain: the leaf's issuer was not sent (serve certificate + intermediate)");
  });

  test("a backend answering 200 on port 80 fails the redirect row", async () => {
    const nb = await passthrough([{ issued: leaf.good }, { issued: leaf.good, plain: PlainHttpBehaviour.SERVE }]);
    const report = await verify(option2(nb, 2), nb);
    expect(failing(report)).toEqual([`${CheckId.HTTP_REDIRECT} ${WWW}`]);
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe("2 of 4 connections: 200 without a redirect to https");
  });

  test("with --backend-header the backends are counted by name: all three seen", async () => {
    const nb = await passthrough([{ issued: leaf.good }, { issued: leaf.good }, { issued: leaf.good }]);
    const report = await verify(option2(nb, 3, { backendHeader: "X-Backend" }), nb);
    expect(failing(report)).toEqual([]);
    expect(row(report, CheckId.BACKENDS).evidence).toMatch(/^1 certificate in 6 handshakes over 3 backends .*; every backend seen, by X-Backend: app-1, app-2, app-3$/);
  });

  test("with --backend-header, fewer names than backends warns", async () => {
    const nb = await passthrough([{ issued: leaf.good, name: "app-1" }, { issued: leaf.good, name: "app-1" }]);
    const report = await verify(option2(nb, 3, { backendHeader: "X-Backend" }), nb);
    expect(row(report, CheckId.BACKENDS)).toMatchObject({ status: CheckStatus.WARN });
    expect(row(report, CheckId.BACKENDS).evidence).toMatch(/only 1 of 3 backends named by X-Backend \(app-1\)/);
  });
});

// ---------------------------------------------------------------------------------------------
// Option 3

describe("option 3: every port the stack keeps closed", () => {
  test("a NodeBalancer answering plain HTTP on 80 to anyone fails the origin row for port 80", async () => {
    const address = servers.address();
    const edgePort = await servers.https({ address, cert: leaf.good.fullChainPem, key: leaf.good.keyPem });
    const edge: Deployed = { address, httpsPort: edgePort, httpPort: await servers.http(address, PlainHttpBehaviour.REDIRECT) };
    const origin = servers.address();
    await servers.http(origin, PlainHttpBehaviour.SERVE, edge.httpPort);
    const site: VerifySite = { option: SslOption.CLOUDFLARE_IN_FRONT, hostnames: [WWW], nodeBalancerAddresses: [origin], renewal: RenewalWindow.cloudflareEdge() };
    const report = await verify(site, edge, { cloudflareRanges: [`${address}/32`] });
    expect(failing(report)).toEqual([`${CheckId.ORIGIN_FIREWALL} ${origin}:${edge.httpPort}`]);
    expect(row(report, CheckId.ORIGIN_FIREWALL, `${origin}:${edge.httpPort}`).evidence).toBe(
      "plain HTTP answered 200 from outside Cloudflare: the NodeBalancer firewall is open",
    );
    expect(row(report, CheckId.ORIGIN_FIREWALL, `${origin}:${edge.httpsPort}`).status).toBe(CheckStatus.PASS);
  });

  test("a NodeBalancer answering plain HTTP on 443 fails too, and the stack's other config ports are probed", async () => {
    const address = servers.address();
    const edgePort = await servers.https({ address, cert: leaf.good.fullChainPem, key: leaf.good.keyPem });
    const edge: Deployed = { address, httpsPort: edgePort, httpPort: await servers.http(address, PlainHttpBehaviour.REDIRECT) };
    const origin = servers.address();
    await servers.http(origin, PlainHttpBehaviour.SERVE, edge.httpsPort);
    const extra = await servers.https({ address: origin, cert: leaf.good.fullChainPem, key: leaf.good.keyPem });
    const site: VerifySite = {
      option: SslOption.CLOUDFLARE_IN_FRONT,
      hostnames: [WWW],
      nodeBalancerAddresses: [origin],
      renewal: RenewalWindow.cloudflareEdge(),
      nodeBalancerPorts: [443, extra],
    };
    const report = await verify(site, edge, { cloudflareRanges: [`${address}/32`] });
    expect(failing(report)).toEqual([`${CheckId.ORIGIN_FIREWALL} ${origin}:${edge.httpsPort}`, `${CheckId.ORIGIN_FIREWALL} ${origin}:${extra}`]);
  });
});
