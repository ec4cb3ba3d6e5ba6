import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import type { AcmeServer } from "../certificates/acme-server";
import { check } from "../private/validation";
import { addCertificateOutputs } from "../stack/certificate-outputs";
import { HclStack } from "../stack/hcl-stack";
import { configureProviders, RequiredProvider } from "../stack/providers";
import { StateBackend } from "../stack/state-backend";
import type { ClusterAccess } from "./cluster-access";
import { LkeSite, type LkeSiteConstructProps } from "./lke-site";

/** Props of an {@link LkeSiteStack}. */
export interface LkeSiteStackProps {
  /** How the kubernetes and helm providers reach the cluster (never a cluster of this stack). */
  readonly clusterAccess: ClusterAccess;
  /**
   * Where the stack keeps its state.
   * @default StateBackend.local()
   */
  readonly backend?: StateBackend;
  /**
   * The ACME directory, for the options that issue Let's Encrypt certificates.
   * @default AcmeServer.LETS_ENCRYPT_PRODUCTION
   */
  readonly acmeServer?: AcmeServer;
}

/**
 * The workload stack of a site on LKE, in two steps like `SiteStack`: create it, then
 * {@link LkeSiteStack.addSite}. It configures the kubernetes and helm providers from
 * `clusterAccess`, and declares the ACME, TLS and Cloudflare providers whatever the option (tokens
 * from the environment), so that a switch of the `tls` line can destroy what the previous option
 * left. Outputs: `nodebalancer_ipv4` and, where the package knows the certificate,
 * `certificate_not_after`, `apply_schedule`, `expiry_alert_hours` and the ARI window.
 */
export class LkeSiteStack extends HclStack {
  private siteOrUndefined: LkeSite | undefined;

  constructor(scope: Construct, id: string, props: LkeSiteStackProps) {
    super(scope, id);
    (props.backend ?? StateBackend.local()).bind(this);
    configureProviders(this, [RequiredProvider.ACME, RequiredProvider.TLS, RequiredProvider.CLOUDFLARE], { acmeServer: props.acmeServer });
    props.clusterAccess.bind(this);
    this.node.addValidation({
      validate: () => (this.siteOrUndefined === undefined ? [`${this.node.path}: the stack has no site: call addSite({ domainNames, app, tls }).`] : []),
    });
  }

  /** The site added by {@link LkeSiteStack.addSite}. */
  public get site(): LkeSite {
    check(this.siteOrUndefined !== undefined, this, "site", undefined, "Call addSite(...) first.");
    return this.siteOrUndefined!;
  }

  /** Adds the stack's site (once) and its outputs. The site's name defaults to the stack's id. */
  public addSite(props: LkeSiteConstructProps): LkeSite {
    check(this.siteOrUndefined === undefined, this, "addSite", "a second site", "An LkeSiteStack holds one site: use one stack per site.");
    const site = new LkeSite(this, "Site", { ...props, name: props.name ?? this.node.id });
    this.siteOrUndefined = site;
    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.ipv4Address });
    if (site.certificateWatch !== undefined) addCertificateOutputs(this, site.certificateWatch);
    return site;
  }
}
