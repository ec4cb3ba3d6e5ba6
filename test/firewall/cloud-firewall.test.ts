import { TerraformVariable } from "cdktf";
import { describe, expect, test } from "vitest";
import { CloudFirewall, FirewallSource, type FirewallRule } from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { newStack } from "../support/fixtures";

const rule: FirewallRule = { label: "web", ports: [443, 80, 443], source: FirewallSource.nodeBalancers() };

describe("CloudFirewall", () => {
  test("drops inbound traffic but the rules, and attaches to linodes and NodeBalancers", () => {
    const stack = newStack();
    const nb = new TerraformVariable(stack, "nb", { type: "string" });
    new CloudFirewall(stack, "Fw", { label: "edge", rules: [rule], linodeIds: ["7"], nodeBalancerIds: [nb.stringValue] });
    const [fw] = Object.values(resourcesOfType(synthJson(stack), "linode_firewall"));
    expect(fw).toMatchObject({
      label: "edge",
      inbound_policy: "DROP",
      outbound_policy: "ACCEPT",
      linodes: [7],
      nodebalancers: ["${var.nb}"],
      inbound: [{ label: "web", action: "ACCEPT", protocol: "TCP", ports: "80,443", ipv4: ["192.168.255.0/24"] }],
    });
  });

  test("list sources known at apply time pass through as references", () => {
    const stack = newStack();
    const v4 = new TerraformVariable(stack, "v4", { type: "list(string)" });
    new CloudFirewall(stack, "Fw", { label: "edge", rules: [{ label: "cloudflare", ports: [443], source: FirewallSource.lists(v4.listValue, undefined) }] });
    const [fw] = Object.values(resourcesOfType(synthJson(stack), "linode_firewall"));
    expect(fw.inbound).toEqual([{ label: "cloudflare", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: "${var.v4}" }]);
  });

  describe("rejects bad input", () => {
    const many = Array.from({ length: 26 }, (_, i) => ({ ...rule, label: `rule-${i}` }));
    test.each([
      ["26 rules", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: many }), /test\/Fw: invalid 'rules': received "26 rules"\. A Linode firewall has at most 25 rules/],
      ["no rules", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: [] }), /invalid 'rules': received \[\]/],
      ["a short label", () => new CloudFirewall(newStack(), "Fw", { label: "fw", rules: [rule] }), /invalid 'label': received "fw"/],
      ["a label with a doubled dash", () => new CloudFirewall(newStack(), "Fw", { label: "web--edge", rules: [rule] }), /invalid 'label': received "web--edge"/],
      ["a label ending in a dash", () => new CloudFirewall(newStack(), "Fw", { label: "web-edge-", rules: [rule] }), /invalid 'label': received "web-edge-"/],
      ["a bad rule label", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: [{ ...rule, label: "a b" }] }), /invalid 'rules\[0\].label': received "a b"/],
      ["port 0", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: [{ ...rule, ports: [0] }] }), /invalid 'rules\[0\].ports': received 0/],
      ["no ports", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: [{ ...rule, ports: [] }] }), /invalid 'rules\[0\].ports': received \[\]/],
      ["a non-numeric linode id", () => new CloudFirewall(newStack(), "Fw", { label: "edge", rules: [rule], linodeIds: ["web-1"] }), /invalid 'linodeIds\[0\]': received "web-1"/],
    ])("%s", (_name, build, message) => {
      expect(build).toThrow(message);
    });
  });
});

/** The one inbound rule of a firewall built from a source, as synthesized. */
function inboundOf(source: FirewallSource): Record<string, unknown> {
  const stack = newStack();
  new CloudFirewall(stack, "Fw", { label: "edge", rules: [{ label: "admins", ports: [22], source }] });
  const [fw] = Object.values(resourcesOfType(synthJson(stack), "linode_firewall"));
  return (fw.inbound as Record<string, unknown>[])[0];
}

describe("FirewallSource.cidrs", () => {
  test("splits IPv4 and IPv6 blocks into the rule's ipv4 and ipv6 lists", () => {
    expect(inboundOf(FirewallSource.cidrs(["203.0.113.0/24", "2001:db8::/32", "198.51.100.7/32"]))).toMatchObject({
      ipv4: ["203.0.113.0/24", "198.51.100.7/32"],
      ipv6: ["2001:db8::/32"],
    });
  });

  test.each([
    ["a bare address", ["203.0.113.7"], /FirewallSource.cidrs: invalid 'cidrs\[0\]': received "203.0.113.7"/],
    ["a prefix too long", ["203.0.113.0/33"], /received "203.0.113.0\/33"/],
    ["an IPv6 prefix too long", ["2001:db8::/129"], /received "2001:db8::\/129"/],
    ["garbage", ["office"], /received "office"/],
    ["nothing", [], /invalid 'cidrs': received \[\]/],
  ])("rejects %s", (_name, cidrs, message) => {
    expect(() => FirewallSource.cidrs(cidrs)).toThrow(message);
  });

  test("counts IPv4 and IPv6 together against the 255 addresses of a rule", () => {
    const cidrs = [...Array.from({ length: 200 }, (_, i) => `10.0.${i}.0/24`), ...Array.from({ length: 56 }, (_, i) => `2001:db8:${i.toString(16)}::/48`)];
    expect(() => FirewallSource.cidrs(cidrs)).toThrow(/invalid 'cidrs': received "256 blocks"/);
    expect((inboundOf(FirewallSource.cidrs(cidrs.slice(1))).ipv6 as unknown[]).length).toBe(56);
  });

  test("rejects more than 255 addresses in one rule", () => {
    const cidrs = Array.from({ length: 256 }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);
    expect(() => FirewallSource.cidrs(cidrs)).toThrow(/invalid 'cidrs': received "256 blocks"\. A Linode firewall rule takes at most 255 addresses \(IPv4 and IPv6 together\)/);
  });
});
