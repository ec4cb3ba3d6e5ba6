import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { AcmeServer } from "../certificates/acme-server";
import { LoadBalancedSite, type LoadBalancedSiteProps } from "../topologies/load-balanced-site";
import { configureProviders } from "./providers";
import { StateBackend } from "./state-backend";

/** Props of a {@link SiteStack}. */
export interface SiteStackProps extends LoadBalancedSiteProps {
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
 * A stack holding one {@link LoadBalancedSite}, with exactly the providers its SSL option needs
 * (credentials from the environment), its state backend, and the outputs operators watch:
 * `nodebalancer_ipv4`, `nodebalancer_ipv6` and `certificate_not_after`.
 */
export class SiteStack extends TerraformStack {
  /** The site. */
  public readonly site: LoadBalancedSite;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id);
    const { backend, acmeServer, ...site } = props;
    (backend ?? StateBackend.local()).bind(this);
    this.site = new LoadBalancedSite(this, "Site", { ...site, label: site.label ?? id });
    configureProviders(this, this.site.requiredProviders, { acmeServer });
    new TerraformOutput(this, "nodebalancer_ipv4", { value: this.site.ipv4Address });
    new TerraformOutput(this, "nodebalancer_ipv6", { value: this.site.ipv6Address });
    new TerraformOutput(this, "certificate_not_after", { value: this.site.certificateExpiry });
  }
}
