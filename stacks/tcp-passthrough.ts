import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  AcmeKeyType,
  AcmeServer,
  Backend,
  configureProviders,
  FirewallSource,
  ListenerCertificate,
  RequiredProvider,
  SshCredentials,
  StateBackend,
  TcpPassthrough,
} from "../src";

/**
 * Option 2: the NodeBalancer forwards 443 and 80 as TCP with PROXY protocol v2 to three existing
 * app servers, which terminate TLS with a Let's Encrypt certificate (DNS-01 through Cloudflare DNS,
 * staging directory). The certificate is ECDSA: only the backends serve it. Terraform pushes it
 * over SSH through the local ssh-agent; SSH is admitted from the operators' range only.
 */
export class TcpPassthroughStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StateBackend.local().bind(this);
    configureProviders(this, [RequiredProvider.LINODE, RequiredProvider.ACME, RequiredProvider.TLS], {
      acmeServer: AcmeServer.LETS_ENCRYPT_STAGING,
    });

    const certificate = new AcmeCertificate(this, "Certificate", {
      domainName: "www.example.com",
      subjectAlternativeNames: ["example.com"],
      dnsChallenge: AcmeDnsChallenge.cloudflare(),
      email: "ops@example.com",
      keyType: AcmeKeyType.EC_P256,
    });
    const site = new TcpPassthrough(this, "Site", {
      region: "us-east",
      label: "example-passthrough",
      certificate: ListenerCertificate.fromAcme(certificate),
      sshCredentials: SshCredentials.agent(),
      backends: [
        Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", linodeId: "41000001" }),
        Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.11", linodeId: "41000002" }),
        Backend.fromAddress("192.168.130.12", { label: "app-3", sshHost: "198.51.100.12", linodeId: "41000003" }),
      ],
      adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    new TerraformOutput(this, "certificate_not_after", { value: certificate.notAfter });
    new TerraformOutput(this, "web_server_config", { value: site.webServerConfig, description: "nginx configuration for the app servers" });
  }
}
