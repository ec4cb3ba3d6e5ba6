import { Lazy, TerraformLocal } from "cdktf";
import type { IConstruct } from "constructs";
import type { ServedCertificate } from "../nodebalancer/listener-certificate";
import type { CipherSuite, Protocol, ProxyProtocol } from "../nodebalancer/enums";

/**
 * Which of the package's SSL options a site uses. The values are the names of the example stacks
 * and of `verify`'s `--option` flag.
 */
export enum SslOption {
  /** Option 1: TLS ends at the NodeBalancer (Let's Encrypt or your own certificate); port 80 forwarded. */
  TERMINATE_AT_LOAD_BALANCER = "terminate-at-load-balancer",
  /** Option 2: TCP passthrough; every backend serves the certificate. */
  TCP_PASSTHROUGH = "tcp-passthrough",
  /** Option 3: Cloudflare proxies the names; the NodeBalancer admits only Cloudflare. */
  CLOUDFLARE_IN_FRONT = "cloudflare-in-front",
}

/** Who renews the certificate that visitors are served. */
export enum CertificateRenewer {
  /** The ACME provider, on `terraform apply`, with a third of the lifetime left (ARI on) unless `fixedWindowDays`. */
  ACME = "acme",
  /** Cloudflare renews its edge certificate itself. */
  CLOUDFLARE_EDGE = "cloudflare-edge",
  /** Nothing: your own certificate, which you renew yourself. */
  NONE = "none",
}

/** When the served certificate renews. */
export interface CertificateRenewal {
  /** Who renews it. */
  readonly renewer: CertificateRenewer;
  /**
   * With `CertificateRenewer.ACME`: renew with this many days left (`RenewalPolicy.fixedWindow`).
   * @default - a third of the lifetime (`RenewalPolicy.lifetimeRelative()`)
   */
  readonly fixedWindowDays?: number;
}

/** One NodeBalancer config as the site uses it. */
export interface SiteListener {
  /** The port visitors (or Cloudflare) connect to. */
  readonly port: number;
  /** The config's protocol. */
  readonly protocol: Protocol;
  /** The PROXY protocol header sent to the backends (`none` unless TCP). */
  readonly proxyProtocol: ProxyProtocol;
  /**
   * The cipher suite, for HTTPS configs.
   * @default - none (not an HTTPS config)
   */
  readonly cipherSuite?: CipherSuite;
}

/** What the NodeBalancer part of a site is: its listeners and how it spreads connections. */
export interface SiteBalancing {
  /** The NodeBalancer's configs. */
  readonly listeners: readonly SiteListener[];
  /** How many backends every config forwards to. */
  readonly backendCount: number;
  /** Whether one client's connections are spread over the backends (no stickiness, not `source`). */
  readonly spreadsConnections: boolean;
}

/**
 * What a site is, as the constructs that built it describe it: the typed contract between the
 * constructs and the tools that read a synthesized stack (`verify`). It is synthesized into the
 * stack as a Terraform local (`writeSiteContract`), so it survives `publish` and is
 * visible to a reviewer; Terraform only evaluates it.
 */
export interface SiteContract extends SiteBalancing {
  /** The contract's schema and version, {@link SITE_CONTRACT_SCHEMA}. */
  readonly schema: string;
  /** The SSL option. */
  readonly option: SslOption;
  /** The names visitors use (literal names only; empty when the certificate's names are not known at synth). */
  readonly hostnames: readonly string[];
  /** Whether plain HTTP on port 80 is redirected to https (by the backends, or by Cloudflare's edge). */
  readonly redirectsPlainHttp: boolean;
  /** When the certificate that visitors are served renews. */
  readonly renewal: CertificateRenewal;
  /**
   * Alert when fewer hours than this remain before the served certificate expires (two apply intervals).
   * @default - not known (your own certificate, or Cloudflare's edge)
   */
  readonly expiryAlertHours?: number;
}

/** How a certificate served by the NodeBalancer or the backends renews, as the contract says it. */
export function renewalOf(served: ServedCertificate): CertificateRenewal {
  const policy = served.renewalPolicy;
  if (policy === undefined) return { renewer: CertificateRenewer.NONE };
  return { renewer: CertificateRenewer.ACME, ...(policy.fixedWindowDays !== undefined ? { fixedWindowDays: policy.fixedWindowDays } : {}) };
}

/** The schema of {@link SiteContract}: a reader refuses any other. */
export const SITE_CONTRACT_SCHEMA = "cdktf-nodebalancer-ssl/site@1";

/** The construct id of the local that holds a topology's contract. */
const CONTRACT_ID = "SiteContract";

/**
 * Writes the contract that `describe` returns into the stack of `scope`, as a local beside the
 * topology's resources. `describe` runs at synth, once the tree is complete (a config added later
 * is listed too).
 */
export function writeSiteContract(scope: IConstruct, describe: () => Omit<SiteContract, "schema">): void {
  new TerraformLocal(scope, CONTRACT_ID, Lazy.anyValue({ produce: (): SiteContract => JSON.parse(JSON.stringify({ schema: SITE_CONTRACT_SCHEMA, ...describe() })) }));
}

/** Every site contract of a synthesized stack (`cdk.tf.json`, or a published `main.tf.json`), by local name. */
export function readSiteContracts(config: unknown): Map<string, SiteContract> {
  const locals = asObject(asObject(config).locals);
  const contracts = new Map<string, SiteContract>();
  for (const name of Object.keys(locals).sort()) {
    const value = asObject(locals[name]);
    if (value.schema === SITE_CONTRACT_SCHEMA) contracts.set(name, value as unknown as SiteContract);
  }
  return contracts;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
