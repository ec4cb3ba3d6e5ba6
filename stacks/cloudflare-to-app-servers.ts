import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { exampleSite } from "./example-site";
import {
  addCertificateOutputs,
  CloudflareInFront,
  CloudflareOrigin,
  CloudflareZone,
  configureProviders,
  HclStack,
  OriginCaKeyType,
  RequiredProvider,
  SshCredentials,
  StateBackend,
} from "../src";

/**
 * Option 3 encrypted to the app servers: `example.net` and `www.example.net` are proxied by
 * Cloudflare (Full (strict) for these names only) to a NodeBalancer that forwards 443 as TCP to two
 * existing app servers. Each serves a Cloudflare Origin CA certificate (ECDSA: the NodeBalancer never
 * sees it) that Terraform pushes over SSH through the local ssh-agent, and nginx accepts only
 * connections that present the zone's Authenticated Origin Pulls certificate. Tokens come from
 * `LINODE_TOKEN` and `CLOUDFLARE_API_TOKEN` at plan/apply time.
 */
export class CloudflareToAppServersStack extends HclStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StateBackend.local().bind(this);
    configureProviders(this, [RequiredProvider.LINODE, RequiredProvider.TLS, RequiredProvider.CLOUDFLARE]);

    const site = new CloudflareInFront(this, "Site", {
      zone: CloudflareZone.fromZoneName(this, "Zone", "example.net"),
      hostnames: ["example.net", "www.example.net"],
      ...exampleSite("example-cf-servers", 2, 41000501),
      certificateKeyType: OriginCaKeyType.ECC,
      origin: CloudflareOrigin.appServers({ sshCredentials: SshCredentials.agent() }),
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    addCertificateOutputs(this, site.certificate);
    new TerraformOutput(this, "web_server_config", { value: site.webServerConfig, description: "nginx configuration for the app servers" });
  }
}
