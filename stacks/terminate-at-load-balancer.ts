import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  AcmeServer,
  Backend,
  configureProviders,
  FirewallSource,
  ListenerCertificate,
  RequiredProvider,
  StateBackend,
  TerminateAtLoadBalancer,
} from "../src";

/**
 * Option 1: Let's Encrypt certificate (DNS-01 through Linode DNS, staging directory) served by the
 * NodeBalancer on 443; port 80 forwarded to the same two backends.
 */
export class TerminateAtLoadBalancerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StateBackend.local().bind(this);
    configureProviders(this, [RequiredProvider.LINODE, RequiredProvider.ACME, RequiredProvider.TLS], {
      acmeServer: AcmeServer.LETS_ENCRYPT_STAGING,
    });

    const certificate = new AcmeCertificate(this, "Certificate", {
      domainName: "www.example.com",
      subjectAlternativeNames: ["example.com"],
      dnsChallenge: AcmeDnsChallenge.linode(),
      email: "ops@example.com",
    });
    const site = new TerminateAtLoadBalancer(this, "Site", {
      region: "us-east",
      label: "example-web",
      certificate: ListenerCertificate.fromAcme(certificate),
      backends: [
        Backend.fromAddress("192.168.130.10", { label: "app-1", linodeId: "41000001" }),
        Backend.fromAddress("192.168.130.11", { label: "app-2", linodeId: "41000002" }),
      ],
      healthCheck: { path: "/healthz" },
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    new TerraformOutput(this, "certificate_not_after", { value: certificate.notAfter });
  }
}
