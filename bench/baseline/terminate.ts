/** Baseline of SiteTls.terminateAtLoadBalancer: ACME certificate served by the NodeBalancer on 443, 80 forwarded. */
import type { App } from "cdktf";
import type { BackendSpec } from "../common";
import { acmeCertificate, baseStack, HTTP_CHECK, loadBalancer, outputs } from "./shared";

export function build(app: App, backends: readonly BackendSpec[]): void {
  const stack = baseStack(app, { acme: true });
  const certificate = acmeCertificate(stack, { provider: "linode", config: { LINODE_PROPAGATION_TIMEOUT: "1200", LINODE_POLLING_INTERVAL: "30" } });
  const { nodeBalancer } = loadBalancer(stack, backends, [
    {
      id: "Https",
      backendPort: 80,
      port: 443,
      protocol: "https",
      ...HTTP_CHECK,
      cipherSuite: "recommended",
      sslCert: `${certificate.certificatePem}${certificate.issuerPem}`,
      sslKey: certificate.privateKeyPem,
    },
    { id: "Http", backendPort: 80, port: 80, protocol: "http", ...HTTP_CHECK },
  ]);
  outputs(stack, nodeBalancer, certificate.certificateNotAfter);
}
