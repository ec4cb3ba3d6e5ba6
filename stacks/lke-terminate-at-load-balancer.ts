import type { Construct } from "constructs";
import { AcmeDnsChallenge, AcmeServer } from "../src";
import { LkeSiteStack, LkeSiteTls } from "../src/kubernetes";
import { exampleClusterAccess, exampleLkeSite } from "./lke-example-site";

/**
 * Option 1 on LKE: the NodeBalancer the CCM builds for the Service terminates TLS with a Let's
 * Encrypt certificate (RSA) from a `kubernetes.io/tls` Secret; port 80 forwarded to the pods.
 */
export class LkeTerminateAtLoadBalancerStack extends LkeSiteStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { clusterAccess: exampleClusterAccess(), acmeServer: AcmeServer.LETS_ENCRYPT_STAGING });
    this.addSite({
      domainNames: ["www.example.com", "example.com"],
      ...exampleLkeSite(),
      tls: LkeSiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.cloudflare(), email: "ops@example.com" }),
    });
  }
}
