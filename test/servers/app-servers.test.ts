import { Fn, TerraformStack, TerraformVariable } from "cdktf";
import { describe, expect, test } from "vitest";
import { AcmeCertificate, AcmeDnsChallenge, FirewallSource, ListenerCertificate } from "../../src";
import { resourcesOfType, synthJson } from "../../src/testing";
import { SshCredentials } from "../../src/push/ssh-credentials";
import { AppServers, type AppServersProps } from "../../src/servers/app-servers";
import { TcpPassthrough } from "../../src/topologies/tcp-passthrough";
import { newStack } from "../support/fixtures";

const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExample ops@example.com";

function servers(stack: TerraformStack, overrides: Partial<AppServersProps> = {}): AppServers {
  return new AppServers(stack, "Web", { region: "us-east", count: 2, authorizedKeys: [PUBLIC_KEY], labelPrefix: "web", ...overrides });
}

function siteOn(stack: TerraformStack, app: AppServers): TcpPassthrough {
  const certificate = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode() });
  return new TcpPassthrough(stack, "Site", {
    region: "us-east",
    backends: app.backends,
    certificate: ListenerCertificate.fromAcme(certificate),
    sshCredentials: SshCredentials.agent(),
    adminSources: FirewallSource.cidrs(["203.0.113.0/24"]),
  });
}

function instances(stack: TerraformStack): Record<string, Record<string, unknown>> {
  return resourcesOfType(synthJson(stack), "linode_instance");
}

describe("AppServers", () => {
  test("creates the servers with a private IP, key-only root login and numbered labels", () => {
    // GIVEN two app servers with defaults
    const stack = newStack();
    servers(stack);
    // WHEN synthesized
    const all = Object.values(instances(stack));
    // THEN each has a private IP, the authorized key, no root password, and a numbered label
    expect(all.map((i) => i.label)).toEqual(["web-1", "web-2"]);
    for (const instance of all) {
      expect(instance).toMatchObject({ region: "us-east", type: "g6-standard-1", image: "linode/ubuntu24.04", private_ip: true, authorized_keys: [PUBLIC_KEY] });
      expect(instance.root_pass).toBeUndefined();
      expect(instance.metadata).toBeUndefined();
    }
  });

  test("its backends give the NodeBalancer the private IPs, the push the public IPs and the firewall the Linode IDs", () => {
    // GIVEN a passthrough site on two created servers
    const stack = newStack();
    siteOn(stack, servers(stack));
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN every reference points at the instances
    const instance = (n: number) => `linode_instance\\.Web_Server${n}_[A-F0-9]+`;
    const nodes = Object.values(resourcesOfType(json, "linode_nodebalancer_node")).filter((n) => String(n.address).endsWith(":443"));
    expect(nodes.map((n) => n.address)).toEqual([
      expect.stringMatching(new RegExp(`^\\$\\{${instance(1)}\\.private_ip_address\\}:443$`)),
      expect.stringMatching(new RegExp(`^\\$\\{${instance(2)}\\.private_ip_address\\}:443$`)),
    ]);
    const push = Object.entries(resourcesOfType(json, "terraform_data")).find(([name]) => !name.includes("_Cleanup_"))![1];
    expect(push.for_each).toEqual({
      "web-1": { ssh_host: expect.stringMatching(new RegExp(`^\\$\\{${instance(1)}\\.ip_address\\}$`)), linode_id: expect.stringMatching(new RegExp(`^\\$\\{${instance(1)}\\.id\\}$`)) },
      "web-2": { ssh_host: expect.stringMatching(new RegExp(`^\\$\\{${instance(2)}\\.ip_address\\}$`)), linode_id: expect.stringMatching(new RegExp(`^\\$\\{${instance(2)}\\.id\\}$`)) },
    });
    const firewall = Object.values(resourcesOfType(json, "linode_firewall"))[0];
    expect(firewall.linodes).toEqual([expect.stringMatching(new RegExp(`^\\$\\{${instance(1)}\\.id\\}$`)), expect.stringMatching(new RegExp(`^\\$\\{${instance(2)}\\.id\\}$`))]);
  });

  test("one more server adds exactly one instance and one push key", () => {
    // GIVEN the same site on two and on three servers
    const two = newStack();
    siteOn(two, servers(two, { count: 2 }));
    const three = newStack();
    siteOn(three, servers(three, { count: 3 }));
    // WHEN both are synthesized
    const pushKeys = (stack: TerraformStack) => Object.keys(Object.values(resourcesOfType(synthJson(stack), "terraform_data"))[0].for_each as object);
    // THEN the third server is one new instance and one new push key; the others keep their addresses
    expect(pushKeys(two)).toEqual(["web-1", "web-2"]);
    expect(pushKeys(three)).toEqual(["web-1", "web-2", "web-3"]);
    const namesTwo = Object.keys(instances(two));
    const namesThree = Object.keys(instances(three));
    expect(namesThree.filter((n) => !namesTwo.includes(n))).toHaveLength(1);
    expect(namesThree).toEqual(expect.arrayContaining(namesTwo));
  });

  test("user data is base64-encoded cloud-init, and later changes do not replace the servers", () => {
    // GIVEN servers with cloud-init that seeds the first certificate by reference
    const stack = newStack();
    const certificate = new AcmeCertificate(stack, "Seed", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode() });
    const files = Fn.yamlencode({ write_files: [{ path: "/etc/ssl/site/fullchain.pem", content: certificate.fullChainPem }] });
    servers(stack, { userData: `#cloud-config\n${files}` });
    // WHEN synthesized
    const all = Object.values(instances(stack));
    // THEN metadata.user_data is base64encode(...) of the references, and metadata changes are ignored
    for (const instance of all) {
      expect(instance.metadata).toEqual([{ user_data: expect.stringMatching(/^\$\{base64encode\("#cloud-config\\n\$\{yamlencode\(.*\$\{acme_certificate\.Seed_[A-F0-9]+\.certificate_pem\}/) }]);
      expect(instance.lifecycle).toEqual({ ignore_changes: ["metadata"] });
    }
  });

  test("literal user data keeps its quotes and dollar signs", () => {
    // GIVEN cloud-init text with double quotes and a shell variable
    const stack = newStack();
    servers(stack, { count: 1, userData: '#cloud-config\nruncmd:\n  - echo "${HOSTNAME}" > /etc/motd\n' });
    // WHEN synthesized
    // THEN it is escaped for Terraform, not interpolated
    expect(Object.values(instances(stack))[0].metadata).toEqual([
      { user_data: '${base64encode("#cloud-config\\nruncmd:\\n  - echo \\"$${HOSTNAME}\\" > /etc/motd\\n")}' },
    ]);
  });

  test("takes public keys by reference, a plan, an image and tags", () => {
    // GIVEN a public key from a variable and explicit settings
    const stack = newStack();
    const key = new TerraformVariable(stack, "admin_ssh_public_key", { type: "string" });
    servers(stack, { count: 1, authorizedKeys: [key.stringValue], type: "g6-dedicated-2", image: "linode/debian12", tags: ["web"] });
    // WHEN synthesized
    // THEN the instance uses them
    expect(Object.values(instances(stack))[0]).toMatchObject({
      authorized_keys: ["${var.admin_ssh_public_key}"],
      type: "g6-dedicated-2",
      image: "linode/debian12",
      tags: ["web"],
    });
  });

  describe("rejects", () => {
    test("a private key in authorizedKeys, without echoing it", () => {
      // GIVEN a private key where a public key belongs
      const stack = newStack();
      const privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
      // WHEN the servers are built
      // THEN the error names the construct and prop, and not the key
      expect(() => servers(stack, { authorizedKeys: [privateKey] })).toThrow(/^test\/Web: invalid 'authorizedKeys\[0\]': received "a literal private key"\. Give the public key/);
      expect(() => servers(newStack(), { authorizedKeys: [privateKey] })).not.toThrow(/b3BlbnNz/);
    });

    test("a literal that is not an OpenSSH public key", () => {
      const stack = newStack();
      expect(() => servers(stack, { authorizedKeys: [PUBLIC_KEY, "AAAAC3NzaC1lZDI1NTE5"] })).toThrow(/^test\/Web: invalid 'authorizedKeys\[1\]': received "a literal that is not an OpenSSH public key \(not shown\)"/);
    });

    test("no authorized keys", () => {
      const stack = newStack();
      expect(() => servers(stack, { authorizedKeys: [] })).toThrow(/^test\/Web: invalid 'authorizedKeys': received \[\]\./);
    });

    test("a literal private key in the user data", () => {
      const stack = newStack();
      expect(() => servers(stack, { userData: "#cloud-config\n# -----BEGIN RSA PRIVATE KEY-----\n" })).toThrow(/^test\/Web: invalid 'userData': received "user data with a literal private key"\./);
    });

    test.each([[0], [1.5], [1001]])("count %j", (count) => {
      const stack = newStack();
      expect(() => servers(stack, { count })).toThrow(new RegExp(`^test/Web: invalid 'count': received ${count}\\. Use a whole number from 1 to 1000`));
    });

    test("a count given as a reference", () => {
      const stack = newStack();
      const count = new TerraformVariable(stack, "count", { type: "number" });
      expect(() => servers(stack, { count: count.numberValue })).toThrow(/^test\/Web: invalid 'count': .*Use a literal number/);
    });

    test.each([["-web"], ["web--a"], ["a-very-long-prefix-for-app-servers"]])("label prefix %j", (labelPrefix) => {
      const stack = newStack();
      expect(() => servers(stack, { labelPrefix })).toThrow(new RegExp(`^test/Web: invalid 'labelPrefix': received "${labelPrefix}"\\.`));
    });
  });
});
