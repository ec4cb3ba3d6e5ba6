import { CertificateRenewer, type CertificateRenewal, readSiteContracts } from "../contract/site-contract";
import { Protocol } from "../nodebalancer/enums";
import { RenewalWindow } from "./renewal-window";
import { CipherSuite, type VerifySite } from "./site";
import { VerifyError } from "./verify-error";

/** What a synthesized stack says about its site; the addresses come from Terraform's outputs. */
export interface StackSite extends Omit<VerifySite, "nodeBalancerAddresses"> {
  /** Names of the stack's outputs whose value is the NodeBalancer's `ipv4` or `ipv6`, sorted. */
  readonly addressOutputs: readonly string[];
}

type Json = Record<string, unknown>;

const NODEBALANCER_ADDRESS = /^\$\{linode_nodebalancer\.[A-Za-z0-9_-]+\.ipv[46]\}$/;

/**
 * Reads the site of one synthesized stack (`cdk.tf.json` or a published `main.tf.json`) from the
 * site contract its constructs wrote (`SiteContract`, a Terraform local): nothing is inferred from
 * resource names. Only the NodeBalancer's addresses come from outputs, since Terraform knows them
 * only after apply.
 */
export function readStackSite(config: unknown, stack: string): StackSite {
  const contracts = [...readSiteContracts(config).values()];
  if (contracts.length !== 1) {
    throw new VerifyError(
      contracts.length === 0
        ? `stack "${stack}" has no site contract (a stack synthesized with cdktf-nodebalancer-ssl 1.0 or later has one per site): synthesize it again, or pass --hostname and --nodebalancer-ip`
        : `stack "${stack}" has ${contracts.length} sites; verify reads a stack with exactly one (or pass --hostname and --nodebalancer-ip)`,
    );
  }
  const contract = contracts[0];
  const https = contract.listeners.find((l) => l.port === 443);
  if (https === undefined) throw new VerifyError(`stack "${stack}" has no NodeBalancer config on port 443`);
  const root = asObject(config);
  return {
    option: contract.option,
    hostnames: unique(contract.hostnames.filter((name) => !name.includes("${"))),
    redirectsPlainHttp: contract.redirectsPlainHttp,
    renewal: renewalWindow(contract.renewal),
    backendCount: contract.backendCount,
    spreadsConnections: contract.spreadsConnections,
    cipherSuite: contract.listeners.find((l) => l.protocol === Protocol.HTTPS)?.cipherSuite ?? CipherSuite.RECOMMENDED,
    ...(contract.expiryAlertHours !== undefined && contract.expiryAlertHours > 0 ? { expiryAlertHours: contract.expiryAlertHours } : {}),
    nodeBalancerPorts: [...new Set(contract.listeners.map((l) => l.port))].sort((a, b) => a - b),
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

/** The renewal window `verify` expects of the served certificate. */
function renewalWindow(renewal: CertificateRenewal): RenewalWindow {
  switch (renewal.renewer) {
    case CertificateRenewer.ACME:
      return renewal.fixedWindowDays === undefined ? RenewalWindow.dynamic() : RenewalWindow.minDaysRemaining(renewal.fixedWindowDays);
    case CertificateRenewer.CLOUDFLARE_EDGE:
      return RenewalWindow.cloudflareEdge();
    case CertificateRenewer.NONE:
      return RenewalWindow.none();
  }
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
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
