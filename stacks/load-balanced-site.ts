import type { Construct } from "constructs";
import { exampleSite } from "./example-site";
import { AcmeDnsChallenge, AcmeServer, SiteStack, SiteTls } from "../src";

/**
 * The facade: the site is described once; the `tls` line picks the SSL option. Swap it for
 * `SiteTls.passthrough({...})`, `SiteTls.cloudflare({ zoneName: "example.com" })` or
 * `SiteTls.ownCertificate({...})` and nothing else changes.
 */
export class LoadBalancedSiteStack extends SiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { acmeServer: AcmeServer.LETS_ENCRYPT_STAGING });
    this.addSite({
      domainNames: ["www.example.com", "example.com"],
      ...exampleSite("example-site", 2, 41000301),
      healthCheck: { path: "/healthz" },
      tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.cloudflare(), email: "ops@example.com" }),
    });
  }
}
