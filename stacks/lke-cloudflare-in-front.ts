import type { Construct } from "constructs";
import { LkeSiteStack, LkeSiteTls } from "../src/kubernetes";
import { exampleClusterAccess, exampleLkeSite } from "./lke-example-site";

/**
 * Option 3 on LKE: Cloudflare in front (Full (strict)), an Origin CA certificate served by the
 * NodeBalancer, whose CCM-made firewall admits Cloudflare's ranges only.
 */
export class LkeCloudflareInFrontStack extends LkeSiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { clusterAccess: exampleClusterAccess() });
    this.addSite({
      domainNames: ["example.com", "www.example.com"],
      ...exampleLkeSite(),
      tls: LkeSiteTls.cloudflare({ zoneName: "example.com" }),
    });
  }
}
