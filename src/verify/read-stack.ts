import { RenewalWindow } from "./renewal-window";
import { CipherSuite, type VerifySite } from "./site";
import { SslOption } from "./ssl-option";
import { VerifyError } from "./verify-error";

/** What a synthesized stack says about its site; the addresses come from Terraform's outputs. */
export interface StackSite extends Omit<VerifySite, "nodeBalancerAddresses"> {
  /** Names of the stack's outputs whose value is the NodeBalancer's `ipv4` or `ipv6`, sorted. */
  readonly addressOutputs: readonly string[];
}

type Json = Record<string, unknown>;

const ACME_DEFAULT_MIN_DAYS = 30;
const NODEBALANCER_ADDRESS = /^\$\{linode_nodebalancer\.[A-Za-z0-9_-]+\.ipv[46]\}$/;

/**
 * Reads the site of one synthesized stack (`cdk.tf.json` or a published `main.tf.json`): the option
 * from the NodeBalancer's config on 443 and the Cloudflare records, the hostnames from the
 * certificate or the proxied records, the renewal policy, port 80, and which outputs carry the
 * NodeBalancer's addresses. Values that are still references are skipped, never guessed.
 */
export function readStackSite(config: unknown, stack: string): StackSite {
  const root = asObject(config);
  const resources = asObject(root.resource);
  const nodeBalancers = Object.keys(asObject(resources.linode_nodebalancer));
  if (nodeBalancers.length !== 1) {
    throw new VerifyError(
      `stack "${stack}" has ${nodeBalancers.length} NodeBalancers; verify reads a stack with exactly one (or pass --hostname and --nodebalancer-ip)`,
    );
  }
  const configs = entries(resources.linode_nodebalancer_config);
  const https = configs.find(([, c]) => c.port === 443);
  if (https === undefined) throw new VerifyError(`stack "${stack}" has no NodeBalancer config on port 443`);
  const [httpsKey, httpsConfig] = https;
  const forwards80 = configs.some(([, c]) => c.port === 80);

  const proxiedRecords = entries(resources.cloudflare_dns_record).filter(([, r]) => r.proxied === true);
  const option =
    // Cloudflare first: with the app servers as its origin, 443 is TCP too.
    proxiedRecords.length > 0 || entries(resources.cloudflare_origin_ca_certificate).length > 0
      ? SslOption.CLOUDFLARE_IN_FRONT
      : httpsConfig.protocol === "tcp"
        ? SslOption.TCP_PASSTHROUGH
        : SslOption.TERMINATE_AT_LOAD_BALANCER;

  const acme = entries(resources.acme_certificate).map(([, c]) => c);
  const hostnames =
    option === SslOption.CLOUDFLARE_IN_FRONT
      ? proxiedRecords.map(([, r]) => r.name)
      : acme.flatMap((c) => [c.common_name, ...asArray(c.subject_alternative_names)]);

  // Zone-wide (`always_use_https`) or for the site's hostnames (a Single Redirect ruleset).
  const alwaysUseHttps =
    entries(resources.cloudflare_zone_setting).some(([, s]) => s.setting_id === "always_use_https" && s.value === "on") ||
    entries(resources.cloudflare_ruleset).some(([, r]) => r.phase === "http_request_dynamic_redirect");
  const backendCount = entries(resources.linode_nodebalancer_node).filter(
    ([, n]) => typeof n.config_id === "string" && n.config_id.startsWith(`\${linode_nodebalancer_config.${httpsKey}.`),
  ).length;
  const stickiness = httpsConfig.stickiness ?? "none";
  const alertHours = asObject(asObject(root.output).expiry_alert_hours).value;
  const ports = configs.map(([, c]) => c.port).filter((p): p is number => typeof p === "number");
  const algorithm = httpsConfig.algorithm ?? "roundrobin";

  return {
    option,
    hostnames: unique(hostnames.filter(isLiteral)),
    redirectsPlainHttp: option === SslOption.CLOUDFLARE_IN_FRONT ? alwaysUseHttps : forwards80,
    renewal: option === SslOption.CLOUDFLARE_IN_FRONT ? RenewalWindow.cloudflareEdge() : acme.length === 0 ? RenewalWindow.none() : acmeRenewal(acme[0]),
    backendCount,
    spreadsConnections: stickiness === "none" && algorithm !== "source",
    cipherSuite: httpsConfig.cipher_suite === CipherSuite.LEGACY ? CipherSuite.LEGACY : CipherSuite.RECOMMENDED,
    ...(typeof alertHours === "number" && alertHours > 0 ? { expiryAlertHours: alertHours } : {}),
    nodeBalancerPorts: [...new Set(ports)].sort((a, b) => a - b),
    addressOutputs: entries(root.output)
      .filter(([, o]) => typeof o.value === "string" && NODEBALANCER_ADDRESS.test(o.value))
      .map(([name]) => name),
  };
}

/** The NodeBalancer's addresses: the values of `addressOutputs` in `terraform output -json`. */
export function addressesFromOutputs(site: StackSite, outputs: unknown, stack: string): string[] {
  if (site.addressOutputs.length === 0) {
    throw new VerifyError(
      `stack "${stack}" has no output with the NodeBalancer's ipv4 or ipv6 (SiteStack declares nodebalancer_ipv4); add one or pass --nodebalancer-ip`,
    );
  }
  const values = asObject(outputs);
  const addresses = site.addressOutputs.map((name) => asObject(values[name]).value).filter((v): v is string => typeof v === "string" && v !== "");
  if (addresses.length === 0) {
    throw new VerifyError(
      `terraform output has no value for ${site.addressOutputs.join(", ")} of stack "${stack}": has it been applied? (or pass --nodebalancer-ip)`,
    );
  }
  return unique(addresses);
}

function acmeRenewal(certificate: Json): RenewalWindow {
  if (certificate.min_days_dynamic === true) return RenewalWindow.dynamic();
  const days = certificate.min_days_remaining;
  return RenewalWindow.minDaysRemaining(typeof days === "number" ? days : ACME_DEFAULT_MIN_DAYS);
}

function isLiteral(value: unknown): value is string {
  return typeof value === "string" && value !== "" && !value.includes("${");
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A map's entries sorted by key, each value as an object. */
function entries(value: unknown): Array<[string, Json]> {
  return Object.keys(asObject(value))
    .sort()
    .map((k) => [k, asObject((value as Json)[k])]);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
