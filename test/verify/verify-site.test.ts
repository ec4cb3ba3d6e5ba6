import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CheckId, CheckStatus, type CheckResult } from "../../src/verify/check-result";
import { RenewalWindow } from "../../src/verify/renewal-window";
import { staticResolver, type HostResolver } from "../../src/verify/resolver";
import type { VerifySite } from "../../src/verify/site";
import { SslOption } from "../../src/verify/ssl-option";
import { VerifyExitCode, type VerifyReport } from "../../src/verify/verify-report";
import { verifySite } from "../../src/verify/verify-site";
import { LeafKey, TestPki, type Issued } from "./support/pki";
import { LoopbackServers, PlainHttpBehaviour } from "./support/servers";

const WWW = "www.example.test";
const APEX = "example.test";

let pki: TestPki;
let servers: LoopbackServers;
const leaf: Record<string, Issued> = {};

beforeAll(() => {
  pki = new TestPki();
  servers = new LoopbackServers();
  leaf.good = pki.issue({ names: [WWW, APEX], toDays: 60 });
  leaf.expired = pki.issue({ names: [WWW, APEX], fromDays: -90, toDays: -2 });
  leaf.tenDays = pki.issue({ names: [WWW, APEX], fromDays: -80, toDays: 10 });
  leaf.twentyDays = pki.issue({ names: [WWW, APEX], fromDays: -70, toDays: 20 });
  leaf.otherName = pki.issue({ names: ["other.test"] });
  leaf.ecdsa = pki.issue({ names: [WWW, APEX], key: LeafKey.ECDSA });
  leaf.good2 = pki.issue({ names: [WWW, APEX], toDays: 60 });
});

afterAll(async () => {
  await servers.closeAll();
  pki.dispose();
});

interface Deployed {
  /** The NodeBalancer's (or, for option 3, the edge's) address. */
  readonly address: string;
  readonly httpsPort: number;
  readonly httpPort: number;
}

/** A NodeBalancer terminating TLS (option 1): one HTTPS server and a port-80 server on one address. */
async function terminating(served: string, key: string, plain = PlainHttpBehaviour.REDIRECT, legacy = false): Promise<Deployed> {
  const address = servers.address();
  const httpsPort = await servers.https({ address, cert: served, key, ...(legacy ? { minVersion: "TLSv1", ciphers: "DEFAULT@SECLEVEL=0" } : {}) });
  return { address, httpsPort, httpPort: await servers.http(address, plain) };
}

const option1 = (nb: Deployed): VerifySite => ({
  option: SslOption.TERMINATE_AT_LOAD_BALANCER,
  hostnames: [WWW, APEX],
  nodeBalancerAddresses: [nb.address],
  renewal: RenewalWindow.minDaysRemaining(30),
});

function verify(site: VerifySite, at: Deployed, extra: { resolver?: HostResolver; timeoutMs?: number; cloudflareRanges?: string[] } = {}): Promise<VerifyReport> {
  return verifySite({
    site,
    resolver: extra.resolver ?? staticResolver({ [WWW]: [at.address], [APEX]: [at.address] }),
    ca: pki.rootPem,
    httpsPort: at.httpsPort,
    httpPort: at.httpPort,
    timeoutMs: extra.timeoutMs ?? 3000,
    cloudflareRanges: extra.cloudflareRanges,
  });
}

const rowsWith = (report: VerifyReport, status: CheckStatus): string[] =>
  report.results.filter((r) => r.status === status).map((r) => `${r.check} ${r.target}`);
const row = (report: VerifyReport, check: CheckId, target = WWW): CheckResult => {
  const found = report.results.find((r) => r.check === check && r.target === target);
  if (found === undefined) throw new Error(`no ${check} row for ${target}: ${report.toTable()}`);
  return found;
};
const onBothNames = (...checks: CheckId[]): string[] => [WWW, APEX].flatMap((h) => checks.map((c) => `${c} ${h}`));

describe("option 1: TLS at the NodeBalancer", () => {
  test("a healthy site passes every check, for every hostname", async () => {
    // GIVEN a NodeBalancer serving the full chain of an RSA certificate, and a redirect on 80
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem);
    // WHEN
    const report = await verify(option1(nb), nb);
    // THEN one passing row per check and hostname, exit code 0
    const all = [CheckId.DNS, CheckId.TLS_HANDSHAKE, CheckId.TLS_CHAIN, CheckId.TLS_HOSTNAME, CheckId.TLS_KEY, CheckId.TLS_EXPIRY, CheckId.TLS_VERSION, CheckId.TLS_CIPHER, CheckId.TLS_LEGACY, CheckId.HTTPS_REQUEST, CheckId.HTTP_REDIRECT];
    expect(rowsWith(report, CheckStatus.PASS)).toEqual(onBothNames(...all));
    expect(report.status).toBe(CheckStatus.PASS);
    expect(report.exitCode()).toBe(VerifyExitCode.OK);
    expect(row(report, CheckId.TLS_KEY).evidence).toBe("RSA 2048");
    expect(row(report, CheckId.TLS_LEGACY).evidence).toBe("TLS 1.0 refused, TLS 1.1 refused");
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/^59 days left \(\d{4}-\d\d-\d\d\); renews at 30 days left$/);
  });

  test("a leaf served without its intermediate fails the chain row only", async () => {
    const nb = await terminating(leaf.good.certPem, leaf.good.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_CHAIN));
    expect(row(report, CheckId.TLS_CHAIN).evidence).toMatch(/incomplete chain: the leaf's issuer was not sent/);
    expect(report.exitCode()).toBe(VerifyExitCode.CHECK_FAILED);
  });

  test("an expired certificate fails expiry (and the chain, which does not verify either)", async () => {
    const nb = await terminating(leaf.expired.fullChainPem, leaf.expired.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_CHAIN, CheckId.TLS_EXPIRY));
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/^expired \d{4}-\d\d-\d\d \(2 days ago\)$/);
    expect(row(report, CheckId.TLS_CHAIN).evidence).toMatch(/expired/);
  });

  test("10 days left fails the 14-day threshold", async () => {
    const nb = await terminating(leaf.tenDays.fullChainPem, leaf.tenDays.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_EXPIRY));
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/^9 days left .*under the 14-day threshold; renews at 30 days left$/);
  });

  test("20 days left warns: inside the 30-day renewal window, so the scheduled apply did not renew", async () => {
    const nb = await terminating(leaf.twentyDays.fullChainPem, leaf.twentyDays.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([]);
    expect(rowsWith(report, CheckStatus.WARN)).toEqual(onBothNames(CheckId.TLS_EXPIRY));
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/inside the renewal window/);
    expect(report.exitCode()).toBe(VerifyExitCode.OK);
    expect(report.exitCode(true)).toBe(VerifyExitCode.CHECK_FAILED);
  });

  test("a certificate for another name fails the hostname row only", async () => {
    const nb = await terminating(leaf.otherName.fullChainPem, leaf.otherName.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_HOSTNAME));
    expect(row(report, CheckId.TLS_HOSTNAME).evidence).toBe("not covered: certificate is for DNS:other.test");
  });

  test("an ECDSA leaf where a NodeBalancer serves it fails the key row", async () => {
    const nb = await terminating(leaf.ecdsa.fullChainPem, leaf.ecdsa.keyPem);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_KEY));
    expect(row(report, CheckId.TLS_KEY).evidence).toMatch(/^ECDSA prime256v1: a NodeBalancer serves RSA only/);
  });

  test("a server that still accepts TLS 1.0 and 1.1 fails the legacy row (this machine's OpenSSL offers both)", async () => {
    // The server allows TLS 1.0 at security level 0; the probe offers it the same way. "accepted"
    // proves the local OpenSSL can make a TLS 1.0 handshake: the refusal in the healthy test is real.
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem, PlainHttpBehaviour.REDIRECT, true);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.TLS_LEGACY));
    expect(row(report, CheckId.TLS_LEGACY).evidence).toBe("TLS 1.0 accepted, TLS 1.1 accepted");
    expect(row(report, CheckId.TLS_VERSION).evidence).toBe("TLSv1.3");
  });

  test("port 80 that serves instead of redirecting fails the redirect row", async () => {
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem, PlainHttpBehaviour.SERVE);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.HTTP_REDIRECT));
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe("200 without a redirect to https");
  });

  test("a redirect that drops the path fails the redirect row", async () => {
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem, PlainHttpBehaviour.REDIRECT_TO_ROOT);
    const report = await verify(option1(nb), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.HTTP_REDIRECT));
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe(
      `301 → https://${WWW}/; expected https://${WWW}/.well-known/cdktf-nodebalancer-ssl/verify?probe=1`,
    );
  });

  test("a name that resolves elsewhere fails the DNS row; the NodeBalancer itself is still probed", async () => {
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem);
    const elsewhere = servers.address();
    const report = await verify(option1(nb), nb, { resolver: staticResolver({ [WWW]: [elsewhere], [APEX]: [] }) });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([`${CheckId.DNS} ${WWW}`, `${CheckId.DNS} ${APEX}`]);
    expect(row(report, CheckId.DNS).evidence).toBe(`${elsewhere} is not the NodeBalancer (${nb.address})`);
    expect(row(report, CheckId.DNS, APEX).evidence).toBe("no A or AAAA record");
  });

  test("every network step is time-limited: a silent port and a resolver that never answers", async () => {
    const address = servers.address();
    const silent: Deployed = { address, httpsPort: await servers.silent(address), httpPort: await servers.silent(address) };
    const never: HostResolver = { resolve: () => new Promise(() => undefined) };
    const started = Date.now();
    const report = await verify(option1(silent), silent, { resolver: never, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(report.results.map((r) => `${r.status} ${r.check} ${r.evidence}`)).toEqual(
      [WWW, APEX].flatMap(() => [
        `fail ${CheckId.DNS} no answer within 0.3 s`,
        `fail ${CheckId.TLS_HANDSHAKE} ${address}:${silent.httpsPort}: no answer within 0.3 s`,
      ]),
    );
  });

  test("a port 80 that never answers fails the redirect row within the time limit", async () => {
    const nb = await terminating(leaf.good.fullChainPem, leaf.good.keyPem);
    const silent80: Deployed = { ...nb, httpPort: await servers.silent(nb.address) };
    const report = await verify(option1(silent80), silent80, { timeoutMs: 300 });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual(onBothNames(CheckId.HTTP_REDIRECT));
    expect(row(report, CheckId.HTTP_REDIRECT).evidence).toBe(`port ${silent80.httpPort}: no answer within 0.3 s`);
  });
});

describe("option 2: TCP passthrough", () => {
  /** A round-robin TCP NodeBalancer in front of one HTTPS backend per certificate, and a redirect on 80. */
  async function passthrough(backendCertificates: Issued[]): Promise<Deployed> {
    const backends = await Promise.all(
      backendCertificates.map(async (c) => {
        const address = servers.address();
        return { address, port: await servers.https({ address, cert: c.fullChainPem, key: c.keyPem }) };
      }),
    );
    const address = servers.address();
    return { address, httpsPort: await servers.roundRobin(address, backends), httpPort: await servers.http(address, PlainHttpBehaviour.REDIRECT) };
  }
  const option2 = (nb: Deployed, backendCount: number): VerifySite => ({
    option: SslOption.TCP_PASSTHROUGH,
    hostnames: [WWW],
    nodeBalancerAddresses: [nb.address],
    renewal: RenewalWindow.minDaysRemaining(30),
    backendCount,
  });

  test("backends with the same certificate pass; an ECDSA certificate is fine where only backends serve it", async () => {
    const nb = await passthrough([leaf.ecdsa, leaf.ecdsa]);
    const report = await verify(option2(nb, 2), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([]);
    expect(rowsWith(report, CheckStatus.WARN)).toEqual([]);
    expect(report.results.map((r) => r.check)).not.toContain(CheckId.TLS_KEY);
    expect(row(report, CheckId.BACKENDS).evidence).toMatch(/^1 certificate in 4 handshakes over 2 backends \([0-9A-F:]+… ×4\); backends known by round robin's order: 4 connections in a row reach each 2 times/);
  });

  test("two backends serving different certificates fail the backends row", async () => {
    const nb = await passthrough([leaf.good, leaf.good2]);
    const report = await verify(option2(nb, 2), nb);
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([`${CheckId.BACKENDS} ${WWW}`]);
    expect(row(report, CheckId.BACKENDS).evidence).toMatch(/^2 different certificates in 4 handshakes \(.+ ×2, .+ ×2\): a backend missed the push$/);
  });
});

describe("option 3: Cloudflare in front", () => {
  /** An "edge" on an address inside the (test) Cloudflare range, and the NodeBalancer's address on the same port. */
  async function cloudflare(edgeStatus = 200): Promise<Deployed & { readonly origin: string; readonly range: string }> {
    const address = servers.address();
    const httpsPort = await servers.https({ address, cert: leaf.good.fullChainPem, key: leaf.good.keyPem, status: edgeStatus });
    return { address, httpsPort, httpPort: await servers.http(address, PlainHttpBehaviour.REDIRECT), origin: servers.address(), range: `${address}/32` };
  }
  const option3 = (origin: string): VerifySite => ({
    option: SslOption.CLOUDFLARE_IN_FRONT,
    hostnames: [WWW],
    nodeBalancerAddresses: [origin],
    renewal: RenewalWindow.cloudflareEdge(),
  });

  test("names on Cloudflare, the edge answering and the NodeBalancer refusing direct connections pass", async () => {
    const edge = await cloudflare();
    const report = await verify(option3(edge.origin), edge, { cloudflareRanges: [edge.range] });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([]);
    expect(rowsWith(report, CheckStatus.WARN)).toEqual([]);
    expect(row(report, CheckId.DNS).evidence).toBe(`${edge.address} (Cloudflare)`);
    expect(row(report, CheckId.EDGE).evidence).toBe("HTTP 200");
    expect(row(report, CheckId.TLS_EXPIRY).evidence).toMatch(/; edge certificate, renewed by Cloudflare$/);
    expect(row(report, CheckId.ORIGIN_FIREWALL, `${edge.origin}:${edge.httpsPort}`).evidence).toBe("no handshake: connection refused");
    expect(report.results.map((r) => r.check)).not.toContain(CheckId.TLS_KEY);
  });

  test("a NodeBalancer that completes a handshake for a client outside Cloudflare fails the origin firewall row", async () => {
    const edge = await cloudflare();
    await servers.https({ address: edge.origin, port: edge.httpsPort, cert: leaf.good.fullChainPem, key: leaf.good.keyPem });
    const report = await verify(option3(edge.origin), edge, { cloudflareRanges: [edge.range] });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([`${CheckId.ORIGIN_FIREWALL} ${edge.origin}:${edge.httpsPort}`]);
    expect(row(report, CheckId.ORIGIN_FIREWALL, `${edge.origin}:${edge.httpsPort}`).evidence).toMatch(/handshake completed from outside Cloudflare/);
  });

  test("a NodeBalancer port that accepts TCP but never speaks TLS warns: the firewall let this client in", async () => {
    const edge = await cloudflare();
    await servers.silent(edge.origin, edge.httpsPort);
    const report = await verify(option3(edge.origin), edge, { cloudflareRanges: [edge.range], timeoutMs: 300 });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([]);
    expect(row(report, CheckId.ORIGIN_FIREWALL, `${edge.origin}:${edge.httpsPort}`)).toMatchObject({
      status: CheckStatus.WARN,
      evidence: `no handshake (no answer within 0.3 s), but port ${edge.httpsPort} accepted a TCP connection`,
    });
  });

  test("an edge answering 526 (origin certificate not valid for Full (strict)) fails the edge row", async () => {
    const edge = await cloudflare(526);
    const report = await verify(option3(edge.origin), edge, { cloudflareRanges: [edge.range] });
    expect(rowsWith(report, CheckStatus.FAIL)).toEqual([`${CheckId.EDGE} ${WWW}`]);
    expect(row(report, CheckId.EDGE).evidence).toBe("HTTP 526: origin certificate invalid (Full (strict))");
  });

  test("a name that resolves to the NodeBalancer itself (not proxied) fails the DNS row", async () => {
    const edge = await cloudflare();
    const report = await verify(option3(edge.origin), edge, { cloudflareRanges: [edge.range], resolver: staticResolver({ [WWW]: [edge.origin] }) });
    expect(row(report, CheckId.DNS)).toMatchObject({ status: CheckStatus.FAIL, evidence: `${edge.origin} is the NodeBalancer itself: the record is not proxied` });
  });
});
