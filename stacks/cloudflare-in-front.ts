import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { exampleSite } from "./example-site";
import { addCertificateOutputs, CloudflareInFront, CloudflareZone, configureProviders, HclStack, RequiredProvider, StateBackend } from "../src";

/**
 * Option 3: Cloudflare in front. `example.com` and `www.example.com` are proxied by Cloudflare
 * (Full (strict)) to a NodeBalancer that serves a Cloudflare Origin CA certificate on 443 to
 * Cloudflare only, in front of two backends. Tokens come from `LINODE_TOKEN` and
 * `CLOUDFLARE_API_TOKEN` at plan/apply time.
 */
export class CloudflareInFrontStack extends HclStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StateBackend.local().bind(this);
    configureProviders(this, [RequiredProvider.LINODE, RequiredProvider.TLS, RequiredProvider.CLOUDFLARE]);

    const site = new CloudflareInFront(this, "Site", {
      zone: CloudflareZone.fromZoneName(this, "Zone", "example.com"),
      hostnames: ["example.com", "www.example.com"],
      ...exampleSite("example-cloudflare", 2, 41000201),
      healthCheck: { path: "/healthz" },
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    addCertificateOutputs(this, site.certificate);
  }
}
