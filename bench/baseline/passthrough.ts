/**
 * Baseline of SiteTls.passthrough: TCP configs with PROXY protocol v2, one for_each terraform_data
 * pushing the certificate, and one whose destroy-time provisioner removes it from a leaving backend.
 */
import { DataResource, Fn, type App, type RemoteExecProvisioner, TerraformIterator, Token } from "cdktf";
import type { BackendSpec } from "../common";
import { acmeCertificate, baseStack, CONNECTION_CHECK, loadBalancer, outputs } from "./shared";

const CERT = "/etc/ssl/site/fullchain.pem";
const KEY = "/etc/ssl/site/privkey.pem";
const RELOAD = "systemctl reload-or-restart nginx";

export function build(app: App, backends: readonly BackendSpec[]): void {
  const stack = baseStack(app, { acme: true });
  const certificate = acmeCertificate(stack, { provider: "cloudflare", config: { CF_PROPAGATION_TIMEOUT: "120" } });
  const tcp = { protocol: "tcp", proxyProtocol: "v2", ...CONNECTION_CHECK } as const;
  const { nodeBalancer, backendFirewall } = loadBalancer(stack, backends, [
    { id: "Tls", backendPort: 443, port: 443, ...tcp },
    { id: "Http", backendPort: 80, port: 80, ...tcp },
  ]);
  const fullChain = `${certificate.certificatePem}${certificate.issuerPem}`;
  const sorted = [...backends].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const backend = TerraformIterator.fromMap(Object.fromEntries(sorted.map((b) => [b.label, { ssh_host: b.sshHost }])));
  new DataResource(stack, "CertificatePush", {
    forEach: backend,
    dependsOn: [backendFirewall],
    triggersReplace: {
      certificate_sha256: Fn.sha256(fullChain),
      private_key_sha256: Fn.sha256(certificate.privateKeyPem),
      ssh_host: backend.getString("ssh_host"),
      certificate_file: `${CERT} 0644`,
      private_key_file: `${KEY} 0600`,
      reload_command: RELOAD,
    },
    connection: { type: "ssh", host: backend.getString("ssh_host"), user: "root", agent: Token.asString(true) },
    provisioners: [
      { type: "remote-exec", inline: ["set -eu", "mkdir -p /etc/ssl/site", `umask 077 && touch ${KEY} && chmod 0600 ${KEY}`] },
      { type: "file", content: fullChain, destination: CERT },
      { type: "file", content: certificate.privateKeyPem, destination: KEY },
      { type: "remote-exec", inline: ["set -eu", `chmod 0644 ${CERT}`, `chmod 0600 ${KEY}`, RELOAD] },
    ],
  });
  new DataResource(stack, "CertificateCleanup", {
    forEach: backend,
    input: { host: backend.getString("ssh_host") },
    connection: { type: "ssh", host: "${self.input.host}", user: "root", agent: Token.asString(true) },
    provisioners: [{ type: "remote-exec", when: "destroy", onFailure: "continue", inline: [`rm -f ${CERT} ${KEY}`] } as RemoteExecProvisioner],
  });
  outputs(stack, nodeBalancer, certificate.certificateNotAfter);
}
