import type { TerraformStack } from "cdktf";
import {
  AcmeCertificate,
  AcmeServer,
  Backend,
  configureProviders,
  FirewallSource,
  RequiredProvider,
  StateBackend,
  type AcmeDnsChallenge,
  type AcmeKeyType,
  type SiteProps,
} from "../src";

/**
 * The site every example stack shares: its region, its app servers (documentation addresses) and
 * the operators' SSH range. Only the TLS parts differ between the examples. Each example names its
 * own servers (Linode IDs): a Linode takes one Cloud Firewall, and every example attaches one.
 */
export function exampleSite(label: string, backendCount: number, firstLinodeId: number): SiteProps & { readonly adminSources: FirewallSource } {
  return {
    region: "us-east",
    label,
    backends: Array.from({ length: backendCount }, (_, i) =>
      Backend.fromAddress(`192.168.130.${10 + i}`, { label: `app-${i + 1}`, linodeId: String(firstLinodeId + i), sshHost: `198.51.100.${10 + i}` }),
    ),
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
  };
}

/**
 * What the Let's Encrypt examples (options 1 and 2) set up first: local state, the Linode, ACME
 * (staging directory) and TLS providers, and the site's certificate for www.example.com and
 * example.com.
 */
export function exampleAcmeCertificate(stack: TerraformStack, dnsChallenge: AcmeDnsChallenge, keyType?: AcmeKeyType): AcmeCertificate {
  StateBackend.local().bind(stack);
  configureProviders(stack, [RequiredProvider.LINODE, RequiredProvider.ACME, RequiredProvider.TLS], { acmeServer: AcmeServer.LETS_ENCRYPT_STAGING });
  return new AcmeCertificate(stack, "Certificate", {
    domainName: "www.example.com",
    subjectAlternativeNames: ["example.com"],
    dnsChallenge,
    email: "ops@example.com",
    keyType,
  });
}
