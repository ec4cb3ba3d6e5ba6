import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { exampleAcmeCertificate, exampleSite } from "./example-site";
import { addCertificateOutputs, AcmeDnsChallenge, AcmeKeyType, HclStack, ListenerCertificate, SshCredentials, TcpPassthrough } from "../src";

/**
 * Option 2: the NodeBalancer forwards 443 and 80 as TCP with PROXY protocol v2 to three existing
 * app servers, which terminate TLS with a Let's Encrypt certificate (DNS-01 through Cloudflare DNS,
 * staging directory). The certificate is ECDSA: only the backends serve it. Terraform pushes it
 * over SSH through the local ssh-agent; SSH is admitted from the operators' range only.
 */
export class TcpPassthroughStack extends HclStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const certificate = exampleAcmeCertificate(this, AcmeDnsChallenge.cloudflare(), AcmeKeyType.EC_P256);
    const site = new TcpPassthrough(this, "Site", {
      ...exampleSite("example-passthrough", 3, 41000101),
      certificate: ListenerCertificate.fromAcme(certificate),
      sshCredentials: SshCredentials.agent(),
    });

    new TerraformOutput(this, "nodebalancer_ipv4", { value: site.nodeBalancer.ipv4Address });
    addCertificateOutputs(this, certificate);
    new TerraformOutput(this, "web_server_config", { value: site.webServerConfig, description: "nginx configuration for the app servers" });
  }
}
