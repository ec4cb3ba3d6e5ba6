import type { Construct } from "constructs";
import { AcmeDnsChallenge, AcmeServer, Backend, FirewallSource, SiteStack, SiteTls } from "../src";

/**
 * The facade: the site is described once; the `tls` line picks the SSL option. Swap it for
 * `SiteTls.passthrough({...})` or `SiteTls.cloudflare({ zoneName: "example.com" })` and nothing else
 * changes.
 */
export class LoadBalancedSiteStack extends SiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      domainNames: ["www.example.com", "example.com"],
      region: "us-east",
      label: "example-site",
      backends: [
        Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "41000001" }),
        Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "41000002" }),
      ],
      healthCheck: { path: "/healthz" },
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
      tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.cloudflare(), email: "ops@example.com" }),
      acmeServer: AcmeServer.LETS_ENCRYPT_STAGING,
    });
  }
}
