import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeAccount,
  AcmeCertificate,
  AcmeDnsChallenge,
  AcmeKeyType,
  Algorithm,
  ApplySchedule,
  AppServers,
  type AcmeCertificateProps,
  type AppServersProps,
  Backend,
  CertificateProfile,
  CertificatePush,
  type CertificatePushProps,
  CipherSuite,
  CloudFirewall,
  CloudflareInFront,
  CloudflareOrigin,
  CloudflareSslScope,
  HostnameSslRules,
  AuthenticatedOriginPulls,
  CloudflareZone,
  FirewallSource,
  HealthCheckType,
  ListenerCertificate,
  LoadBalancedSite,
  LoadBalancer,
  linodeInstance,
  MinTlsVersion,
  NodeBalancer,
  OriginCaCertificate,
  OriginCaKeyType,
  type OriginCaValidity,
  PlainHttp,
  Protocol,
  RenewalPolicy,
  ProxyProtocol,
  SiteStack,
  type LoadBalancedSiteProps,
  SiteTls,
  SshCredentials,
  SslMode,
  StateBackend,
  Stickiness,
  TcpPassthrough,
  type TcpPassthroughProps,
  TerminateAtLoadBalancer,
  type TerminateAtLoadBalancerProps,
  ValidationError,
  WebServer,
  ZoneSslSettings,
} from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack, warningsOf } from "../support/fixtures";

// ---------------------------------------------------------------------------------------------
// Building blocks: valid everywhere except for the one bad input of each row.
// ---------------------------------------------------------------------------------------------

const app1 = () => Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", linodeId: "101" });
const app2 = () => Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.11", linodeId: "102" });
const admins = () => FirewallSource.cidrs(["203.0.113.0/24"]);
const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHardeningTestKeyOnly ops@example.com";
const ZONE_ID = "0123456789abcdef0123456789abcdef";
/** Base64 key material without a PEM header: must never be echoed in an error. */
const KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";

const nodeBalancer = (stack: TerraformStack) => new NodeBalancer(stack, "Nb", { region: "us-east" });
const acme = (stack: TerraformStack, keyType?: AcmeKeyType) =>
  ListenerCertificate.fromAcme(new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), keyType }));
const zone = (stack: TerraformStack) => CloudflareZone.fromZoneId(stack, "Zone", { zoneId: ZONE_ID, zoneName: "example.com" });
const rule = (i: number) => ({ label: `rule-${i}`, ports: [22], source: FirewallSource.nodeBalancers() });

function terminate(stack: TerraformStack, overrides: Partial<TerminateAtLoadBalancerProps> = {}) {
  return new TerminateAtLoadBalancer(stack, "Site", { region: "us-east", backends: [app1(), app2()], certificate: acme(stack), ...overrides });
}

function passthrough(stack: TerraformStack, overrides: Partial<TcpPassthroughProps> = {}) {
  return new TcpPassthrough(stack, "Site", {
    region: "us-east",
    backends: [app1(), app2()],
    certificate: acme(stack),
    sshCredentials: SshCredentials.agent(),
    adminSources: admins(),
    ...overrides,
  });
}

function push(stack: TerraformStack, overrides: Partial<CertificatePushProps> = {}) {
  return new CertificatePush(stack, "Push", { certificate: acme(stack), sshCredentials: SshCredentials.agent(), backends: [app1(), app2()], ...overrides });
}

function appServers(stack: TerraformStack, overrides: Partial<AppServersProps> = {}) {
  return new AppServers(stack, "App", { region: "us-east", count: 2, authorizedKeys: [PUBLIC_KEY], ...overrides });
}

const site = { region: "us-east", backends: [app1(), app2()] };
const acmeTls = () => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode() });
const passthroughTls = () => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.agent() });

/** A facade stack of its own (SiteStack is a stack): its paths start with `site/`. */
function siteStack(overrides: Partial<LoadBalancedSiteProps>): TerraformStack {
  const stack = new SiteStack(Testing.app(), "site");
  stack.addSite({ ...site, domainNames: ["www.example.com"], tls: acmeTls(), ...overrides });
  return stack;
}

/** `n` distinct names below example.com. */
const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i}.example.com`);
const cert = (stack: TerraformStack, props: Partial<AcmeCertificateProps>) => new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), ...props });
/** Two sites in one stack; the second with `second` changed. */
function twoSites(stack: TerraformStack, first: Partial<LoadBalancedSiteProps>, second: Partial<LoadBalancedSiteProps>): void {
  new LoadBalancedSite(stack, "First", { ...site, domainNames: ["a.example.com"], tls: acmeTls(), ...first });
  new LoadBalancedSite(stack, "Second", { ...site, domainNames: ["b.example.com"], tls: acmeTls(), ...second });
}
const otherServers = () => [Backend.fromAddress("192.168.130.20", { label: "app-3", linodeId: "103" })];
/** Two stacks of one app, each with its own StateBackend; returns the second. */
function twoStacks(backend: () => StateBackend): TerraformStack {
  const app = Testing.app();
  backend().bind(new TerraformStack(app, "prod"));
  const staging = new TerraformStack(app, "staging");
  backend().bind(staging);
  return staging;
}
const shopState = () => StateBackend.linodeObjectStorage({ bucket: "tfstate", key: "shop/prod.tfstate", region: "us-east-1" });

/** A value of the wrong type or spelling, as plain JavaScript callers or a cast can pass it. */
function cast<T>(value: unknown): T {
  return value as T;
}

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

interface BadInput {
  /** The public construct or factory under test. */
  readonly subject: string;
  /** What is wrong. */
  readonly name: string;
  /** Builds the bad input in a fresh stack; returns another stack when it builds one (SiteStack). */
  readonly build: (stack: TerraformStack) => unknown;
  /** Construct path or factory name the message starts with. */
  readonly where: string;
  /** The prop the message names. */
  readonly prop: string;
  /** The value the message shows. */
  readonly received: unknown;
  /** A phrase of the fix the message gives. */
  readonly fix: string;
  /** Text that must not appear in the message (key material). */
  readonly hidden?: string;
  /** Found by a validation at synth, once the tree is complete (cdktf reports it in its own Error). */
  readonly atSynth?: boolean;
}

const BAD_INPUTS: readonly BadInput[] = [
  // NodeBalancer
  { subject: "NodeBalancer", name: "region in words", build: (s) => new NodeBalancer(s, "Nb", { region: "US East" }), where: "test/Nb", prop: "region", received: "US East", fix: "Use a Linode region id such as 'us-east'" },
  { subject: "NodeBalancer", name: "label with a space", build: (s) => new NodeBalancer(s, "Nb", { region: "us-east", label: "my site" }), where: "test/Nb", prop: "label", received: "my site", fix: "Use 3-32 letters, digits, '-' or '_'" },
  { subject: "NodeBalancer", name: "connection throttle above 20", build: (s) => new NodeBalancer(s, "Nb", { region: "us-east", clientConnThrottle: 21 }), where: "test/Nb", prop: "clientConnThrottle", received: 21, fix: "Use a whole number from 0 to 20" },
  { subject: "NodeBalancer", name: "duplicated port", build: (s) => { const nb = nodeBalancer(s); nb.addConfig("First", { protocol: Protocol.HTTP, port: 8080 }); nb.addConfig("Second", { protocol: Protocol.HTTP, port: 8080 }); }, where: "test/Nb/Second", prop: "port", received: 8080, fix: "Port 8080 is already used by config 'First'" },

  // NodeBalancer configs: ports and protocols
  { subject: "NodeBalancerConfig", name: "port 0", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, port: 0 }), where: "test/Nb/Http", prop: "port", received: 0, fix: "Use a whole number from 1 to 65535" },
  { subject: "NodeBalancerConfig", name: "port NaN", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, port: NaN }), where: "test/Nb/Http", prop: "port", received: NaN, fix: "Use a whole number from 1 to 65535" },
  { subject: "NodeBalancerConfig", name: "backend port 65536", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, backendPort: 65536 }), where: "test/Nb/Http", prop: "backendPort", received: 65536, fix: "Use a whole number from 1 to 65535" },
  { subject: "NodeBalancerConfig", name: "TCP without a port", build: (s) => nodeBalancer(s).addConfig("Tcp", { protocol: Protocol.TCP }), where: "test/Nb/Tcp", prop: "port", received: undefined, fix: "A TCP config needs an explicit 'port'" },
  { subject: "NodeBalancerConfig", name: "unknown protocol", build: (s) => nodeBalancer(s).addConfig("Ftp", { protocol: cast<Protocol>("ftp"), port: 21 }), where: "test/Nb/Ftp", prop: "protocol", received: "ftp", fix: 'Use one of the Protocol values: "http", "https", "tcp"' },
  { subject: "NodeBalancerConfig", name: "certificate on TCP", build: (s) => nodeBalancer(s).addConfig("Tcp", { protocol: Protocol.TCP, port: 443, certificate: acme(s) }), where: "test/Nb/Tcp", prop: "certificate", received: "a certificate", fix: "TCP configs serve no certificate" },
  { subject: "NodeBalancerConfig", name: "certificate on HTTP", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, certificate: acme(s) }), where: "test/Nb/Http", prop: "certificate", received: "a certificate", fix: "HTTP configs serve no certificate" },
  { subject: "NodeBalancerConfig", name: "HTTPS without certificate", build: (s) => nodeBalancer(s).addConfig("Https", { protocol: Protocol.HTTPS }), where: "test/Nb/Https", prop: "certificate", received: undefined, fix: "An HTTPS config needs a certificate" },
  { subject: "NodeBalancerConfig", name: "HTTPS with an ECDSA certificate", build: (s) => nodeBalancer(s).addConfig("Https", { certificate: acme(s, AcmeKeyType.EC_P256) }), where: "test/Nb/Https", prop: "certificate", received: "ECDSA", fix: "NodeBalancers serve RSA certificates only" },
  { subject: "NodeBalancerConfig", name: "cipher suite on HTTP", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, cipherSuite: CipherSuite.LEGACY }), where: "test/Nb/Http", prop: "cipherSuite", received: "legacy", fix: "A cipher suite applies to HTTPS configs only" },
  { subject: "NodeBalancerConfig", name: "unknown cipher suite", build: (s) => nodeBalancer(s).addConfig("Https", { certificate: acme(s), cipherSuite: cast<CipherSuite>("modern") }), where: "test/Nb/Https", prop: "cipherSuite", received: "modern", fix: "Use one of the CipherSuite values" },
  { subject: "NodeBalancerConfig", name: "PROXY protocol on HTTP", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, proxyProtocol: ProxyProtocol.V2 }), where: "test/Nb/Http", prop: "proxyProtocol", received: "v2", fix: "PROXY protocol works with Protocol.TCP only" },
  { subject: "NodeBalancerConfig", name: "PROXY protocol v3", build: (s) => nodeBalancer(s).addConfig("Tcp", { protocol: Protocol.TCP, port: 443, proxyProtocol: cast<ProxyProtocol>("v3") }), where: "test/Nb/Tcp", prop: "proxyProtocol", received: "v3", fix: "Use one of the ProxyProtocol values" },
  { subject: "NodeBalancerConfig", name: "unknown algorithm", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, algorithm: cast<Algorithm>("random") }), where: "test/Nb/Http", prop: "algorithm", received: "random", fix: "Use one of the Algorithm values" },
  { subject: "NodeBalancerConfig", name: "unknown stickiness", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, stickiness: cast<Stickiness>("cookie") }), where: "test/Nb/Http", prop: "stickiness", received: "cookie", fix: "Use one of the Stickiness values" },

  // NodeBalancer configs: health checks
  { subject: "NodeBalancerConfig", name: "HTTP check on a TCP port", build: (s) => nodeBalancer(s).addConfig("Tcp", { protocol: Protocol.TCP, port: 443, healthCheck: { type: HealthCheckType.HTTP } }), where: "test/Nb/Tcp", prop: "healthCheck.type", received: "http", fix: "use HealthCheckType.CONNECTION" },
  { subject: "NodeBalancerConfig", name: "unknown check type", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { type: cast<HealthCheckType>("tcp") } }), where: "test/Nb/Http", prop: "healthCheck.type", received: "tcp", fix: "Use one of the HealthCheckType values" },
  { subject: "NodeBalancerConfig", name: "relative check path", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { path: "healthz" } }), where: "test/Nb/Http", prop: "healthCheck.path", received: "healthz", fix: "A check path starts with '/'" },
  { subject: "NodeBalancerConfig", name: "body pattern on an HTTP check", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { body: "ok" } }), where: "test/Nb/Http", prop: "healthCheck.body", received: "ok", fix: "A body pattern needs HealthCheckType.HTTP_BODY" },
  { subject: "NodeBalancerConfig", name: "HTTP_BODY check without body", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { type: HealthCheckType.HTTP_BODY } }), where: "test/Nb/Http", prop: "healthCheck.body", received: undefined, fix: "HealthCheckType.HTTP_BODY needs a 'body' pattern" },
  { subject: "NodeBalancerConfig", name: "check interval 1 s", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { intervalSeconds: 1 } }), where: "test/Nb/Http", prop: "healthCheck.intervalSeconds", received: 1, fix: "Use a whole number from 2 to 3600" },
  { subject: "NodeBalancerConfig", name: "fractional check interval", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { intervalSeconds: 7.5 } }), where: "test/Nb/Http", prop: "healthCheck.intervalSeconds", received: 7.5, fix: "Use a whole number from 2 to 3600" },
  { subject: "NodeBalancerConfig", name: "check timeout 31 s", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { intervalSeconds: 60, timeoutSeconds: 31 } }), where: "test/Nb/Http", prop: "healthCheck.timeoutSeconds", received: 31, fix: "Use a whole number from 1 to 30" },
  { subject: "NodeBalancerConfig", name: "timeout not shorter than interval", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { intervalSeconds: 5, timeoutSeconds: 5 } }), where: "test/Nb/Http", prop: "healthCheck.timeoutSeconds", received: 5, fix: "The timeout must be shorter than the interval (5 s)" },
  { subject: "NodeBalancerConfig", name: "zero check attempts", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { attempts: 0 } }), where: "test/Nb/Http", prop: "healthCheck.attempts", received: 0, fix: "Use a whole number from 1 to 30" },
  { subject: "NodeBalancerConfig", name: "node weight 0", build: (s) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP }).addBackend(app1(), { weight: 0 }), where: "test/Nb/Http", prop: "weight", received: 0, fix: "Use a whole number from 1 to 255" },
  { subject: "NodeBalancerConfig", name: "same backend added twice", build: (s) => { const config = nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP }); config.addBackend(app1()); config.addBackend(app1()); }, where: "test/Nb/Http", prop: "backends", received: "app-1", fix: "Each backend may be added once" },

  // Backend
  { subject: "Backend.fromAddress", name: "address with a port", build: () => Backend.fromAddress("192.168.130.10:80"), where: "Backend.fromAddress", prop: "privateIpv4", received: "192.168.130.10:80", fix: "Give an IPv4 address without port" },
  { subject: "Backend.fromAddress", name: "public address", build: () => Backend.fromAddress("203.0.113.10"), where: "Backend.fromAddress", prop: "privateIpv4", received: "203.0.113.10", fix: "private address in 192.168.128.0/17" },
  { subject: "Backend.fromAddress", name: "octet above 255", build: () => Backend.fromAddress("192.168.300.10"), where: "Backend.fromAddress", prop: "privateIpv4", received: "192.168.300.10", fix: "Give an IPv4 address without port" },
  { subject: "Backend.fromAddress", name: "label with a space", build: () => Backend.fromAddress("192.168.130.10", { label: "app 1" }), where: "Backend.fromAddress", prop: "label", received: "app 1", fix: "Use a literal of 3-32 letters" },
  { subject: "Backend.fromAddress", name: "referenced address without label", build: (s) => Backend.fromAddress(new TerraformVariable(s, "ip", { type: "string" }).stringValue), where: "Backend.fromAddress", prop: "label", received: undefined, fix: "A backend whose address is a reference needs a 'label'" },
  { subject: "Backend.fromAddress", name: "ssh host that is no address", build: () => Backend.fromAddress("192.168.130.10", { sshHost: "app 1.example.com" }), where: "Backend.fromAddress", prop: "sshHost", received: "app 1.example.com", fix: "an IPv4 or IPv6 address (without port) or a DNS name" },
  { subject: "Backend.fromAddress", name: "empty ssh host", build: () => Backend.fromAddress("192.168.130.10", { sshHost: "" }), where: "Backend.fromAddress", prop: "sshHost", received: "", fix: "an IPv4 or IPv6 address (without port) or a DNS name" },
  { subject: "Backend.fromInstance", name: "label too short", build: (s) => Backend.fromInstance(new linodeInstance.Instance(s, "App", { region: "us-east" }), { label: "ab" }), where: "Backend.fromInstance", prop: "label", received: "ab", fix: "Use a literal of 3-32 letters" },

  // CloudFirewall and FirewallSource
  { subject: "CloudFirewall", name: "26 rules", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: Array.from({ length: 26 }, (_, i) => rule(i)) }), where: "test/Fw", prop: "rules", received: "26 rules", fix: "A Linode firewall has at most 25 rules" },
  { subject: "CloudFirewall", name: "no rules", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [] }), where: "test/Fw", prop: "rules", received: [], fix: "Give at least one rule" },
  { subject: "CloudFirewall", name: "label too short", build: (s) => new CloudFirewall(s, "Fw", { label: "fw", rules: [rule(1)] }), where: "test/Fw", prop: "label", received: "fw", fix: "Use 3-32 letters, digits" },
  { subject: "CloudFirewall", name: "rule label with a space", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [{ ...rule(1), label: "from office" }] }), where: "test/Fw", prop: "rules[0].label", received: "from office", fix: "Use 3-32 letters, digits" },
  { subject: "CloudFirewall", name: "rule without ports", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [{ ...rule(1), ports: [] }] }), where: "test/Fw", prop: "rules[0].ports", received: [], fix: "Give at least one port" },
  { subject: "CloudFirewall", name: "rule port 0", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [rule(1), { ...rule(2), ports: [443, 0] }] }), where: "test/Fw", prop: "rules[1].ports", received: 0, fix: "Use a whole number from 1 to 65535" },
  { subject: "CloudFirewall", name: "non-numeric Linode ID", build: (s) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [rule(1)], linodeIds: ["app-1"] }), where: "test/Fw", prop: "linodeIds[0]", received: "app-1", fix: "Use a numeric Linode ID" },
  { subject: "FirewallSource.cidrs", name: "prefix above 32", build: () => FirewallSource.cidrs(["203.0.113.0/33"]), where: "FirewallSource.cidrs", prop: "cidrs[0]", received: "203.0.113.0/33", fix: "Use a literal CIDR block such as '203.0.113.0/24'" },
  { subject: "FirewallSource.cidrs", name: "address without prefix", build: () => FirewallSource.cidrs(["2001:db8::/32", "203.0.113.7"]), where: "FirewallSource.cidrs", prop: "cidrs[1]", received: "203.0.113.7", fix: "a single host is '/32' or '/128'" },
  { subject: "FirewallSource.cidrs", name: "no blocks", build: () => FirewallSource.cidrs([]), where: "FirewallSource.cidrs", prop: "cidrs", received: [], fix: "Give at least one CIDR block" },
  { subject: "FirewallSource.cidrs", name: "256 addresses in one rule", build: () => FirewallSource.cidrs(Array.from({ length: 256 }, (_, i) => `10.0.${i}.0/24`)), where: "FirewallSource.cidrs", prop: "cidrs", received: "256 blocks", fix: "at most 255 addresses (IPv4 and IPv6 together)" },
  { subject: "FirewallSource.lists", name: "IPv4 block in the IPv6 list", build: () => FirewallSource.lists(undefined, ["203.0.113.0/24"]), where: "FirewallSource.lists", prop: "ipv6[0]", received: "203.0.113.0/24", fix: "Use an IPv6 CIDR block" },
  { subject: "FirewallSource.lists", name: "256 literal addresses", build: () => FirewallSource.lists(Array.from({ length: 256 }, (_, i) => `10.1.${i}.0/24`), undefined), where: "FirewallSource.lists", prop: "ipv4+ipv6", received: "256 blocks", fix: "at most 255 addresses (IPv4 and IPv6 together)" },

  // ACME
  { subject: "AcmeCertificate", name: "upper-case domain", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "Www.Example.com", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "Www.Example.com", fix: "it has upper-case letters" },
  { subject: "AcmeCertificate", name: "domain with the root dot", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com.", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "www.example.com.", fix: "it ends with a dot" },
  { subject: "AcmeCertificate", name: "single-label domain", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "localhost", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "localhost", fix: "it has a single label" },
  { subject: "AcmeCertificate", name: "IP address as domain", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "192.0.2.1", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "192.0.2.1", fix: "its last label is numeric" },
  { subject: "AcmeCertificate", name: "inner wildcard", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.*.example.com", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "www.*.example.com", fix: "a wildcard must be a single leading '*.' label" },
  { subject: "AcmeCertificate", name: "wildcard over a TLD", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "*.com", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "domainName", received: "*.com", fix: "a wildcard needs a zone below it" },
  { subject: "AcmeCertificate", name: "SAN with a space", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com", subjectAlternativeNames: ["exa mple.com"], dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "subjectAlternativeNames[0]", received: "exa mple.com", fix: "is not 1-63 letters, digits or inner hyphens" },
  { subject: "AcmeCertificate", name: "common name repeated as SAN", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com", subjectAlternativeNames: ["example.com", "www.example.com"], dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "subjectAlternativeNames", received: "www.example.com", fix: "leave the domainName out of the SANs" },
  { subject: "RenewalPolicy.fixedWindow", name: "renewal window of 90 days", build: () => RenewalPolicy.fixedWindow(90), where: "RenewalPolicy.fixedWindow", prop: "days", received: 90, fix: "Use a whole number from 1 to 60" },
  { subject: "AcmeCertificate", name: "unknown key type", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com", keyType: cast<AcmeKeyType>("1024"), dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "keyType", received: "1024", fix: "Use one of the AcmeKeyType values" },
  { subject: "AcmeCertificate", name: "both account and email", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com", account: new AcmeAccount(s, "Account"), email: "ops@example.com", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert", prop: "account|email", received: { email: "ops@example.com" }, fix: "Specify at most one of 'account' and 'email'" },
  { subject: "AcmeCertificate", name: "e-mail of the implicit account", build: (s) => new AcmeCertificate(s, "Cert", { domainName: "www.example.com", email: "ops at example.com", dnsChallenge: AcmeDnsChallenge.linode() }), where: "test/Cert/Account", prop: "email", received: "ops at example.com", fix: "Use an e-mail address such as 'ops@example.com'" },
  { subject: "AcmeAccount", name: "e-mail without a dot in the domain", build: (s) => new AcmeAccount(s, "Account", { email: "ops@example" }), where: "test/Account", prop: "email", received: "ops@example", fix: "Use an e-mail address" },
  { subject: "AcmeDnsChallenge.linode", name: "propagation timeout of 30 s", build: () => AcmeDnsChallenge.linode({ propagationTimeoutSeconds: 30 }), where: "AcmeDnsChallenge.linode", prop: "propagationTimeoutSeconds", received: 30, fix: "Use a whole number from 60 to 3600" },
  { subject: "AcmeDnsChallenge.linode", name: "polling every second", build: () => AcmeDnsChallenge.linode({ pollingIntervalSeconds: 1 }), where: "AcmeDnsChallenge.linode", prop: "pollingIntervalSeconds", received: 1, fix: "Use a whole number from 2 to 300" },
  { subject: "AcmeDnsChallenge.cloudflare", name: "propagation timeout over an hour", build: () => AcmeDnsChallenge.cloudflare({ propagationTimeoutSeconds: 5000 }), where: "AcmeDnsChallenge.cloudflare", prop: "propagationTimeoutSeconds", received: 5000, fix: "Use a whole number from 30 to 3600" },

  // ListenerCertificate.fromPem: references only, and no key material in the message
  { subject: "ListenerCertificate.fromPem", name: "pasted private key", build: (s) => ListenerCertificate.fromPem({ fullChainPem: new TerraformVariable(s, "chain", { type: "string" }).stringValue, privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----` }), where: "ListenerCertificate.fromPem", prop: "privateKeyPem", received: "a literal PEM", fix: "Pass a reference", hidden: KEY_BODY },
  { subject: "ListenerCertificate.fromPem", name: "file name instead of Fn.file", build: () => ListenerCertificate.fromPem({ fullChainPem: "fullchain.pem", privateKeyPem: "privkey.pem" }), where: "ListenerCertificate.fromPem", prop: "fullChainPem", received: "fullchain.pem", fix: "Fn.file('cert.pem')" },
  { subject: "ListenerCertificate.fromPem", name: "key body without PEM header", build: (s) => ListenerCertificate.fromPem({ fullChainPem: new TerraformVariable(s, "chain", { type: "string" }).stringValue, privateKeyPem: KEY_BODY }), where: "ListenerCertificate.fromPem", prop: "privateKeyPem", received: "a literal string (not shown: it may be key material)", fix: "Pass a reference", hidden: KEY_BODY },

  // Cloudflare
  { subject: "OriginCaCertificate", name: "no hostnames", build: (s) => new OriginCaCertificate(s, "Origin", { hostnames: [] }), where: "test/Origin", prop: "hostnames", received: [], fix: "Give at least one name" },
  { subject: "OriginCaCertificate", name: "two-level wildcard", build: (s) => new OriginCaCertificate(s, "Origin", { hostnames: ["example.com", "*.*.example.com"] }), where: "test/Origin", prop: "hostnames[1]", received: "*.*.example.com", fix: "a single-level wildcard such as '*.example.com'" },
  { subject: "OriginCaCertificate", name: "duplicated hostname", build: (s) => new OriginCaCertificate(s, "Origin", { hostnames: ["example.com", "example.com"] }), where: "test/Origin", prop: "hostnames", received: "example.com", fix: "List each name once" },
  { subject: "OriginCaCertificate", name: "validity of 42 days", build: (s) => new OriginCaCertificate(s, "Origin", { hostnames: ["example.com"], validity: cast<OriginCaValidity>(42) }), where: "test/Origin", prop: "validity", received: 42, fix: "Cloudflare accepts 7, 30, 90, 365, 730, 1095, 5475 days" },
  { subject: "OriginCaCertificate", name: "unknown key type", build: (s) => new OriginCaCertificate(s, "Origin", { hostnames: ["example.com"], keyType: cast<OriginCaKeyType>("rsa") }), where: "test/Origin", prop: "keyType", received: "rsa", fix: 'Use one of the OriginCaKeyType values: "origin-rsa", "origin-ecc"' },
  { subject: "CloudflareZone.fromZoneName", name: "zone with the root dot", build: (s) => CloudflareZone.fromZoneName(s, "Zone", "example.com."), where: "test/Zone", prop: "zoneName", received: "example.com.", fix: "it ends with a dot" },
  { subject: "CloudflareZone.fromZoneName", name: "wildcard zone", build: (s) => CloudflareZone.fromZoneName(s, "Zone", "*.example.com"), where: "test/Zone", prop: "zoneName", received: "*.example.com", fix: "wildcards are not allowed here" },
  { subject: "CloudflareZone.fromZoneId", name: "zone id that is no id", build: (s) => CloudflareZone.fromZoneId(s, "Zone", { zoneId: "example.com", zoneName: "example.com" }), where: "test/Zone", prop: "zoneId", received: "example.com", fix: "32 lower-case hexadecimal digits" },
  { subject: "ZoneSslSettings", name: "SSL mode spelled as in the dashboard", build: (s) => new ZoneSslSettings(s, "Tls", { zone: zone(s), sslMode: cast<SslMode>("full_strict") }), where: "test/Tls", prop: "sslMode", received: "full_strict", fix: 'Use one of the SslMode values: "off", "flexible", "full", "strict"' },
  { subject: "ZoneSslSettings", name: "TLS version with a prefix", build: (s) => new ZoneSslSettings(s, "Tls", { zone: zone(s), minTlsVersion: cast<MinTlsVersion>("TLSv1.2") }), where: "test/Tls", prop: "minTlsVersion", received: "TLSv1.2", fix: "Use one of the MinTlsVersion values" },
  { subject: "ZoneSslSettings", name: "always-use-HTTPS as the string 'off'", build: (s) => new ZoneSslSettings(s, "Tls", { zone: zone(s), alwaysUseHttps: cast<boolean>("off") }), where: "test/Tls", prop: "alwaysUseHttps", received: "off", fix: "Use true or false" },
  { subject: "CloudflareInFront", name: "hostname outside the zone", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com", "www.example.org"] }), where: "test/Site", prop: "hostnames[1]", received: "www.example.org", fix: "Each hostname must be 'example.com' or lie below it" },
  { subject: "CloudflareInFront", name: "flexible SSL with port 80 closed", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com"], sslScope: CloudflareSslScope.hostnames({ sslMode: SslMode.FLEXIBLE }) }), where: "test/Site", prop: "sslScope.sslMode", received: "flexible", fix: "use SslMode.STRICT, or plainHttp: PlainHttp.FORWARD" },
  { subject: "CloudflareInFront", name: "ECC Origin CA certificate on the NodeBalancer", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com"], certificateKeyType: OriginCaKeyType.ECC }), where: "test/Site/LoadBalancer/NodeBalancer/Https", prop: "certificate", received: "ECDSA", fix: "NodeBalancers serve RSA certificates only" },
  { subject: "CloudflareInFront", name: "unknown plain-HTTP choice", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com"], plainHttp: cast<PlainHttp>("redirect") }), where: "test/Site", prop: "plainHttp", received: "redirect", fix: 'Use one of the PlainHttp values: "forward", "closed"' },

  { subject: "CloudflareInFront", name: "an SSL scope that is a plain object", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com"], sslScope: cast<CloudflareSslScope>({ sslMode: SslMode.STRICT }) }), where: "test/Site", prop: "sslScope", received: "not a CloudflareSslScope", fix: "Use CloudflareSslScope.hostnames(...)" },
  { subject: "CloudflareInFront", name: "cipher suite with TLS on the app servers", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["example.com"], adminSources: admins(), origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }), cipherSuite: CipherSuite.LEGACY }), where: "test/Site", prop: "cipherSuite", received: "legacy", fix: "set ciphers in the web server" },
  { subject: "HostnameSslRules", name: "wildcard hostname in a rule", build: (s) => new HostnameSslRules(s, "Rules", { zone: zone(s), hostnames: ["*.example.com"] }), where: "test/Rules", prop: "hostnames[0]", received: "*.example.com", fix: "Give literal hostnames without wildcards" },
  { subject: "AuthenticatedOriginPulls", name: "client certificate shorter than its renewal window", build: (s) => new AuthenticatedOriginPulls(s, "Pulls", { zone: zone(s), validityDays: 30 }), where: "test/Pulls", prop: "validityDays", received: 30, fix: "Use a whole number from 60 to 3650" },

  // Passthrough: TcpPassthrough, CertificatePush, SshCredentials, AppServers
  { subject: "TcpPassthrough", name: "no admin sources", build: (s) => passthrough(s, { adminSources: cast<FirewallSource>(undefined) }), where: "test/Site", prop: "adminSources", received: undefined, fix: "give the sources of the machines that run Terraform" },
  { subject: "TcpPassthrough", name: "TLS on the backends' port 80", build: (s) => passthrough(s, { backendPort: 80 }), where: "test/Site", prop: "backendPort", received: 80, fix: "use another port for TLS, such as 443, or PlainHttp.CLOSED" },
  { subject: "TcpPassthrough", name: "HTTP check against TLS", build: (s) => passthrough(s, { healthCheck: { type: HealthCheckType.HTTP } }), where: "test/Site", prop: "healthCheck.type", received: "http", fix: "use HealthCheckType.CONNECTION or leave 'type' out" },
  { subject: "TcpPassthrough", name: "unknown plain-HTTP choice", build: (s) => passthrough(s, { plainHttp: cast<PlainHttp>("redirect") }), where: "test/Site", prop: "plainHttp", received: "redirect", fix: "Use one of the PlainHttp values" },
  { subject: "TcpPassthrough", name: "backend without ssh host", build: (s) => passthrough(s, { backends: [app1(), Backend.fromAddress("192.168.130.11", { label: "app-2" })] }), where: "test/Site/CertificatePush", prop: "backends", received: ["app-2"], fix: "give these backends an 'sshHost'" },
  { subject: "CertificatePush", name: "two backends on one ssh host", build: (s) => push(s, { backends: [app1(), Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.10" })] }), where: "test/Push", prop: "backends", received: "198.51.100.10", fix: "Each backend needs its own 'sshHost'" },
  { subject: "CertificatePush", name: "duplicated backend label", build: (s) => push(s, { backends: [app1(), Backend.fromAddress("192.168.130.11", { label: "app-1", sshHost: "198.51.100.11" })] }), where: "test/Push", prop: "backends", received: "app-1", fix: "Each backend may appear once" },
  { subject: "CertificatePush", name: "no backends", build: (s) => push(s, { backends: [] }), where: "test/Push", prop: "backends", received: [], fix: "Give at least one backend to push the certificate to" },
  { subject: "CertificatePush", name: "relative certificate path", build: (s) => push(s, { certificatePath: "ssl/fullchain.pem" }), where: "test/Push", prop: "certificatePath", received: "ssl/fullchain.pem", fix: "Use an absolute path" },
  { subject: "CertificatePush", name: "key path climbing out with '..'", build: (s) => push(s, { privateKeyPath: "/etc/ssl/../shadow" }), where: "test/Push", prop: "privateKeyPath", received: "/etc/ssl/../shadow", fix: "without spaces or '..'" },
  { subject: "CertificatePush", name: "key path with shell syntax", build: (s) => push(s, { privateKeyPath: "/etc/ssl/key.pem;reboot" }), where: "test/Push", prop: "privateKeyPath", received: "/etc/ssl/key.pem;reboot", fix: "Use a file path of letters, digits" },
  { subject: "CertificatePush", name: "key written over the chain", build: (s) => push(s, { privateKeyPath: "/etc/ssl/site/fullchain.pem" }), where: "test/Push", prop: "privateKeyPath", received: "/etc/ssl/site/fullchain.pem", fix: "Use a path other than 'certificatePath'" },
  { subject: "CertificatePush", name: "three-digit key mode", build: (s) => push(s, { privateKeyFileMode: "600" }), where: "test/Push", prop: "privateKeyFileMode", received: "600", fix: "Use a four-digit octal mode" },
  { subject: "CertificatePush", name: "file owner with a space", build: (s) => push(s, { fileOwner: "www data" }), where: "test/Push", prop: "fileOwner", received: "www data", fix: "Use a literal 'user' or 'user:group'" },
  { subject: "CertificatePush", name: "ssh user with shell syntax", build: (s) => push(s, { sshUser: "root;id" }), where: "test/Push", prop: "sshUser", received: "root;id", fix: "Use a user name such as 'root'" },
  { subject: "CertificatePush", name: "SSH port 0", build: (s) => push(s, { sshPort: 0 }), where: "test/Push", prop: "sshPort", received: 0, fix: "Use a whole number from 1 to 65535" },
  { subject: "CertificatePush", name: "SSH timeout of 0 s", build: (s) => push(s, { sshTimeoutSeconds: 0 }), where: "test/Push", prop: "sshTimeoutSeconds", received: 0, fix: "Use a whole number from 1 to 3600" },
  { subject: "CertificatePush", name: "bastion address with a space", build: (s) => push(s, { sshBastion: { host: "jump host" } }), where: "test/Push", prop: "sshBastion.host", received: "jump host", fix: "Give the address SSH connects to" },
  { subject: "CertificatePush", name: "bastion user with a host", build: (s) => push(s, { sshBastion: { host: "203.0.113.5", user: "ops@jump" } }), where: "test/Push", prop: "sshBastion.user", received: "ops@jump", fix: "Use a user name such as 'root' or 'deploy'" },
  { subject: "CertificatePush", name: "bastion host key in known_hosts form", build: (s) => push(s, { sshBastion: { host: "203.0.113.5", hostKey: "203.0.113.5 ssh-ed25519 AAAA" } }), where: "test/Push", prop: "sshBastion.hostKey", received: "203.0.113.5 ssh-ed25519 AAAA", fix: "Give the server's public host key as one line" },
  { subject: "CertificatePush", name: "web server given as a string", build: (s) => push(s, { webServer: cast<WebServer>("nginx") }), where: "test/Push", prop: "webServer", received: "not a WebServer", fix: "Use WebServer.nginx(), WebServer.haproxy()" },
  { subject: "CertificatePush", name: "HAProxy key away from its chain", build: (s) => push(s, { webServer: WebServer.haproxy(), privateKeyPath: "/etc/haproxy/keys/site.key" }), where: "test/Push", prop: "privateKeyPath", received: "/etc/haproxy/keys/site.key", fix: "HAProxy loads the key from the chain's path plus '.key'" },
  { subject: "TcpPassthrough", name: "SSH port above 65535", build: (s) => passthrough(s, { sshPort: 65536 }), where: "test/Site", prop: "sshPort", received: 65536, fix: "Use a whole number from 1 to 65535" },
  { subject: "WebServer.nginx", name: "empty reload command", build: () => WebServer.nginx({ reloadCommand: "" }), where: "WebServer.nginx", prop: "reloadCommand", received: "", fix: "Give the command that makes the server load the new certificate" },
  { subject: "WebServer.haproxy", name: "upstream with a scheme", build: () => WebServer.haproxy({ upstream: "http://127.0.0.1:8080" }), where: "WebServer.haproxy", prop: "upstream", received: "http://127.0.0.1:8080", fix: "Give the application's address as 'host:port'" },
  { subject: "WebServer.custom", name: "blank reload command", build: () => WebServer.custom({ reloadCommand: "  " }), where: "WebServer.custom", prop: "reloadCommand", received: "  ", fix: "Give the command that makes the server load the new certificate" },
  { subject: "SshCredentials.privateKey", name: "pasted private key", build: () => SshCredentials.privateKey(`-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_BODY}\n-----END OPENSSH PRIVATE KEY-----`), where: "SshCredentials.privateKey", prop: "privateKey", received: "a literal string (not shown: it may be a key)", fix: "Pass a reference", hidden: KEY_BODY },
  { subject: "SshCredentials.privateKey", name: "key file path instead of privateKeyFile", build: () => SshCredentials.privateKey("~/.ssh/deploy_ed25519"), where: "SshCredentials.privateKey", prop: "privateKey", received: "~/.ssh/deploy_ed25519", fix: "SshCredentials.privateKeyFile(path)" },
  { subject: "SshCredentials.privateKeyFile", name: "pasted private key", build: () => SshCredentials.privateKeyFile(`-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_BODY}\n-----END OPENSSH PRIVATE KEY-----`), where: "SshCredentials.privateKeyFile", prop: "path", received: "a literal string that is not a path (not shown: it may be a key)", fix: "Give the path of the key file", hidden: KEY_BODY },
  { subject: "AppServers", name: "region in words", build: (s) => appServers(s, { region: "Newark" }), where: "test/App", prop: "region", received: "Newark", fix: "Use a Linode region id" },
  { subject: "AppServers", name: "zero servers", build: (s) => appServers(s, { count: 0 }), where: "test/App", prop: "count", received: 0, fix: "Use a whole number from 1 to 1000" },
  { subject: "AppServers", name: "no authorized keys", build: (s) => appServers(s, { authorizedKeys: [] }), where: "test/App", prop: "authorizedKeys", received: [], fix: "Give at least one OpenSSH public key" },
  { subject: "AppServers", name: "private key as authorized key", build: (s) => appServers(s, { authorizedKeys: [PUBLIC_KEY, `-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_BODY}`] }), where: "test/App", prop: "authorizedKeys[1]", received: "a literal private key", fix: "never the private key", hidden: KEY_BODY },
  { subject: "AppServers", name: "authorized key that is no OpenSSH key", build: (s) => appServers(s, { authorizedKeys: [KEY_BODY] }), where: "test/App", prop: "authorizedKeys[0]", received: "a literal that is not an OpenSSH public key (not shown)", fix: "Give an OpenSSH public key on one line", hidden: KEY_BODY },
  { subject: "AppServers", name: "private key in user data", build: (s) => appServers(s, { userData: `#cloud-config\nwrite_files:\n- content: "-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}"` }), where: "test/App", prop: "userData", received: "user data with a literal private key", fix: "Reference the key", hidden: KEY_BODY },
  { subject: "AppServers", name: "label prefix too long for the labels", build: (s) => appServers(s, { labelPrefix: "a".repeat(31) }), where: "test/App", prop: "labelPrefix", received: "a".repeat(31), fix: "fit in 32 characters" },

  // Option 1 and the shared load balancer
  { subject: "TerminateAtLoadBalancer", name: "no backends", build: (s) => terminate(s, { backends: [] }), where: "test/Site/LoadBalancer", prop: "backends", received: [], fix: "Give at least one backend" },
  { subject: "TerminateAtLoadBalancer", name: "one address twice", build: (s) => terminate(s, { backends: [app1(), Backend.fromAddress("192.168.130.10", { label: "app-1b" })] }), where: "test/Site/LoadBalancer", prop: "backends", received: "192.168.130.10", fix: "Each backend address may appear once" },
  { subject: "TerminateAtLoadBalancer", name: "backend port 0", build: (s) => terminate(s, { backendPort: 0 }), where: "test/Site/LoadBalancer/NodeBalancer/Https", prop: "backendPort", received: 0, fix: "Use a whole number from 1 to 65535" },
  { subject: "TerminateAtLoadBalancer", name: "unknown plain-HTTP choice", build: (s) => terminate(s, { plainHttp: cast<PlainHttp>("redirect") }), where: "test/Site", prop: "plainHttp", received: "redirect", fix: "Use one of the PlainHttp values" },
  { subject: "TerminateAtLoadBalancer", name: "label with a space", build: (s) => terminate(s, { label: "my site" }), where: "test/Site/LoadBalancer/NodeBalancer", prop: "label", received: "my site", fix: "Use 3-32 letters" },
  { subject: "LoadBalancer", name: "no listeners", build: (s) => new LoadBalancer(s, "Lb", { ...site, listeners: [] }), where: "test/Lb", prop: "listeners", received: [], fix: "Give at least one listener" },
  { subject: "LoadBalancer", name: "two listeners with one id", build: (s) => new LoadBalancer(s, "Lb", { ...site, listeners: [{ id: "Web", protocol: Protocol.HTTP, port: 80 }, { id: "Web", protocol: Protocol.HTTP, port: 8080 }] }), where: "test/Lb", prop: "listeners", received: "Web", fix: "Give each listener its own id" },

  // The facade: LoadBalancedSite, SiteTls.*, SiteStack
  { subject: "LoadBalancedSite", name: "no domain names", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: [], tls: acmeTls() }), where: "test/Site", prop: "domainNames", received: [], fix: "Give the site's names" },
  { subject: "LoadBalancedSite", name: "domain name twice", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: ["www.example.com", "www.example.com"], tls: acmeTls() }), where: "test/Site", prop: "domainNames", received: "www.example.com", fix: "List each name once" },
  { subject: "SiteTls.passthrough", name: "passthrough without adminSources", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: ["www.example.com"], tls: passthroughTls() }), where: "test/Site", prop: "adminSources", received: undefined, fix: "give the site 'adminSources' that include the machine running terraform apply" },
  { subject: "SiteTls.passthrough", name: "relative certificate path", build: (s) => new LoadBalancedSite(s, "Site", { ...site, adminSources: admins(), domainNames: ["www.example.com"], tls: SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.agent(), certificatePath: "fullchain.pem" }) }), where: "test/Site/Tls/CertificatePush", prop: "certificatePath", received: "fullchain.pem", fix: "Use an absolute path" },
  { subject: "SiteTls.terminateAtLoadBalancer", name: "ECDSA key for the NodeBalancer", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: ["www.example.com"], tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), keyType: AcmeKeyType.EC_P384 }) }), where: "test/Site/Tls/LoadBalancer/NodeBalancer/Https", prop: "certificate", received: "ECDSA", fix: "NodeBalancers serve RSA certificates only" },
  { subject: "SiteTls.cloudflare", name: "domain outside the zone", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: ["www.example.com", "www.example.net"], tls: SiteTls.cloudflare({ zoneName: "example.com" }) }), where: "test/Site/Tls", prop: "hostnames[1]", received: "www.example.net", fix: "Each hostname must be 'example.com' or lie below it" },
  { subject: "SiteStack", name: "upper-case domain name", build: () => siteStack({ domainNames: ["WWW.example.com"] }), where: "site/Site/Certificate", prop: "domainName", received: "WWW.example.com", fix: "it has upper-case letters" },
  { subject: "SiteStack", name: "zone id that is no id", build: () => siteStack({ tls: SiteTls.cloudflare({ zoneName: "example.com", zoneId: "not-an-id" }) }), where: "site/Site/Zone", prop: "zoneId", received: "not-an-id", fix: "32 lower-case hexadecimal digits" },
  // Issue 13: inputs that slipped through until now
  { subject: "AcmeCertificate", name: "101 names", build: (s) => cert(s, { subjectAlternativeNames: names(100) }), where: "test/Cert", prop: "subjectAlternativeNames", received: "101 names", fix: "A classic certificate holds at most 100 names" },
  { subject: "AcmeCertificate", name: "26 names under tlsserver", build: (s) => cert(s, { subjectAlternativeNames: names(25), profile: CertificateProfile.TLS_SERVER }), where: "test/Cert", prop: "subjectAlternativeNames", received: "26 names", fix: "A tlsserver certificate holds at most 25 names" },
  { subject: "AcmeCertificate", name: "30 names under shortlived", build: (s) => cert(s, { subjectAlternativeNames: names(29), profile: CertificateProfile.SHORT_LIVED }), where: "test/Cert", prop: "subjectAlternativeNames", received: "30 names", fix: "A shortlived certificate holds at most 25 names" },
  { subject: "AcmeCertificate", name: "wildcard plus a name it covers", build: (s) => cert(s, { domainName: "*.example.com", subjectAlternativeNames: ["example.com", "www.example.com"] }), where: "test/Cert", prop: "subjectAlternativeNames[1]", received: "www.example.com", fix: "'*.example.com' already covers it, and Let's Encrypt rejects the order as redundant" },
  { subject: "AcmeCertificate", name: "unknown profile", build: (s) => cert(s, { profile: cast<CertificateProfile>("default") }), where: "test/Cert", prop: "profile", received: "default", fix: 'Use one of the CertificateProfile values: "classic", "tlsserver", "shortlived"' },
  { subject: "AcmeCertificate", name: "shortlived with weekly applies", build: (s) => cert(s, { profile: CertificateProfile.SHORT_LIVED, renewal: RenewalPolicy.lifetimeRelative({ applySchedule: ApplySchedule.WEEKLY }) }), where: "test/Cert", prop: "renewal.applySchedule", received: "weekly", fix: "apply at least daily (ApplySchedule.DAILY)" },
  { subject: "AcmeCertificate", name: "fixed window as long as a tlsserver lifetime", build: (s) => cert(s, { profile: CertificateProfile.TLS_SERVER, renewal: RenewalPolicy.fixedWindow(45) }), where: "test/Cert", prop: "renewal.fixedWindowDays", received: 45, fix: "renews on every apply" },
  { subject: "AcmeCertificate", name: "fixed window shorter than two weekly applies", build: (s) => cert(s, { renewal: RenewalPolicy.fixedWindow(10) }), where: "test/Cert", prop: "renewal.fixedWindowDays", received: 10, fix: "the window must exceed 14 days" },
  { subject: "AcmeAccount", name: "e-mail with the mailto: scheme", build: (s) => new AcmeAccount(s, "Account", { email: "mailto:ops@example.com" }), where: "test/Account", prop: "email", received: "mailto:ops@example.com", fix: "Leave out the 'mailto:' scheme (the ACME client adds it): 'ops@example.com'" },
  { subject: "RenewalPolicy.lifetimeRelative", name: "ARI sleep of 1000 s", build: () => RenewalPolicy.lifetimeRelative({ renewalInfoMaxSleepSeconds: 1000 }), where: "RenewalPolicy.lifetimeRelative", prop: "renewalInfoMaxSleepSeconds", received: 1000, fix: "Use a whole number from 0 to 900" },
  { subject: "NodeBalancer", name: "Object Storage cluster id as region", build: (s) => new NodeBalancer(s, "Nb", { region: "us-east-1" }), where: "test/Nb", prop: "region", received: "us-east-1", fix: "is an Object Storage cluster id (and the form of an AWS region), not a compute region: use 'us-east'" },
  { subject: "NodeBalancer", name: "AWS region", build: (s) => new NodeBalancer(s, "Nb", { region: "eu-west-2" }), where: "test/Nb", prop: "region", received: "eu-west-2", fix: "has the form of an AWS region" },
  { subject: "AppServers", name: "Object Storage cluster id as region", build: (s) => appServers(s, { region: "fr-par-1" }), where: "test/App", prop: "region", received: "fr-par-1", fix: "use 'fr-par'" },
  { subject: "LoadBalancedSite", name: "two sites with one label", build: (s) => twoSites(s, { label: "shop" }, { label: "shop", backends: otherServers() }), where: "test/Second/Tls/LoadBalancer/NodeBalancer", prop: "label", received: "shop", fix: "NodeBalancer 'test/First/Tls/LoadBalancer/NodeBalancer' has this label too", atSynth: true },
  { subject: "LoadBalancedSite", name: "two sites on the same Linodes", build: (s) => twoSites(s, { label: "shop" }, { label: "blog" }), where: "test/Second/Tls/LoadBalancer/BackendFirewall", prop: "linodeIds[0]", received: "101", fix: "Firewall 'test/First/Tls/LoadBalancer/BackendFirewall' is attached to this Linode already, and a Linode takes one Cloud Firewall", atSynth: true },
  { subject: "CloudFirewall", name: "two firewalls on one Linode", build: (s) => { new CloudFirewall(s, "Fw", { label: "fw-one", rules: [rule(1)], linodeIds: ["101"] }); new CloudFirewall(s, "Fw2", { label: "fw-two", rules: [rule(1)], linodeIds: ["101"] }); }, where: "test/Fw2", prop: "linodeIds[0]", received: "101", fix: "a Linode takes one Cloud Firewall", atSynth: true },
  { subject: "CloudFirewall", name: "two firewalls with one label", build: (s) => { new CloudFirewall(s, "Fw", { label: "fw-test", rules: [rule(1)] }); new CloudFirewall(s, "Fw2", { label: "fw-test", rules: [rule(1)] }); }, where: "test/Fw2", prop: "label", received: "fw-test", fix: "firewall labels are unique in a Linode account", atSynth: true },
  { subject: "CloudflareInFront", name: "only a wildcard name", build: (s) => new CloudflareInFront(s, "Site", { ...site, zone: zone(s), hostnames: ["*.example.com"] }), where: "test/Site", prop: "hostnames", received: ["*.example.com"], fix: "A wildcard goes on the certificate only and gets no DNS record" },
  { subject: "SiteTls.cloudflare", name: "site whose only name is a wildcard", build: (s) => new LoadBalancedSite(s, "Site", { ...site, domainNames: ["*.example.com"], tls: SiteTls.cloudflare({ zoneName: "example.com" }) }), where: "test/Site/Tls", prop: "hostnames", received: ["*.example.com"], fix: "add the names you serve next to it" },
  { subject: "SiteStack", name: "shortlived certificate with a fixed window of 30 days", build: () => siteStack({ tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), profile: CertificateProfile.SHORT_LIVED, renewal: RenewalPolicy.fixedWindow(30) }) }), where: "site/Site/Certificate", prop: "renewal.fixedWindowDays", received: 30, fix: "A shortlived certificate lasts 160 hours" },
  { subject: "SiteTls.passthrough", name: "e-mail with the mailto: scheme", build: (s) => new LoadBalancedSite(s, "Site", { ...site, adminSources: admins(), domainNames: ["www.example.com"], tls: SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.linode(), sshCredentials: SshCredentials.agent(), email: "mailto:ops@example.com" }) }), where: "test/Site/Certificate/Account", prop: "email", received: "mailto:ops@example.com", fix: "Leave out the 'mailto:' scheme" },
];

const STATE_BACKEND_BAD_INPUTS: readonly BadInput[] = [
  { subject: "StateBackend.local", name: "absolute path", build: () => StateBackend.local({ path: "/var/lib/terraform.tfstate" }), where: "StateBackend.local", prop: "path", received: "/var/lib/terraform.tfstate", fix: "Must be relative" },
  { subject: "StateBackend.linodeObjectStorage", name: "compute region instead of cluster", build: () => StateBackend.linodeObjectStorage({ bucket: "tfstate", key: "nb/prod.tfstate", region: "us-east" }), where: "StateBackend.linodeObjectStorage", prop: "region", received: "us-east", fix: 'did you mean "us-east-1"?' },
  { subject: "StateBackend.linodeObjectStorage", name: "upper-case bucket", build: () => StateBackend.linodeObjectStorage({ bucket: "TfState", key: "nb/prod.tfstate", region: "us-east-1" }), where: "StateBackend.linodeObjectStorage", prop: "bucket", received: "TfState", fix: "3-63 lowercase letters" },
  { subject: "StateBackend.linodeObjectStorage", name: "two stacks of one app on one bucket and key", build: () => twoStacks(shopState), where: "staging", prop: "key", received: "shop/prod.tfstate", fix: 'Stack \'prod\' keeps its state in bucket "tfstate" under key "shop/prod.tfstate" too: both stacks would read and overwrite one state. Give each stack its own key, e.g. "shop/staging.tfstate".' },
  { subject: "StateBackend.remote", name: "two stacks of one app on one workspace", build: () => twoStacks(() => StateBackend.remote({ organization: "acme", workspace: "shop" })), where: "staging", prop: "workspace", received: "shop", fix: "Give each stack its own workspace" },
  { subject: "StateBackend.remote", name: "hostname with scheme", build: () => StateBackend.remote({ organization: "acme", workspace: "nb-prod", hostname: "https://app.terraform.io" }), where: "StateBackend.remote", prop: "hostname", received: "https://app.terraform.io", fix: "Must be a bare hostname" },
];

/** Every public construct and factory that takes input. */
const PUBLIC_API = [
  "NodeBalancer", "NodeBalancerConfig", "Backend.fromAddress", "Backend.fromInstance", "CloudFirewall", "FirewallSource.cidrs",
  "FirewallSource.lists", "AcmeCertificate", "AcmeAccount", "AcmeDnsChallenge.linode", "AcmeDnsChallenge.cloudflare",
  "ListenerCertificate.fromPem", "OriginCaCertificate", "CloudflareZone.fromZoneName", "CloudflareZone.fromZoneId", "ZoneSslSettings", "HostnameSslRules", "AuthenticatedOriginPulls",
  "CloudflareInFront", "TcpPassthrough", "CertificatePush", "SshCredentials.privateKey", "SshCredentials.privateKeyFile", "WebServer.custom", "WebServer.nginx", "WebServer.haproxy", "AppServers", "TerminateAtLoadBalancer",
  "LoadBalancer", "LoadBalancedSite", "SiteTls.terminateAtLoadBalancer", "SiteTls.passthrough", "SiteTls.cloudflare", "SiteStack",
  "StateBackend.local", "StateBackend.linodeObjectStorage", "StateBackend.remote", "RenewalPolicy.fixedWindow", "RenewalPolicy.lifetimeRelative",
];

/** How ValidationError shows a received value. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}

/** Builds a row in a fresh stack, synthesizes (running validations) and returns what was thrown. */
function errorOf(row: BadInput): Error {
  const stack = newStack();
  try {
    const built = row.build(stack);
    synthJson(built instanceof TerraformStack ? built : stack);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected '${row.subject}: ${row.name}' to be rejected, but it was accepted`);
}

describe("bad-input matrix", () => {
  test("holds at least 30 distinct bad inputs and covers every public construct and factory", () => {
    // GIVEN the matrix
    const rows = [...BAD_INPUTS, ...STATE_BACKEND_BAD_INPUTS];
    // THEN every row is distinct and every public construct or factory has at least one row
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => `${r.subject}: ${r.name}`)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => `${r.subject} ${r.where} ${r.prop} ${shown(r.received)}`)).size).toBe(rows.length);
    expect([...new Set(rows.map((r) => r.subject))].sort()).toEqual([...PUBLIC_API].sort());
  });

  test.each([...BAD_INPUTS, ...STATE_BACKEND_BAD_INPUTS])("$subject rejects $name", (row) => {
    // GIVEN a fresh stack  WHEN the bad input is built and synthesized
    const error = errorOf(row);
    // THEN a ValidationError (or, once the tree is complete, a validation at synth) names where,
    // the prop, the value received and the fix
    if (row.atSynth) expect(error.message).toMatch(/^Validation failed with the following errors/);
    else expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain(`${row.where}: invalid '${row.prop}': received ${shown(row.received)}. `);
    expect(error.message).toContain(row.fix);
    if (row.hidden !== undefined) expect(error.message).not.toContain(row.hidden);
  });

});

// ---------------------------------------------------------------------------------------------
// Doubtful input that may be right: a warning naming where, the prop and the fix.
// ---------------------------------------------------------------------------------------------

interface DoubtfulInput {
  readonly subject: string;
  readonly name: string;
  readonly build: (stack: TerraformStack) => unknown;
  readonly where: string;
  readonly prop: string;
  readonly received: unknown;
  readonly fix: string;
}

const DOUBTFUL_INPUTS: readonly DoubtfulInput[] = [
  { subject: "NodeBalancer", name: "region of Linode's form that the package does not know", build: (s) => new NodeBalancer(s, "Nb", { region: "xx-nowhere" }), where: "test/Nb", prop: "region", received: "xx-nowhere", fix: "check the id with 'linode-cli regions list'" },
  { subject: "LoadBalancedSite", name: "unknown region", build: (s) => new LoadBalancedSite(s, "Site", { ...site, region: "us-nowhere", domainNames: ["www.example.com"], tls: acmeTls() }), where: "test/Site/Tls/LoadBalancer/NodeBalancer", prop: "region", received: "us-nowhere", fix: "a region newer than the package is fine" },
  { subject: "AcmeCertificate", name: "fixed window of 50 days on classic", build: (s) => cert(s, { renewal: RenewalPolicy.fixedWindow(50) }), where: "test/Cert", prop: "renewal.fixedWindowDays", received: 50, fix: "A classic certificate lasts 45 days from 2028-02-16 (64 from 2027-02-10)" },
];

describe("doubtful input", () => {
  test.each(DOUBTFUL_INPUTS)("$subject warns about $name", (row) => {
    // GIVEN a fresh stack  WHEN the doubtful input is built and synthesized
    const stack = newStack();
    row.build(stack);
    synthJson(stack);
    // THEN a warning names where, the prop, the value received and the fix
    const warning = warningsOf(stack).find((w) => w.startsWith(`${row.where}: doubtful '${row.prop}': received ${shown(row.received)}. `));
    expect(warning, warningsOf(stack).join("\n")).toBeDefined();
    expect(warning).toContain(row.fix);
  });

  test("a known region, or one given as a reference, gets no warning", () => {
    const stack = newStack();
    new NodeBalancer(stack, "Nb", { region: "us-ord" });
    new NodeBalancer(stack, "Ref", { region: new TerraformVariable(stack, "region", { type: "string" }).stringValue });
    expect(warningsOf(stack).filter((w) => w.includes("'region'"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Input that slipped through and is now handled: a config added later through addConfig.
// ---------------------------------------------------------------------------------------------

/** The `ports` of a firewall's rule, by firewall label and rule label. */
function firewallPorts(stack: TerraformStack, firewallLabel: string, ruleLabel: string): unknown {
  const firewall = Object.values(resourcesOfType(synthJson(stack), "linode_firewall")).find((f) => f.label === firewallLabel);
  return (firewall?.inbound as { label: string; ports: string }[] | undefined)?.find((r) => r.label === ruleLabel)?.ports;
}

describe("a config added later through nodeBalancer.addConfig", () => {
  test("is admitted by the backend firewall (its backend port) in every option", () => {
    // GIVEN option 1  WHEN a config on 8443 to backend port 8080 is added afterwards
    const stack = newStack();
    const site1 = terminate(stack, { label: "shop" });
    site1.nodeBalancer.addConfig("Alt", { protocol: Protocol.HTTP, port: 8443, backendPort: 8080 });
    // THEN the backend firewall admits 8080 from the NodeBalancers as well as 80
    expect(firewallPorts(stack, "shop-backends", "from-nodebalancers")).toBe("80,8080");
  });

  test("is admitted by the Cloudflare-only NodeBalancer firewall (its port) and the backend firewall", () => {
    // GIVEN option 3  WHEN an HTTPS config on 8443 (a port Cloudflare proxies) is added afterwards
    const stack = newStack();
    const site3 = new CloudflareInFront(stack, "Site", { ...site, label: "shop", zone: zone(stack), hostnames: ["www.example.com"] });
    site3.nodeBalancer.addConfig("Alt", { port: 8443, backendPort: 8080, certificate: ListenerCertificate.fromOriginCa(site3.certificate) });
    // THEN Cloudflare may reach 8443 on the NodeBalancer, and the NodeBalancer 8080 on the backends
    expect(firewallPorts(stack, "shop-cloudflare", "from-cloudflare")).toBe("443,8443");
    expect(firewallPorts(stack, "shop-backends", "from-nodebalancers")).toBe("80,8080");
  });
});

// ---------------------------------------------------------------------------------------------
// Tokens: a value known only at apply time is not judged as a literal.
// ---------------------------------------------------------------------------------------------

interface TokenInput {
  readonly name: string;
  readonly where: string;
  readonly prop: string;
  /** The value the rejection shows: the literal, or the element of a list that is wrong. */
  readonly received: unknown;
  /** The Terraform variable whose reference takes the literal's place. */
  readonly variable: string;
  readonly withLiteral: (stack: TerraformStack) => void;
  readonly withToken: (stack: TerraformStack) => void;
}

/** One row: `build` takes either the bad literal or the value of a variable `variable` of `type`. */
function tokenInput<T>(row: {
  name: string;
  where: string;
  prop: string;
  literal: T;
  received?: unknown;
  variable: string;
  type: "string" | "number" | "list(string)";
  value: (variable: TerraformVariable) => T;
  build: (stack: TerraformStack, value: T) => void;
}): TokenInput {
  return {
    name: row.name,
    where: row.where,
    prop: row.prop,
    received: row.received ?? row.literal,
    variable: row.variable,
    withLiteral: (stack) => row.build(stack, row.literal),
    withToken: (stack) => row.build(stack, row.value(new TerraformVariable(stack, row.variable, { type: row.type }))),
  };
}

const TOKEN_INPUTS: readonly TokenInput[] = [
  tokenInput({ name: "config port", where: "test/Nb/Tcp", prop: "port", literal: 70000, variable: "port", type: "number", value: (v) => v.numberValue, build: (s, port) => nodeBalancer(s).addConfig("Tcp", { protocol: Protocol.TCP, port }) }),
  tokenInput({ name: "health-check interval", where: "test/Nb/Http", prop: "healthCheck.intervalSeconds", literal: 1, variable: "interval", type: "number", value: (v) => v.numberValue, build: (s, intervalSeconds) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP, healthCheck: { intervalSeconds } }) }),
  tokenInput({ name: "NodeBalancer region", where: "test/Nb", prop: "region", literal: "US East", variable: "region", type: "string", value: (v) => v.stringValue, build: (s, region) => new NodeBalancer(s, "Nb", { region }) }),
  tokenInput({ name: "connection throttle", where: "test/Nb", prop: "clientConnThrottle", literal: 50, variable: "throttle", type: "number", value: (v) => v.numberValue, build: (s, clientConnThrottle) => new NodeBalancer(s, "Nb", { region: "us-east", clientConnThrottle }) }),
  tokenInput({ name: "ACME domain name", where: "test/Cert", prop: "domainName", literal: "WWW.example.com", variable: "domain", type: "string", value: (v) => v.stringValue, build: (s, domainName) => new AcmeCertificate(s, "Cert", { domainName, dnsChallenge: AcmeDnsChallenge.linode() }) }),
  tokenInput({ name: "ACME account e-mail", where: "test/Account", prop: "email", literal: "ops", variable: "email", type: "string", value: (v) => v.stringValue, build: (s, email) => new AcmeAccount(s, "Account", { email }) }),
  tokenInput({ name: "Origin CA hostname", where: "test/Origin", prop: "hostnames[0]", literal: "Example.com", variable: "hostname", type: "string", value: (v) => v.stringValue, build: (s, name) => new OriginCaCertificate(s, "Origin", { hostnames: [name] }) }),
  tokenInput({ name: "Cloudflare zone id", where: "test/Zone", prop: "zoneId", literal: "abc", variable: "zone_id", type: "string", value: (v) => v.stringValue, build: (s, zoneId) => new ZoneSslSettings(s, "Tls", { zone: CloudflareZone.fromZoneId(s, "Zone", { zoneId, zoneName: "example.com" }) }) }),
  tokenInput({
    name: "backend address",
    where: "Backend.fromAddress",
    prop: "privateIpv4",
    literal: "203.0.113.10",
    variable: "ip",
    type: "string",
    value: (v) => v.stringValue,
    build: (s, ip) => nodeBalancer(s).addConfig("Http", { protocol: Protocol.HTTP }).addBackend(Backend.fromAddress(ip, { label: "app-1" })),
  }),
  tokenInput({
    name: "backend ssh host",
    where: "Backend.fromAddress",
    prop: "sshHost",
    literal: "app 1",
    variable: "ssh_host",
    type: "string",
    value: (v) => v.stringValue,
    build: (s, sshHost) => push(s, { backends: [Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost })] }),
  }),
  tokenInput({
    name: "CIDR list",
    where: "FirewallSource.lists",
    prop: "ipv4[0]",
    literal: ["office"],
    received: "office",
    variable: "cidrs",
    type: "list(string)",
    value: (v) => v.listValue,
    build: (s, ipv4) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [{ label: "office", ports: [22], source: FirewallSource.lists(ipv4, undefined) }] }),
  }),
  tokenInput({
    name: "firewall rule port",
    where: "test/Fw",
    prop: "rules[0].ports",
    literal: 0,
    variable: "ssh_port",
    type: "number",
    value: (v) => v.numberValue,
    build: (s, port) => new CloudFirewall(s, "Fw", { label: "fw-test", rules: [{ label: "ssh", ports: [port], source: FirewallSource.nodeBalancers() }] }),
  }),
];

describe("unresolved tokens", () => {
  test.each(TOKEN_INPUTS)("a literal $name is rejected", (row) => {
    // GIVEN a fresh stack  WHEN the bad literal is built
    const stack = newStack();
    // THEN it is rejected, naming where and the prop
    expect(() => row.withLiteral(stack)).toThrow(ValidationError);
    expect(() => row.withLiteral(newStack())).toThrow(`${row.where}: invalid '${row.prop}': received ${shown(row.received)}. `);
  });

  test.each(TOKEN_INPUTS)("a $name given as a variable is accepted and synthesized as a reference", (row) => {
    // GIVEN a fresh stack  WHEN the same prop is given as a TerraformVariable's value
    const stack = newStack();
    row.withToken(stack);
    // THEN the stack synthesizes, validations included, with the reference in place of a literal
    const json = JSON.stringify(synthJson(stack).resource);
    expect(json).toContain(`\${var.${row.variable}}`);
  });
});
