import { type TerraformStack, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  Backend,
  CloudflareInFront,
  CloudflareZone,
  FirewallSource,
  ListenerCertificate,
  SiteStack,
  SiteTls,
  SshCredentials,
  TcpPassthrough,
  TerminateAtLoadBalancer,
} from "../../src";
import { resourcesOfType, type SynthesizedStack, synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

// Rotation safety, on synthesized Terraform: a certificate that the NodeBalancer or the backends
// serve is replaced create-before-destroy and never revoked while it may still be served; the
// listener (NodeBalancer config) follows it by an in-place update of its references; a passthrough
// push re-runs whenever the certificate or its key changes.

type SslOption = "terminate" | "passthrough" | "cloudflare";

interface Variant {
  readonly name: string;
  readonly option: SslOption;
  /** The same site for the given names (the first is the common name), in a fresh stack. */
  readonly build: (domainNames: readonly string[]) => TerraformStack;
}

/** The names before and after a SAN change: the certificate is replaced, nothing else changes. */
const BEFORE = ["www.example.com", "example.com"];
const AFTER = ["www.example.com", "example.com", "shop.example.com"];

const backends = () => [
  Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", linodeId: "101" }),
  Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.11", linodeId: "102" }),
];
const site = () => ({ region: "us-east", label: "rotation", backends: backends(), adminSources: FirewallSource.cidrs(["203.0.113.0/24"]) });
const ZONE = { zoneId: "0123456789abcdef0123456789abcdef", zoneName: "example.com" };

function acme(stack: TerraformStack, [domainName, ...subjectAlternativeNames]: readonly string[]): ListenerCertificate {
  return ListenerCertificate.fromAcme(new AcmeCertificate(stack, "Certificate", { domainName, subjectAlternativeNames, dnsChallenge: AcmeDnsChallenge.cloudflare() }));
}

function facade(tls: () => SiteTls): (domainNames: readonly string[]) => TerraformStack {
  return (domainNames) => {
    const stack = new SiteStack(Testing.app(), "site");
    stack.addSite({ ...site(), domainNames, tls: tls() });
    return stack;
  };
}

function construct(add: (stack: TerraformStack, domainNames: readonly string[]) => void): (domainNames: readonly string[]) => TerraformStack {
  return (domainNames) => {
    const stack = newStack();
    add(stack, domainNames);
    return stack;
  };
}

const VARIANTS: readonly Variant[] = [
  {
    name: "SiteStack + SiteTls.terminateAtLoadBalancer",
    option: "terminate",
    build: facade(() => SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.cloudflare() })),
  },
  {
    name: "SiteStack + SiteTls.passthrough",
    option: "passthrough",
    build: facade(() => SiteTls.passthrough({ dnsChallenge: AcmeDnsChallenge.cloudflare(), sshCredentials: SshCredentials.agent() })),
  },
  {
    name: "SiteStack + SiteTls.cloudflare",
    option: "cloudflare",
    build: facade(() => SiteTls.cloudflare(ZONE)),
  },
  {
    name: "TerminateAtLoadBalancer + AcmeCertificate",
    option: "terminate",
    build: construct((stack, names) => new TerminateAtLoadBalancer(stack, "Site", { ...site(), certificate: acme(stack, names) })),
  },
  {
    name: "TcpPassthrough + AcmeCertificate",
    option: "passthrough",
    build: construct((stack, names) => new TcpPassthrough(stack, "Site", { ...site(), certificate: acme(stack, names), sshCredentials: SshCredentials.agent() })),
  },
  {
    name: "CloudflareInFront (Origin CA)",
    option: "cloudflare",
    build: construct((stack, names) => new CloudflareInFront(stack, "Site", { ...site(), zone: CloudflareZone.fromZoneId(stack, "Zone", ZONE), hostnames: names })),
  },
];

/** The resources that make up the certificate that is served, per option. */
const SERVED_CERTIFICATE: Record<SslOption, readonly string[]> = {
  terminate: ["acme_certificate"],
  passthrough: ["acme_certificate"],
  cloudflare: ["tls_private_key", "tls_cert_request", "cloudflare_origin_ca_certificate"],
};

const acmeVariants = VARIANTS.filter((v) => v.option !== "cloudflare");
const terminatingVariants = VARIANTS.filter((v) => v.option !== "passthrough");
const passthroughVariants = VARIANTS.filter((v) => v.option === "passthrough");

type Resource = Record<string, unknown>;

/** The one resource of a type, with its logical name (its Terraform address within the type). */
function only(json: SynthesizedStack, type: string): [string, Resource] {
  const entries = Object.entries(resourcesOfType(json, type));
  expect(entries, type).toHaveLength(1);
  return entries[0];
}

/** The push's terraform_data (the other one is its clean-up, which no certificate change touches). */
function thePush(json: SynthesizedStack): [string, Resource] {
  const entries = Object.entries(resourcesOfType(json, "terraform_data")).filter(([name]) => !name.includes("_Cleanup_"));
  expect(entries).toHaveLength(1);
  return entries[0];
}

/** The synthesized site before and after the SAN change, each from a fresh app and stack. */
function beforeAndAfter(variant: Variant): [SynthesizedStack, SynthesizedStack] {
  return [synthJson(variant.build(BEFORE)), synthJson(variant.build(AFTER))];
}

/** The names a synthesized certificate is for. */
function certificateNames(json: SynthesizedStack, option: SslOption): unknown {
  if (option === "cloudflare") return only(json, "cloudflare_origin_ca_certificate")[1].hostnames;
  const [, certificate] = only(json, "acme_certificate");
  return [certificate.common_name, ...((certificate.subject_alternative_names as string[]) ?? [])].sort();
}

/** `${type.name.attribute}` */
function ref(type: string, name: string, attribute: string): string {
  return `\${${type}.${name}.${attribute}}`;
}

describe("certificate rotation", () => {
  test.each(VARIANTS)("$name: the served certificate is replaced create-before-destroy, at the same address", (variant) => {
    // GIVEN the same site built twice, with one more SAN the second time
    // WHEN both are synthesized
    const [before, after] = beforeAndAfter(variant);
    // THEN the certificate really changes (so Terraform replaces it) ...
    expect(certificateNames(before, variant.option)).toEqual([...BEFORE].sort());
    expect(certificateNames(after, variant.option)).toEqual([...AFTER].sort());
    // ... and every resource of it keeps its address and is created before the old one is destroyed
    for (const type of SERVED_CERTIFICATE[variant.option]) {
      const [nameBefore, resource] = only(before, type);
      const [nameAfter, replacement] = only(after, type);
      expect(nameAfter, type).toBe(nameBefore);
      expect(resource.lifecycle, type).toEqual({ create_before_destroy: true });
      expect(replacement.lifecycle, type).toEqual({ create_before_destroy: true });
    }
  });

  test.each(acmeVariants)("$name: a replaced ACME certificate is not revoked while it may still be served", (variant) => {
    // GIVEN the site  WHEN synthesized
    const [, certificate] = only(synthJson(variant.build(BEFORE)), "acme_certificate");
    // THEN the provider's default (revoke on destroy, replacement included) is turned off
    expect(certificate.revoke_certificate_on_destroy).toBe(false);
  });

  test.each(VARIANTS)("$name: the NodeBalancer and its configs are updated in place, never replaced, by a SAN change", (variant) => {
    // GIVEN the same site built twice, with one more SAN the second time
    // WHEN both are synthesized
    const [before, after] = beforeAndAfter(variant);
    // THEN the NodeBalancer, its configs and nodes have the same addresses and the same arguments
    // (a new certificate reaches them through references only), and nothing forces a replacement
    for (const type of ["linode_nodebalancer", "linode_nodebalancer_config", "linode_nodebalancer_node"]) {
      expect(resourcesOfType(after, type), type).toEqual(resourcesOfType(before, type));
    }
    const [, nodeBalancer] = only(before, "linode_nodebalancer");
    expect(nodeBalancer).not.toHaveProperty("firewall_id");
    expect(nodeBalancer).not.toHaveProperty("lifecycle");
    for (const config of Object.values(resourcesOfType(before, "linode_nodebalancer_config"))) {
      expect(config).not.toHaveProperty("lifecycle.replace_triggered_by");
      expect(config).not.toHaveProperty("lifecycle.create_before_destroy");
    }
  });

  test.each(terminatingVariants)("$name: the HTTPS listener serves the certificate through references to it", (variant) => {
    // GIVEN the site  WHEN synthesized
    const json = synthJson(variant.build(BEFORE));
    // THEN the HTTPS config's chain and key are references to the certificate resources
    const https = Object.values(resourcesOfType(json, "linode_nodebalancer_config")).filter((c) => c.protocol === "https");
    expect(https).toHaveLength(1);
    if (variant.option === "cloudflare") {
      const [certificate] = only(json, "cloudflare_origin_ca_certificate");
      const [key] = only(json, "tls_private_key");
      expect(https[0].ssl_cert).toBe(ref("cloudflare_origin_ca_certificate", certificate, "certificate"));
      expect(https[0].ssl_key).toBe(ref("tls_private_key", key, "private_key_pem"));
    } else {
      const [certificate] = only(json, "acme_certificate");
      expect(https[0].ssl_cert).toBe(ref("acme_certificate", certificate, "certificate_pem") + ref("acme_certificate", certificate, "issuer_pem"));
      expect(https[0].ssl_key).toBe(ref("acme_certificate", certificate, "private_key_pem"));
    }
  });

  test.each(passthroughVariants)("$name: the push to the backends re-runs when the certificate or its key changes", (variant) => {
    // GIVEN the same passthrough site built twice, with one more SAN the second time
    // WHEN both are synthesized
    const [before, after] = beforeAndAfter(variant);
    // THEN the push is triggered by digests of the served chain and key ...
    const [certificate] = only(before, "acme_certificate");
    const [pushName, push] = thePush(before);
    const chain = ref("acme_certificate", certificate, "certificate_pem") + ref("acme_certificate", certificate, "issuer_pem");
    expect(push.triggers_replace).toMatchObject({
      certificate_sha256: `\${sha256("${chain}")}`,
      private_key_sha256: `\${sha256(acme_certificate.${certificate}.private_key_pem)}`,
    });
    // ... it keeps its address, so a renewal re-runs it rather than adding a second push
    expect(thePush(after)).toEqual([pushName, push]);
    // ... and the NodeBalancer never holds the certificate
    for (const config of Object.values(resourcesOfType(before, "linode_nodebalancer_config"))) {
      expect(config).toMatchObject({ protocol: "tcp" });
      expect(config).not.toHaveProperty("ssl_cert");
      expect(config).not.toHaveProperty("ssl_key");
    }
  });
});
