import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { exampleAcmeCertificate, exampleSite } from "./example-site";
import { addCertificateOutputs, AcmeDnsChallenge, HclStack, ListenerCertificate, TerminateAtLoadBalancer } from "../src";

/**
 * Option 1: Let's Encrypt certificate (DNS-01 through Linode DNS, staging directory) served by the
 * NodeBalancer on 443; port 80 forwarded to the same two backends.
 */
export class TerminateAtLoadBalancerStack extends HclStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const certificate = exampleAcmeCertificate(this, AcmeDnsChallenge.linode());
    const site = new TerminateAtLoadBalancer(this, "Site", {
      ...exampleSite("example-web", 2, 41000001),
      healthCheck: { path: "/healthz" },
      certificate: ListenerCertificate.fromAcme(certificate),
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    addCertificateOutputs(this, certificate);
  }
}
