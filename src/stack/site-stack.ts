import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import type { AcmeServer } from "../certificates/acme-server";
import { check } from "../private/validation";
import { LoadBalancedSite, type LoadBalancedSiteProps } from "../topologies/load-balanced-site";
import { addCertificateOutputs } from "./certificate-outputs";
import { HclStack } from "./hcl-stack";
import { configureProviders, RequiredProvider } from "./providers";
import { StateBackend } from "./state-backend";

/** Props of a {@link SiteStack}. */
export interface SiteStackProps {
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
 * A stack for one {@link LoadBalancedSite}, in two steps: create the stack, declare what the site
 * refers to (a sensitive `TerraformVariable` for the SSH key, `AppServers`, your own resources),
 * then {@link SiteStack.addSite}.
 *
 * The stack declares all four providers (Linode, ACME, TLS, Cloudflare; credentials from the
 * environment) whatever the option, so that changing the site's `tls` line on live state can
 * still destroy what the previous option left behind; Terraform configures only the providers that
 * have resources in the configuration or the state. `addSite` adds the outputs operators watch:
 * `nodebalancer_ipv4`, `nodebalancer_ipv6` and, where the package knows the certificate, those of
 * {@link addCertificateOutputs} (`certificate_not_after`, `apply_schedule`, `expiry_alert_hours`,
 * and the ARI window). It is an {@link HclStack}: `cdktf synth --hcl` writes the package's HCL.
 */
export class SiteStack extends HclStack {
  private siteOrUndefined: LoadBalancedSite | undefined;

  constructor(scope: Construct, id: string, props: SiteStackProps = {}) {
    super(scope, id);
    (props.backend ?? StateBackend.local()).bind(this);
    configureProviders(this, Object.values(RequiredProvider), { acmeServer: props.acmeServer });
    this.node.addValidation({
      validate: () => (this.siteOrUndefined === undefined ? [`${this.node.path}: the stack has no site: call addSite({ domainNames, region, backends, tls }).`] : []),
    });
  }

  /** The site added by {@link SiteStack.addSite}. */
  public get site(): LoadBalancedSite {
    check(this.siteOrUndefined !== undefined, this, "site", undefined, "Call addSite(...) first.");
    return this.siteOrUndefined!;
  }

  /**
   * Adds the stack's site (once) and its outputs. The site's label defaults to the stack's id.
   */
  public addSite(props: LoadBalancedSiteProps): LoadBalancedSite {
    check(this.siteOrUndefined === undefined, this, "addSite", "a second site", "A SiteStack holds one site: use one stack per site.");
    const site = new LoadBalancedSite(this, "Site", { ...props, label: props.label ?? this.node.id });
    this.siteOrUndefined = site;
    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.ipv4Address });
    new TerraformOutput(this, "nodebalancer_ipv6", { value: site.ipv6Address });
    if (site.certificateWatch !== undefined) addCertificateOutputs(this, site.certificateWatch);
    return site;
  }
}
