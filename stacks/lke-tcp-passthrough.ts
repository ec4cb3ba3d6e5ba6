import type { Construct } from "constructs";
import { AcmeDnsChallenge, AcmeServer } from "../src";
import { LkeSiteStack, LkeSiteTls } from "../src/kubernetes";
import { exampleClusterAccess, exampleLkeSite } from "./lke-example-site";

/**
 * Option 2 on LKE: TCP with PROXY protocol v2 to Traefik (a Helm release), which serves the Let's
 * Encrypt certificate from a TLS Secret and routes to the app.
 */
export class LkeTcpPassthroughStack extends LkeSiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { clusterAccess: exampleClusterAccess(), acmeServer: AcmeServer.LETS_ENCRYPT_STAGING });
    this.addSite({
      domainNames: ["www.example.com", "example.com"],
      ...exampleLkeSite(),
      tls: LkeSiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.cloudflare(), email: "ops@example.com" }),
    });
  }
}
