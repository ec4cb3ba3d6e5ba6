export * from "./nodebalancer/enums";
export * from "./nodebalancer/health-check";
export * from "./nodebalancer/backend";
export * from "./nodebalancer/nodebalancer";
export * from "./nodebalancer/nodebalancer-config";
export * from "./certificates/key-algorithm";
export * from "./certificates/certificate-source";
export * from "./nodebalancer/listener-certificate";
export * from "./certificates/acme-server";
export * from "./certificates/acme-dns-challenge";
export * from "./certificates/acme-account";
export * from "./certificates/acme-certificate";
export * from "./certificates/apply-schedule";
export * from "./certificates/certificate-profile";
export * from "./certificates/certificate-watch";
export * from "./certificates/renewal-policy";
export * from "./firewall/firewall-source";
export * from "./firewall/cloud-firewall";
export * from "./site/site-props";
// What a site is, as the constructs describe it (a Terraform local that tools such as verify read).
export { CertificateRenewer, type CertificateRenewal, type SiteBalancing, type SiteContract, type SiteListener, SslOption } from "./contract/site-contract";
export * from "./site/plain-http";
export * from "./site/load-balancer";
export * from "./topologies/terminate-at-load-balancer";
export * from "./stack/providers";
export * from "./stack/state-backend";
export { ValidationError } from "./private/validation";
export * from "./cloudflare/origin-ca-certificate";
export * from "./cloudflare/cloudflare-zone";
export { type EdgeTlsSettings, MinTlsVersion, SslMode } from "./cloudflare/edge-tls";
export * from "./cloudflare/zone-ssl-settings";
export * from "./cloudflare/hostname-ssl-rules";
export * from "./cloudflare/cloudflare-ssl-scope";
export * from "./cloudflare/authenticated-origin-pulls";
export * from "./topologies/cloudflare-in-front";
export * from "./topologies/cloudflare-origin";
export * from "./push/ssh-credentials";
export type { SshBastion, SshConnectionOptions } from "./push/ssh-connection";
export * from "./push/web-server-site";
export * from "./push/web-server";
export * from "./push/certificate-push";
export * from "./servers/app-servers";
export * from "./topologies/tcp-passthrough";
export * from "./topologies/site-tls";
export * from "./topologies/load-balanced-site";
export * from "./stack/site-stack";
export * from "./stack/certificate-outputs";
// The generated resource classes that the constructs above expose (`.resource`), as type namespaces
// (erased at run time: importing the package does not load them).
export type * as acmeCertificate from "./generated/providers/acme/certificate";
export type * as acmeRegistration from "./generated/providers/acme/registration";
export type * as linodeFirewall from "./generated/providers/linode/firewall";
export type * as linodeNodebalancer from "./generated/providers/linode/nodebalancer";
export type * as linodeNodebalancerConfig from "./generated/providers/linode/nodebalancer-config";
export type * as linodeNodebalancerNode from "./generated/providers/linode/nodebalancer-node";
export { HclStack } from "./stack/hcl-stack";
// Tools for other audiences have entry points of their own (package.json "exports"):
// "cdktf-nodebalancer-ssl/testing" (assertions on synthesized stacks), "/verify" (the live check),
// "/publish" (the ops-repo publisher) and "/hcl" (the HCL renderer).

import type * as LinodeInstanceBinding from "./generated/providers/linode/instance";
/**
 * The generated `linode_instance` binding, for app servers you declare yourself:
 * `Backend.fromInstance(new linodeInstance.Instance(stack, "App", {...}))`. Loaded on first use.
 */
export declare const linodeInstance: typeof LinodeInstanceBinding;
Object.defineProperty(exports, "linodeInstance", { enumerable: true, get: (): typeof LinodeInstanceBinding => require("./generated/providers/linode/instance") });

