import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ClientAddressHeader, ProxyProtocol, WebServer, type WebServerSite } from "../../src";

const SITE: WebServerSite = {
  tlsPort: 443,
  httpPort: 80,
  proxyProtocol: ProxyProtocol.V2,
  trustedProxies: ["192.168.255.0/24"],
  certificatePath: "/etc/ssl/site/fullchain.pem",
  privateKeyPath: "/etc/ssl/site/privkey.pem",
};

/** Mozilla's intermediate TLS 1.2 ciphers (its DHE suites left out). */
const MOZILLA_CIPHERS = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

describe("WebServer.nginx", () => {
  test("renders TLS on the site's port with PROXY protocol, real IPs from the NodeBalancers only, and the pushed files", () => {
    // GIVEN the default site  WHEN rendered
    const config = WebServer.nginx().renderConfig(SITE)!;
    // THEN the TLS server reads the PROXY header and trusts it from 192.168.255.0/24 only
    expect(config).toContain("    listen 443 ssl proxy_protocol;\n");
    expect(config.match(/    set_real_ip_from 192\.168\.255\.0\/24;\n    real_ip_header proxy_protocol;\n/g)).toHaveLength(2);
    expect(config).toContain("    ssl_certificate /etc/ssl/site/fullchain.pem;\n    ssl_certificate_key /etc/ssl/site/privkey.pem;\n");
    // AND plain HTTP on 80 redirects to HTTPS
    expect(config).toContain("server {\n    listen 80 proxy_protocol;\n");
    expect(config).toContain("    return 301 https://$host$request_uri;\n");
    expect(config).not.toContain("ssl_verify_client");
  });

  test("its TLS settings are Mozilla's intermediate profile", () => {
    const config = WebServer.nginx().renderConfig(SITE)!;
    expect(config).toContain("    ssl_protocols TLSv1.2 TLSv1.3;\n");
    expect(config).toContain(`    ssl_ciphers ${MOZILLA_CIPHERS};\n`);
    expect(config).toContain("    ssl_ecdh_curve X25519:prime256v1:secp384r1;\n");
    expect(config).toContain("    ssl_prefer_server_ciphers off;\n");
    expect(config).toContain("    ssl_session_tickets off;\n");
    expect(config).not.toMatch(/TLSv1(\.1)?[ ;]/);
  });

  test("asks for a client certificate from the given CA (for Authenticated Origin Pulls)", () => {
    const config = WebServer.nginx().renderConfig({ ...SITE, clientCaPath: "/etc/ssl/site/origin-pull-ca.pem" })!;
    expect(config).toContain("    ssl_client_certificate /etc/ssl/site/origin-pull-ca.pem;\n    ssl_verify_client on;\n");
  });

  test("takes the client address from CF-Connecting-IP, believed from the NodeBalancers only, without PROXY protocol", () => {
    const config = WebServer.nginx().renderConfig({ ...SITE, proxyProtocol: ProxyProtocol.NONE, httpPort: undefined, clientAddressHeader: ClientAddressHeader.CF_CONNECTING_IP })!;
    expect(config).toContain("    listen 443 ssl;\n");
    expect(config).toContain("    set_real_ip_from 192.168.255.0/24;\n    real_ip_header CF-Connecting-IP;\n");
    expect(config).toMatch(/# No PROXY protocol: it would carry the address of Cloudflare's edge/);
    expect(config).not.toContain("proxy_protocol;");
  });

  test("without PROXY protocol or plain HTTP: no proxy_protocol, no real-IP trust, no port-80 server", () => {
    const config = WebServer.nginx().renderConfig({ ...SITE, proxyProtocol: ProxyProtocol.NONE, httpPort: undefined, tlsPort: 8443 })!;
    expect(config).toContain("    listen 8443 ssl;\n");
    expect(config).not.toMatch(/proxy_protocol|set_real_ip_from|listen 80/);
  });
});

describe("WebServer.haproxy", () => {
  test("renders a whole haproxy.cfg: TLS with the pushed chain, PROXY headers from the NodeBalancers only, the client address to the app", () => {
    // GIVEN HAProxy's paths  WHEN rendered
    const site = { ...SITE, certificatePath: "/etc/haproxy/certs/site.pem", privateKeyPath: "/etc/haproxy/certs/site.pem.key" };
    const config = WebServer.haproxy({ upstream: "127.0.0.1:3000" }).renderConfig(site)!;
    // THEN 443 terminates TLS with the chain (HAProxy finds the key at .key) and the app learns the client
    expect(config).toContain("frontend https\n    bind :443 ssl crt /etc/haproxy/certs/site.pem\n");
    expect(config.match(/    tcp-request connection expect-proxy layer4 if \{ src 192\.168\.255\.0\/24 \}\n/g)).toHaveLength(2);
    expect(config).toContain("    option forwardfor\n    http-request set-header X-Forwarded-Proto https\n");
    expect(config).toContain("backend app\n    server app 127.0.0.1:3000\n");
    // AND 80 redirects, TLS is Mozilla's intermediate
    expect(config).toContain("frontend http\n    bind :80\n");
    expect(config).toContain("    http-request redirect scheme https code 301\n");
    expect(config).toContain(`    ssl-default-bind-ciphers ${MOZILLA_CIPHERS}\n`);
    expect(config).toContain("    ssl-default-bind-options prefer-client-ciphers ssl-min-ver TLSv1.2 no-tls-tickets\n");
  });

  test("takes the client address from CF-Connecting-IP, believed from the NodeBalancers only", () => {
    const config = WebServer.haproxy().renderConfig({ ...SITE, proxyProtocol: ProxyProtocol.NONE, clientAddressHeader: ClientAddressHeader.CF_CONNECTING_IP })!;
    expect(config).toContain("    http-request set-src req.hdr(CF-Connecting-IP) if { src 192.168.255.0/24 } { req.hdr(CF-Connecting-IP) -m found }\n");
    expect(config).not.toContain("expect-proxy");
  });

  test("verifies client certificates from the given CA", () => {
    const config = WebServer.haproxy().renderConfig({ ...SITE, clientCaPath: "/etc/haproxy/certs/origin-pull-ca.pem" })!;
    expect(config).toContain(" ca-file /etc/haproxy/certs/origin-pull-ca.pem verify required\n");
  });

  test("rejects an upstream that is not host:port", () => {
    expect(() => WebServer.haproxy({ upstream: "http://127.0.0.1:3000" })).toThrow(/^WebServer\.haproxy: invalid 'upstream': received "http:\/\/127\.0\.0\.1:3000"\. Give the application's address as 'host:port'/);
  });
});

describe("WebServer.custom", () => {
  test("runs its command and renders nothing", () => {
    const custom = WebServer.custom({ reloadCommand: "systemctl reload caddy" });
    expect(custom.reloadCommand).toBe("systemctl reload caddy");
    expect(custom.renderConfig(SITE)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Each preset's configuration passes its own server's check, with real certificate files.
// ---------------------------------------------------------------------------------------------

function has(binary: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${binary} || test -x /usr/sbin/${binary}`]).status === 0;
}

const dir = mkdtempSync(join(tmpdir(), "web-server-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A self-signed certificate and its key at `<name>.pem` and `<keyName>`. */
function certificateFiles(name: string, keyName: string): { certificatePath: string; privateKeyPath: string } {
  const certificatePath = join(dir, `${name}.pem`);
  const privateKeyPath = join(dir, keyName);
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", privateKeyPath, "-out", certificatePath, "-days", "1", "-subj", "/CN=www.example.com"], { stdio: "ignore", timeout: 30_000 });
  return { certificatePath, privateKeyPath };
}

const VARIANTS: [string, Partial<WebServerSite>][] = [
  ["PROXY v2 with port 80", {}],
  ["PROXY v1, TLS on 8443, no port 80", { proxyProtocol: ProxyProtocol.V1, tlsPort: 8443, httpPort: undefined }],
  ["no PROXY protocol", { proxyProtocol: ProxyProtocol.NONE }],
  ["client certificates required", { clientCaPath: "CA" }],
  ["Cloudflare to the app servers: client certificates, CF-Connecting-IP", { proxyProtocol: ProxyProtocol.NONE, httpPort: undefined, clientCaPath: "CA", clientAddressHeader: ClientAddressHeader.CF_CONNECTING_IP }],
];

describe.skipIf(!has("nginx"))(`nginx -t accepts the rendered configuration${has("nginx") ? "" : " (skipped: nginx is not installed; .ci/run installs it)"}`, () => {
  test.each(VARIANTS)("%s", (name, variant) => {
    // GIVEN real files and the rendered server blocks inside a minimal nginx.conf
    const files = certificateFiles(`nginx-${name.replace(/\W+/g, "-")}`, `nginx-${name.replace(/\W+/g, "-")}.key`);
    const site: WebServerSite = { ...SITE, ...files, ...variant, clientCaPath: variant.clientCaPath ? files.certificatePath : undefined };
    const conf = join(dir, `nginx-${name.replace(/\W+/g, "-")}.conf`);
    writeFileSync(join(dir, "site.conf"), WebServer.nginx().renderConfig(site)!);
    writeFileSync(conf, `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n    include ${dir}/site.conf;\n}\n`);
    // WHEN nginx checks it  THEN it passes
    const r = spawnSync("nginx", ["-t", "-q", "-e", join(dir, "error.log"), "-c", conf], { encoding: "utf8", timeout: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!has("haproxy"))(`haproxy -c accepts the rendered configuration${has("haproxy") ? "" : " (skipped: haproxy is not installed; .ci/run installs it)"}`, () => {
  test.each(VARIANTS)("%s", (name, variant) => {
    // GIVEN real files where HAProxy looks for them (the key beside the chain, plus .key)
    const base = `haproxy-${name.replace(/\W+/g, "-")}`;
    const files = certificateFiles(base, `${base}.pem.key`);
    const site: WebServerSite = { ...SITE, ...files, ...variant, clientCaPath: variant.clientCaPath ? files.certificatePath : undefined };
    const cfg = join(dir, `${base}.cfg`);
    writeFileSync(cfg, WebServer.haproxy().renderConfig(site)!);
    // WHEN HAProxy checks it  THEN it passes
    const r = spawnSync("haproxy", ["-c", "-f", cfg], { encoding: "utf8", timeout: 30_000 });
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\[ALERT\]|\[WARNING\]/);
    expect(r.status).toBe(0);
  });
});
