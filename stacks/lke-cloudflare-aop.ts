import type { Construct } from "constructs";
import { LkeCloudflareOrigin, LkeSiteStack, LkeSiteTls } from "../src/kubernetes";
import { exampleClusterAccess, exampleLkeSite } from "./lke-example-site";

/**
 * Option 3 on LKE, encrypted to the cluster: Cloudflare in front, TCP through the NodeBalancer to
 * Traefik, which serves the Origin CA certificate and requires the zone's Authenticated Origin
 * Pulls client certificate.
 */
export class LkeCloudflareAopStack extends LkeSiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { clusterAccess: exampleClusterAccess() });
    this.addSite({
      domainNames: ["example.com", "www.example.com"],
      ...exampleLkeSite(),
      tls: LkeSiteTls.cloudflare({ zoneName: "example.com", origin: LkeCloudflareOrigin.traefik() }),
    });
  }
}
