/**
 * Hand-written baseline, the parts options share: the stack with its state backend, the providers,
 * the ACME certificate, and the NodeBalancer with its configs, nodes and backend firewall, all
 * written directly with the provider L1 classes (deep imports only, no package code).
 */
import { LocalBackend, TerraformOutput, TerraformStack, Token, type App } from "cdktf";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { Certificate } from "../../src/generated/providers/acme/certificate";
import { AcmeProvider } from "../../src/generated/providers/acme/provider";
import { Registration } from "../../src/generated/providers/acme/registration";
import { Firewall, type FirewallInbound } from "../../src/generated/providers/linode/firewall";
import { Nodebalancer } from "../../src/generated/providers/linode/nodebalancer";
import { NodebalancerConfigA, type NodebalancerConfigAConfig } from "../../src/generated/providers/linode/nodebalancer-config";
import { NodebalancerNode } from "../../src/generated/providers/linode/nodebalancer-node";
import { LinodeProvider } from "../../src/generated/providers/linode/provider";
import { type BackendSpec, SITE } from "../common";

const STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

/** A stack with a local backend and the providers given (no credentials). */
export function baseStack(app: App, providers: { acme?: boolean }): TerraformStack {
  const stack = new TerraformStack(app, SITE.stackName);
  new LocalBackend(stack, { path: `terraform.${SITE.stackName}.tfstate` });
  new LinodeProvider(stack, "linode", {});
  if (providers.acme) new AcmeProvider(stack, "acme", { serverUrl: STAGING });
  new TlsProvider(stack, "tls", {});
  return stack;
}

/** A Let's Encrypt certificate: account key, registration, certificate. */
export function acmeCertificate(stack: TerraformStack, dnsChallenge: { provider: string; config: Record<string, string> }): Certificate {
  const key = new PrivateKey(stack, "AccountKey", { algorithm: "ECDSA", ecdsaCurve: "P256" });
  const registration = new Registration(stack, "Registration", { accountKeyPem: key.privateKeyPem, emailAddress: SITE.email });
  const [commonName, ...sans] = SITE.domainNames;
  return new Certificate(stack, "Certificate", {
    accountKeyPem: registration.accountKeyPem,
    commonName,
    subjectAlternativeNames: sans,
    keyType: "2048",
    minDaysRemaining: 30,
    revokeCertificateOnDestroy: false,
    dnsChallenge: [dnsChallenge],
    lifecycle: { createBeforeDestroy: true },
  });
}

/** One NodeBalancer config: its port, protocol and check arguments. */
export type ListenerSpec = { id: string; backendPort: number } & Omit<NodebalancerConfigAConfig, "nodebalancerId">;

/** The health check arguments the package uses for HTTP(S) and for TCP configs. */
export const HTTP_CHECK = { check: "http", checkPath: "/", checkInterval: 5, checkTimeout: 3, checkAttempts: 2, checkPassive: true } as const;
export const CONNECTION_CHECK = { check: "connection", checkInterval: 5, checkTimeout: 3, checkAttempts: 2, checkPassive: true } as const;

/** NodeBalancer, its configs, one node per config and backend, and the backend firewall. */
export function loadBalancer(stack: TerraformStack, backends: readonly BackendSpec[], listeners: readonly ListenerSpec[]): { nodeBalancer: Nodebalancer; backendFirewall: Firewall } {
  const nodeBalancer = new Nodebalancer(stack, "NodeBalancer", { region: SITE.region, label: SITE.label, clientConnThrottle: 0 });
  for (const { id, backendPort, ...args } of listeners) {
    const config = new NodebalancerConfigA(stack, `Config${id}`, {
      nodebalancerId: Token.asNumber(nodeBalancer.id),
      algorithm: "roundrobin",
      stickiness: "none",
      ...args,
    });
    for (const backend of backends) {
      new NodebalancerNode(stack, `Node${id}-${backend.label}`, {
        nodebalancerId: Token.asNumber(nodeBalancer.id),
        configId: Token.asNumber(config.id),
        label: backend.label,
        address: `${backend.ip}:${backendPort}`,
        weight: 100,
      });
    }
  }
  const ports = [...new Set(listeners.map((l) => l.backendPort))].sort((a, b) => a - b).join(",");
  const inbound: FirewallInbound[] = [
    { label: "from-nodebalancers", action: "ACCEPT", protocol: "TCP", ports, ipv4: ["192.168.255.0/24"] },
    { label: "admin-ssh", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: [SITE.adminCidr] },
  ];
  const backendFirewall = new Firewall(stack, "BackendFirewall", {
    label: `${SITE.label}-backends`,
    inboundPolicy: "DROP",
    outboundPolicy: "ACCEPT",
    inbound,
    linodes: backends.map((b) => Number(b.linodeId)),
  });
  return { nodeBalancer, backendFirewall };
}

/** The outputs SiteStack adds. */
export function outputs(stack: TerraformStack, nodeBalancer: Nodebalancer, certificateExpiry: string): void {
  new TerraformOutput(stack, "nodebalancer_ipv4", { value: nodeBalancer.ipv4 });
  new TerraformOutput(stack, "nodebalancer_ipv6", { value: nodeBalancer.ipv6 });
  new TerraformOutput(stack, "certificate_not_after", { value: certificateExpiry });
}
