import { Fn, TerraformStack, TerraformVariable } from "cdktf";
import { describe, expect, test } from "vitest";
import {
  AcmeCertificate,
  AcmeDnsChallenge,
  Backend,
  CloudFirewall,
  FirewallSource,
  ListenerCertificate,
} from "../../src";
import { resourcesOfType, synthJson, synthStack } from "../../src/testing";
import { CertificatePush, type CertificatePushProps } from "../../src/push/certificate-push";
import { SshCredentials } from "../../src/push/ssh-credentials";
import { WebServer } from "../../src/push/web-server";
import { newStack, warningsOf } from "../support/fixtures";

const APP_1 = Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10" });
const APP_2 = Backend.fromAddress("192.168.130.11", { label: "app-2", sshHost: "198.51.100.11" });
const APP_3 = Backend.fromAddress("192.168.130.12", { label: "app-3", sshHost: "198.51.100.12" });

function push(stack: TerraformStack, overrides: Partial<CertificatePushProps> = {}): CertificatePush {
  const certificate = new AcmeCertificate(stack, "Cert", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode() });
  return new CertificatePush(stack, "Push", {
    certificate: ListenerCertificate.fromAcme(certificate),
    backends: [APP_1, APP_2],
    sshCredentials: SshCredentials.agent(),
    ...overrides,
  });
}

/** The push's terraform_data (the one that is not the clean-up). */
function pushResource(stack: TerraformStack): Record<string, unknown> {
  const resources = Object.entries(resourcesOfType(synthJson(stack), "terraform_data")).filter(([name]) => !name.includes("_Cleanup_"));
  expect(resources).toHaveLength(1);
  return resources[0][1];
}

/** The clean-up's terraform_data, if any. */
function cleanupResource(stack: TerraformStack): Record<string, unknown> | undefined {
  return Object.entries(resourcesOfType(synthJson(stack), "terraform_data")).find(([name]) => name.includes("_Cleanup_"))?.[1];
}

type Provisioner = Record<string, { inline?: string[]; content?: string; destination?: string; connection?: Record<string, unknown>; when?: string; on_failure?: string }>;

function provisioners(resource: Record<string, unknown>): Provisioner[] {
  return resource.provisioner as Provisioner[];
}

function commands(resource: Record<string, unknown>): string[] {
  return provisioners(resource).flatMap((p) => p["remote-exec"]?.inline ?? []);
}

const ACME = "acme_certificate\\.Cert_[A-F0-9]+";
/** The push's work directory in the SSH user's home. */
const WORK = /^\.cdktf-push-[0-9a-f]{8}$/;

/** The name of the push's work directory, from its first step's script path. */
function workDirectory(resource: Record<string, unknown>): string {
  const first = provisioners(resource)[0]["remote-exec"].connection!.script_path as string;
  const name = first.replace(/^\.\//, "").replace(/\.sh$/, "");
  expect(name).toMatch(WORK);
  return name;
}

/** The commands every push starts with (home check, private work directory) and the trap it ends with. */
function prologue(work: string): string[] {
  return [
    "set -eu",
    'm=$(stat -c %a ~); case "$m" in *[1-7]|*[2367]?) echo "cdktf-nodebalancer-ssl: the home directory of $(id -un) has mode $m, so other users could change the scripts run from it: chmod 0700 it." >&2; exit 1;; esac',
    `rm -rf ~/${work} && mkdir -m 0700 ~/${work} ~/${work}/run`,
  ];
}

function epilogue(work: string): string[] {
  return ["set -eu", `trap 'rm -rf ~/${work} ~/${work}.sh' EXIT`];
}

describe("CertificatePush", () => {
  test("is one terraform_data with one for_each key per backend label, holding its SSH host", () => {
    // GIVEN a push to two backends
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN one resource iterates over the backends by label
    expect(resource.for_each).toEqual({ "app-1": { ssh_host: "198.51.100.10" }, "app-2": { ssh_host: "198.51.100.11" } });
  });

  test("the for_each map does not depend on the order of the backends", () => {
    // GIVEN the same backends in two orders
    const a = newStack();
    push(a, { backends: [APP_1, APP_2, APP_3] });
    const b = newStack();
    push(b, { backends: [APP_3, APP_1, APP_2] });
    // WHEN synthesized
    // THEN the map is the same, keys sorted
    expect(JSON.stringify(pushResource(b).for_each)).toBe(JSON.stringify(pushResource(a).for_each));
    expect(Object.keys(pushResource(a).for_each as object)).toEqual(["app-1", "app-2", "app-3"]);
  });

  test("adding a backend adds exactly one for_each key and leaves the others as they were", () => {
    // GIVEN a push to two backends, and the same push with a third
    const before = newStack();
    push(before);
    const after = newStack();
    push(after, { backends: [APP_1, APP_2, APP_3] });
    // WHEN both are synthesized
    const keysBefore = pushResource(before).for_each as Record<string, unknown>;
    const keysAfter = pushResource(after).for_each as Record<string, unknown>;
    // THEN one key is new, and everything else (triggers, provisioners) is unchanged
    expect(Object.keys(keysAfter).filter((k) => !(k in keysBefore))).toEqual(["app-3"]);
    expect(Object.keys(keysAfter)).toHaveLength(Object.keys(keysBefore).length + 1);
    const { for_each: _a, ...restBefore } = pushResource(before);
    const { for_each: _b, ...restAfter } = pushResource(after);
    expect(restAfter).toEqual(restBefore);
  });

  test("triggers_replace references the certificate and key by digest, and the backend's host", () => {
    // GIVEN a push of an ACME certificate
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const triggers = pushResource(stack).triggers_replace as Record<string, string>;
    // THEN a renewal (new chain or key) or a new host replaces the instance, re-running the push
    expect(triggers.certificate_sha256).toMatch(new RegExp(`^\\$\\{sha256\\("\\$\\{${ACME}\\.certificate_pem\\}\\$\\{${ACME}\\.issuer_pem\\}"\\)\\}$`));
    expect(triggers.private_key_sha256).toMatch(new RegExp(`^\\$\\{sha256\\(${ACME}\\.private_key_pem\\)\\}$`));
    expect(triggers.ssh_host).toBe("${each.value.ssh_host}");
  });

  test("writes the chain and the key to the default paths, with 0644 and 0600, then reloads nginx", () => {
    // GIVEN a push with default options
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN the key file is created 0600 before its content arrives, both files are written, modes set, nginx checked and reloaded
    const [prepare, chain, key, install] = provisioners(resource);
    const work = workDirectory(resource);
    expect(prepare["remote-exec"].inline).toEqual([
      ...prologue(work),
      "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null || true; fi",
      "mkdir -p /etc/ssl/site",
      "umask 077 && touch /etc/ssl/site/privkey.pem && chmod 0600 /etc/ssl/site/privkey.pem",
    ]);
    expect(chain.file.destination).toBe("/etc/ssl/site/fullchain.pem");
    expect(chain.file.content).toMatch(new RegExp(`^\\$\\{${ACME}\\.certificate_pem\\}\\$\\{${ACME}\\.issuer_pem\\}$`));
    expect(key.file.destination).toBe("/etc/ssl/site/privkey.pem");
    expect(key.file.content).toMatch(new RegExp(`^\\$\\{${ACME}\\.private_key_pem\\}$`));
    expect(install["remote-exec"].inline).toEqual([
      ...epilogue(work),
      "chmod 0644 /etc/ssl/site/fullchain.pem",
      "chmod 0600 /etc/ssl/site/privkey.pem",
      "nginx -t -q && systemctl reload-or-restart nginx",
    ]);
  });

  test("uses the configured paths, modes, owner and reload command, and re-pushes when they change", () => {
    // GIVEN a push with every delivery option set
    const stack = newStack();
    push(stack, {
      certificatePath: "/etc/haproxy/certs/site.crt",
      privateKeyPath: "/etc/haproxy/keys/site.key",
      certificateFileMode: "0640",
      privateKeyFileMode: "0640",
      fileOwner: "root:haproxy",
      webServer: WebServer.custom({ reloadCommand: "systemctl reload haproxy" }),
    });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN the files go to the configured paths, with the modes and owner, and haproxy reloads
    const files = provisioners(resource).filter((p) => p.file).map((p) => p.file.destination);
    expect(files).toEqual(["/etc/haproxy/certs/site.crt", "/etc/haproxy/keys/site.key"]);
    const work = workDirectory(resource);
    expect(commands(resource)).toEqual([
      ...prologue(work),
      "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null || true; fi",
      "mkdir -p /etc/haproxy/certs /etc/haproxy/keys",
      "umask 077 && touch /etc/haproxy/keys/site.key && chmod 0640 /etc/haproxy/keys/site.key",
      ...epilogue(work),
      "chmod 0640 /etc/haproxy/certs/site.crt",
      "chmod 0640 /etc/haproxy/keys/site.key",
      "chown root:haproxy /etc/haproxy/certs/site.crt /etc/haproxy/keys/site.key",
      "systemctl reload haproxy",
    ]);
    // AND the settings are triggers, so a change re-runs the push
    expect(resource.triggers_replace).toMatchObject({
      certificate_file: "/etc/haproxy/certs/site.crt 0640",
      private_key_file: "/etc/haproxy/keys/site.key 0640",
      file_owner: "root:haproxy",
      reload_command: "systemctl reload haproxy",
    });
  });

  test("connects over SSH as root to each.value's host through the ssh-agent, giving up after 60 s", () => {
    // GIVEN a push with agent credentials
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN the connection comes from the iterator, carries no key, and fails fast
    expect(resource.connection).toEqual({
      type: "ssh",
      host: "${each.value.ssh_host}",
      user: "root",
      agent: true,
      timeout: "60s",
      script_path: `./${workDirectory(resource)}/run/step-%RAND%.sh`,
    });
  });

  test("runs no script from /tmp: the first from the home directory after checking it, the others from a private work directory that the last removes", () => {
    // GIVEN a push
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const resource = pushResource(stack);
    const work = workDirectory(resource);
    const steps = provisioners(resource).filter((p) => p["remote-exec"]);
    // THEN the first step's script is in the home directory, the later ones in the work directory's run/
    expect(steps[0]["remote-exec"].connection).toEqual({ type: "ssh", host: "${each.value.ssh_host}", script_path: `./${work}.sh` });
    expect((resource.connection as Record<string, string>).script_path).toBe(`./${work}/run/step-%RAND%.sh`);
    expect(JSON.stringify(resource)).not.toContain("/tmp");
    // AND the first step refuses a home directory that others can enter, then makes the work directory 0700
    expect(steps[0]["remote-exec"].inline!.slice(0, 3)).toEqual(prologue(work));
    // AND the last step removes the work directory and the first script, whatever happens
    expect(steps[steps.length - 1]["remote-exec"].inline!.slice(0, 2)).toEqual(epilogue(work));
  });

  test("two pushes use two work directories", () => {
    // GIVEN two pushes in one stack
    const stack = newStack();
    push(stack);
    const certificate = ListenerCertificate.fromPem({ fullChainPem: Fn.file("chain.pem"), privateKeyPem: Fn.file("key.pem") });
    new CertificatePush(stack, "Other", { certificate, backends: [APP_1], sshCredentials: SshCredentials.agent(), certificatePath: "/etc/ssl/other/chain.pem", privateKeyPath: "/etc/ssl/other/key.pem" });
    // WHEN synthesized
    const names = Object.entries(resourcesOfType(synthJson(stack), "terraform_data"))
      .filter(([name]) => !name.includes("_Cleanup_"))
      .map(([, r]) => workDirectory(r));
    // THEN they differ, so pushes to one server never remove each other's scripts
    expect(new Set(names).size).toBe(2);
  });

  test("renders the SSH port, the timeout and a bastion into the connection", () => {
    // GIVEN a push through a bastion with its own key, on port 2222
    const stack = newStack();
    const bastionKey = new TerraformVariable(stack, "bastion_key", { type: "string", sensitive: true });
    const hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBastionHostKey";
    push(stack, {
      sshUser: "deploy",
      sshPort: 2222,
      sshTimeoutSeconds: 15,
      sshBastion: { host: "bastion.example.com", user: "jump", hostKey, credentials: SshCredentials.privateKey(bastionKey.stringValue) },
    });
    // WHEN synthesized
    // THEN every setting is in the connection, the bastion's key by reference
    expect(pushResource(stack).connection).toMatchObject({
      port: 2222,
      timeout: "15s",
      user: "deploy",
      agent: true,
      bastion_host: "bastion.example.com",
      bastion_port: 22,
      bastion_user: "jump",
      bastion_host_key: hostKey,
      bastion_private_key: "${var.bastion_key}",
    });
  });

  test("warns that pinned backends through a bastion need a Terraform with the bastion host-key fix", () => {
    // GIVEN pinned backends reached through a bastion
    const stack = newStack();
    const pinned = Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", sshHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPinned" });
    const p = push(stack, { backends: [pinned], sshBastion: { host: "203.0.113.5" } });
    // WHEN synthesized
    synthStack(stack);
    // THEN a warning names the Terraform fix (without it, Terraform checks the bastion against the backend's key)
    expect(warningsOf(p)).toEqual([expect.stringContaining("hashicorp/terraform#38318")]);
  });

  test("a bastion takes the backends' user and credentials unless given, and port 22 whatever the backends' port", () => {
    // GIVEN a bastion with only an address
    const stack = newStack();
    push(stack, { sshUser: "deploy", sshPort: 2222, sshBastion: { host: "203.0.113.5" } });
    // WHEN synthesized
    const connection = pushResource(stack).connection as Record<string, unknown>;
    // THEN Terraform is told the bastion's user and port explicitly (it would reuse the backends' port)
    expect(connection).toMatchObject({ bastion_host: "203.0.113.5", bastion_user: "deploy", bastion_port: 22, agent: true });
    expect(connection.bastion_private_key).toBeUndefined();
  });

  test("verifies each backend's pinned SSH host key before sending the key", () => {
    // GIVEN backends with their host keys
    const stack = newStack();
    const hostKey = (n: number) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKeyOfApp${n}`;
    const backends = [1, 2].map((n) => Backend.fromAddress(`192.168.130.1${n}`, { label: `app-${n}`, sshHost: `198.51.100.1${n}`, sshHostKey: hostKey(n) }));
    push(stack, { backends });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN each for_each value carries its key and the connection checks it
    expect(resource.for_each).toEqual({
      "app-1": { ssh_host: "198.51.100.11", host_key: hostKey(1) },
      "app-2": { ssh_host: "198.51.100.12", host_key: hostKey(2) },
    });
    expect(resource.connection).toMatchObject({ host: "${each.value.ssh_host}", host_key: "${each.value.host_key}" });
  });

  test("triggers_replace holds what identifies the server: its host key and its Linode, so a rebuilt server is pushed to again", () => {
    // GIVEN backends with pinned host keys and Linode IDs (one without)
    const stack = newStack();
    const hostKey = (n: number) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKeyOfApp${n}`;
    const backends = [1, 2].map((n) =>
      Backend.fromAddress(`192.168.130.1${n}`, { label: `app-${n}`, sshHost: `198.51.100.1${n}`, sshHostKey: hostKey(n), linodeId: n === 1 ? "101" : undefined }),
    );
    push(stack, { backends });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN each for_each value carries both, and the triggers reference them
    expect(resource.for_each).toEqual({
      "app-1": { ssh_host: "198.51.100.11", host_key: hostKey(1), linode_id: "101" },
      "app-2": { ssh_host: "198.51.100.12", host_key: hostKey(2), linode_id: "" },
    });
    expect(resource.triggers_replace).toMatchObject({ ssh_host: "${each.value.ssh_host}", host_key: "${each.value.host_key}", linode_id: "${each.value.linode_id}" });
  });

  test("rejects host keys pinned for some backends only, and malformed host keys", () => {
    const pinned = Backend.fromAddress("192.168.130.13", { label: "app-3", sshHost: "198.51.100.13", sshHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPinned" });
    expect(() => push(newStack(), { backends: [APP_1, pinned] })).toThrow(/test\/Push: invalid 'backends': received \["app-1"\]\. Pin the SSH host key/);
    expect(() => Backend.fromAddress("192.168.130.13", { sshHostKey: "198.51.100.13 ssh-ed25519 AAAA" })).toThrow(/Backend.fromAddress: invalid 'sshHostKey'/);
  });

  test("with SshCredentials.privateKey, the key is a sensitive variable reference and the agent is off", () => {
    // GIVEN a deploy key from a sensitive variable, and a non-root user
    const stack = newStack();
    const key = new TerraformVariable(stack, "deploy_ssh_key", { type: "string", sensitive: true });
    push(stack, { sshCredentials: SshCredentials.privateKey(key.stringValue), sshUser: "deploy" });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the connection references the variable, never a key
    expect(pushResource(stack).connection).toMatchObject({
      type: "ssh",
      host: "${each.value.ssh_host}",
      user: "deploy",
      agent: false,
      private_key: "${var.deploy_ssh_key}",
    });
    expect(JSON.stringify(json)).not.toMatch(/-----BEGIN/);
  });

  test("a certificate from sensitive variables reaches the backends by reference only", () => {
    // GIVEN certificate material from sensitive variables
    const stack = newStack();
    const chain = new TerraformVariable(stack, "chain_pem", { type: "string", sensitive: true });
    const key = new TerraformVariable(stack, "key_pem", { type: "string", sensitive: true });
    new CertificatePush(stack, "Push", {
      certificate: ListenerCertificate.fromPem({ fullChainPem: chain.stringValue, privateKeyPem: key.stringValue }),
      backends: [APP_1],
      sshCredentials: SshCredentials.agent(),
    });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN file contents and digests are references to the variables
    expect(provisioners(resource).filter((p) => p.file).map((p) => p.file.content)).toEqual(["${var.chain_pem}", "${var.key_pem}"]);
    expect(resource.triggers_replace).toMatchObject({ certificate_sha256: "${sha256(var.chain_pem)}", private_key_sha256: "${sha256(var.key_pem)}" });
  });

  test("depends on the resources given, e.g. the backend firewall", () => {
    // GIVEN a push that must wait for a firewall
    const stack = newStack();
    const firewall = new CloudFirewall(stack, "Firewall", {
      label: "site-backends",
      rules: [{ label: "admin-ssh", ports: [22], source: FirewallSource.cidrs(["203.0.113.0/24"]) }],
    });
    push(stack, { dependsOn: [firewall.resource] });
    // WHEN synthesized
    // THEN the push has depends_on on the firewall
    expect(pushResource(stack).depends_on).toEqual([expect.stringMatching(/^linode_firewall\.Firewall_[A-F0-9]+$/)]);
  });

  test("warns when the private key would be readable by every user", () => {
    // GIVEN a world-readable key mode
    const stack = newStack();
    const p = push(stack, { privateKeyFileMode: "0644" });
    // WHEN synthesized
    synthStack(stack);
    // THEN a warning names the mode
    expect(warningsOf(p)).toEqual([expect.stringContaining("privateKeyFileMode 0644")]);
  });

  test("writes a client CA beside the chain (0644), re-pushes when it changes, and its clean-up removes it", () => {
    // GIVEN a push with a client CA certificate (a reference, as the AOP certificate is)
    const stack = newStack();
    const clientCa = new TerraformVariable(stack, "client_ca", { type: "string" });
    const withCa = push(stack, { clientCaCertificatePem: clientCa.stringValue });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN the file goes to client-ca.pem in the chain's directory, is made 0644, and is part of the triggers
    expect(withCa.clientCaPath).toBe("/etc/ssl/site/client-ca.pem");
    expect(provisioners(resource).map((p) => p.file).filter(Boolean)).toContainEqual({ content: "${var.client_ca}", destination: "/etc/ssl/site/client-ca.pem" });
    expect(commands(resource)).toContain("chmod 0644 /etc/ssl/site/client-ca.pem");
    expect(resource.triggers_replace).toMatchObject({ client_ca_file: "/etc/ssl/site/client-ca.pem 0644", client_ca_sha256: "${sha256(var.client_ca)}" });
    // AND a leaving backend loses it with the chain and the key
    expect(commands(cleanupResource(stack)!)).toContain("rm -f /etc/ssl/site/fullchain.pem /etc/ssl/site/privkey.pem /etc/ssl/site/client-ca.pem");
  });

  test("writes no client CA without one, and refuses a client CA path without the certificate or on the key's path", () => {
    // GIVEN / WHEN a push without client CA
    const stack = newStack();
    const plain = push(stack);
    // THEN no client CA file
    expect(plain.clientCaPath).toBeUndefined();
    expect(JSON.stringify(pushResource(stack))).not.toContain("client");
    // AND bad client CA settings are refused
    expect(() => push(newStack(), { clientCaPath: "/etc/ssl/site/ca.pem" })).toThrow(/^test\/Push: invalid 'clientCaPath': received "\/etc\/ssl\/site\/ca\.pem"\. A client CA path needs 'clientCaCertificatePem'/);
    expect(() => push(newStack(), { clientCaCertificatePem: "${var.ca}", clientCaPath: "/etc/ssl/site/privkey.pem" })).toThrow(/invalid 'clientCaPath'.*path of its own for the client CA/);
  });

  test("a clean-up deletes the chain and the key from a backend that leaves, at destroy time, never blocking the apply", () => {
    // GIVEN a push with defaults
    const stack = newStack();
    push(stack);
    // WHEN synthesized
    const cleanup = cleanupResource(stack)!;
    const steps = provisioners(cleanup);
    const work = workDirectory(cleanup);
    // THEN one terraform_data per backend, without triggers (a renewal or a new host key does not run it)
    expect(Object.keys(cleanup.for_each as object)).toEqual(["app-1", "app-2"]);
    expect(cleanup.triggers_replace).toBeUndefined();
    // AND only destroy-time steps that continue on failure, the files removed from the private work directory's first step
    expect(steps.map((p) => [p["remote-exec"].when, p["remote-exec"].on_failure])).toEqual([
      ["destroy", "continue"],
      ["destroy", "continue"],
    ]);
    expect(steps[0]["remote-exec"].inline).toEqual([...prologue(work), "rm -f /etc/ssl/site/fullchain.pem /etc/ssl/site/privkey.pem"]);
    expect(steps[1]["remote-exec"].inline).toEqual(epilogue(work));
  });

  test("the clean-up's connection reads only self, and its input never holds the SSH key: a key reference cleans up through the agent", () => {
    // GIVEN a push with pinned host keys and a key from a variable
    const stack = newStack();
    const key = new TerraformVariable(stack, "deploy_ssh_key", { type: "string", sensitive: true });
    const pinned = Backend.fromAddress("192.168.130.10", { label: "app-1", sshHost: "198.51.100.10", sshHostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPinned" });
    const p = push(stack, { backends: [pinned], sshCredentials: SshCredentials.privateKey(key.stringValue) });
    // WHEN synthesized
    const cleanup = cleanupResource(stack)!;
    // THEN host and host key come from self.input, which holds no key; the clean-up authenticates through the agent
    expect(cleanup.input).toEqual({ host: "${each.value.ssh_host}", host_key: "${each.value.host_key}" });
    expect(cleanup.connection).toMatchObject({ host: "${self.input.host}", host_key: "${self.input.host_key}", agent: true });
    expect(cleanup.connection).not.toHaveProperty("private_key");
    expect(JSON.stringify(cleanup)).not.toContain("var.deploy_ssh_key");
    expect(provisioners(cleanup)[0]["remote-exec"].connection).toMatchObject({ host: "${self.input.host}" });
    // AND the push itself still uses the key, without the agent
    expect(pushResource(stack).connection).toMatchObject({ private_key: "${var.deploy_ssh_key}", agent: false });
    // AND a warning says how the clean-up authenticates
    synthStack(stack);
    expect(warningsOf(p)).toEqual([expect.stringContaining("authenticates through the ssh-agent")]);
  });

  test("privateKeyFile: push and clean-up read the same file through self.input, at apply only; the state holds the path", () => {
    // GIVEN a push whose key is a file on the machine running Terraform, and a bastion with its own key file
    const stack = newStack();
    const path = new TerraformVariable(stack, "deploy_key_file", { type: "string" });
    const p = push(stack, {
      sshCredentials: SshCredentials.privateKeyFile(path.stringValue),
      sshBastion: { host: "bastion.example.com", credentials: SshCredentials.privateKeyFile("~/.ssh/bastion_ed25519") },
    });
    // WHEN synthesized
    const resource = pushResource(stack);
    const cleanup = cleanupResource(stack)!;
    // THEN both resources keep the paths in their input, and both connections read the files from there
    for (const r of [resource, cleanup]) {
      expect(r.input).toMatchObject({ private_key_file: "${var.deploy_key_file}", bastion_private_key_file: "~/.ssh/bastion_ed25519" });
      expect(r.connection).toMatchObject({ private_key: "${file(self.input.private_key_file)}", bastion_private_key: "${file(self.input.bastion_private_key_file)}", agent: false });
    }
    // AND no warning: the clean-up uses the same credential
    synthStack(stack);
    expect(warningsOf(p)).toEqual([]);
  });

  test("removeOnDestroy: false leaves the files on a leaving backend, with no clean-up resource", () => {
    const stack = newStack();
    const p = push(stack, { removeOnDestroy: false });
    expect(cleanupResource(stack)).toBeUndefined();
    expect(p.cleanup).toBeUndefined();
  });

  test("WebServer.haproxy: its default paths (key beside the chain, as HAProxy loads it) and its checked reload", () => {
    // GIVEN a push to HAProxy backends
    const stack = newStack();
    const p = push(stack, { webServer: WebServer.haproxy() });
    // WHEN synthesized
    const resource = pushResource(stack);
    // THEN the files go to HAProxy's paths and HAProxy is checked, then reloaded or started
    expect([p.certificatePath, p.privateKeyPath]).toEqual(["/etc/haproxy/certs/site.pem", "/etc/haproxy/certs/site.pem.key"]);
    expect(commands(resource).at(-1)).toBe("haproxy -c -q -f /etc/haproxy/haproxy.cfg && systemctl reload-or-restart haproxy");
    expect(resource.triggers_replace).toMatchObject({ reload_command: "haproxy -c -q -f /etc/haproxy/haproxy.cfg && systemctl reload-or-restart haproxy" });
  });

  test("a preset's reload command can be replaced, e.g. with sudo for a non-root user", () => {
    const stack = newStack();
    push(stack, { sshUser: "deploy", webServer: WebServer.nginx({ reloadCommand: "sudo systemctl reload nginx" }) });
    expect(commands(pushResource(stack)).at(-1)).toBe("sudo systemctl reload nginx");
  });

  describe("rejects", () => {
    test("backends without an SSH host, naming them", () => {
      // GIVEN a backend without sshHost
      const stack = newStack();
      const bare = Backend.fromAddress("192.168.130.20", { label: "bare-1" });
      // WHEN pushing to it
      // THEN the error names the construct, the prop, the backend and the fix
      expect(() => push(stack, { backends: [APP_1, bare] })).toThrow(/^test\/Push: invalid 'backends': received \["bare-1"\]\. .*'sshHost'/);
    });

    test("no backends", () => {
      const stack = newStack();
      expect(() => push(stack, { backends: [] })).toThrow(/^test\/Push: invalid 'backends': received \[\]\. Give at least one backend/);
    });

    test("the same backend twice", () => {
      const stack = newStack();
      expect(() => push(stack, { backends: [APP_1, APP_2, APP_1] })).toThrow(/^test\/Push: invalid 'backends': received "app-1"\. Each backend may appear once/);
    });

    test("two backends with the same SSH host", () => {
      const stack = newStack();
      const twin = Backend.fromAddress("192.168.130.20", { label: "twin", sshHost: "198.51.100.10" });
      expect(() => push(stack, { backends: [APP_1, twin] })).toThrow(/^test\/Push: invalid 'backends': received "198\.51\.100\.10"\. Each backend needs its own 'sshHost'/);
    });

    test.each([
      ["relative", "certificatePath", "ssl/fullchain.pem"],
      ["empty", "certificatePath", ""],
      ["relative", "privateKeyPath", "privkey.pem"],
      ["empty", "privateKeyPath", ""],
      ["parent-relative", "privateKeyPath", "/etc/ssl/../privkey.pem"],
    ] as const)("a %s %s", (_kind, prop, path) => {
      const stack = newStack();
      expect(() => push(stack, { [prop]: path })).toThrow(new RegExp(`^test/Push: invalid '${prop}': received ${JSON.stringify(path).replace(/[.]/g, "\\.")}\\. Use an absolute path`));
    });

    test("a path with shell characters", () => {
      const stack = newStack();
      expect(() => push(stack, { certificatePath: "/etc/ssl/x;reboot" })).toThrow(/^test\/Push: invalid 'certificatePath': received "\/etc\/ssl\/x;reboot"\. Use a file path of letters/);
    });

    test("a path given as a reference", () => {
      const stack = newStack();
      const path = new TerraformVariable(stack, "path", { type: "string" });
      expect(() => push(stack, { privateKeyPath: path.stringValue })).toThrow(/^test\/Push: invalid 'privateKeyPath': .*Use a literal path/);
    });

    test("the same path for chain and key", () => {
      const stack = newStack();
      expect(() => push(stack, { certificatePath: "/etc/ssl/site.pem", privateKeyPath: "/etc/ssl/site.pem" })).toThrow(
        /^test\/Push: invalid 'privateKeyPath': received "\/etc\/ssl\/site\.pem"\. Use a path other than 'certificatePath'/,
      );
    });

    test.each([["600"], ["0800"], ["u=rw"], ["00600"]])("file mode %j", (mode) => {
      const stack = newStack();
      expect(() => push(stack, { privateKeyFileMode: mode })).toThrow(new RegExp(`^test/Push: invalid 'privateKeyFileMode': received "${mode}"\\. Use a four-digit octal mode`));
    });

    test("an owner that is not a user or user:group", () => {
      const stack = newStack();
      expect(() => push(stack, { fileOwner: "root; rm -rf /" })).toThrow(/^test\/Push: invalid 'fileOwner': received "root; rm -rf \/"\./);
    });

    test("an SSH user that is not a user name", () => {
      const stack = newStack();
      expect(() => push(stack, { sshUser: "root@host" })).toThrow(/^test\/Push: invalid 'sshUser': received "root@host"\./);
    });

    test("a key path HAProxy would not find", () => {
      const stack = newStack();
      expect(() => push(stack, { webServer: WebServer.haproxy(), privateKeyPath: "/etc/haproxy/keys/site.key" })).toThrow(
        /^test\/Push: invalid 'privateKeyPath': received "\/etc\/haproxy\/keys\/site\.key"\. HAProxy loads the key from the chain's path plus '\.key': use '\/etc\/haproxy\/certs\/site\.pem\.key'/,
      );
    });

    test.each([
      ["sshPort", { sshPort: 0 }, "0", "Use a whole number from 1 to 65535"],
      ["sshTimeoutSeconds", { sshTimeoutSeconds: 0 }, "0", "Use a whole number from 1 to 3600"],
      ["sshTimeoutSeconds", { sshTimeoutSeconds: 2.5 }, "2.5", "Use a whole number from 1 to 3600"],
      ["sshBastion.host", { sshBastion: { host: "jump host" } }, '"jump host"', "Give the address SSH connects to"],
      ["sshBastion.port", { sshBastion: { host: "203.0.113.5", port: 70000 } }, "70000", "Use a whole number from 1 to 65535"],
      ["sshBastion.user", { sshBastion: { host: "203.0.113.5", user: "ops@jump" } }, '"ops@jump"', "Use a user name"],
      ["sshBastion.hostKey", { sshBastion: { host: "203.0.113.5", hostKey: "203.0.113.5 ssh-ed25519 AAAA" } }, '"203.0.113.5 ssh-ed25519 AAAA"', "Give the server's public host key as one line"],
    ] as const)("%s %s", (prop, overrides, received, fix) => {
      const stack = newStack();
      expect(() => push(stack, overrides as Partial<CertificatePushProps>)).toThrow(`test/Push: invalid '${prop}': received ${received}. ${fix}`);
    });

    test("a web server that is not a WebServer", () => {
      const stack = newStack();
      expect(() => push(stack, { webServer: "nginx" as unknown as WebServer })).toThrow(/^test\/Push: invalid 'webServer': received "not a WebServer"\. Use WebServer\.nginx\(\)/);
    });

    test("an empty reload command", () => {
      expect(() => WebServer.custom({ reloadCommand: " " })).toThrow(/^WebServer\.custom: invalid 'reloadCommand': received " "\. Give the command/);
    });
  });
});

describe("SshCredentials", () => {
  test("privateKey accepts a reference such as Fn.file", () => {
    // GIVEN a key read from a file at plan time
    const stack = newStack();
    // WHEN used for a push
    push(stack, { sshCredentials: SshCredentials.privateKey(Fn.file("~/.ssh/deploy_ed25519")) });
    // THEN the connection holds the file() call, not the key
    expect((pushResource(stack).connection as Record<string, unknown>).private_key).toBe('${file("~/.ssh/deploy_ed25519")}');
  });

  test("privateKey rejects a literal key without echoing it", () => {
    // GIVEN a key pasted into the code
    const literal = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----";
    // WHEN it is used as credentials
    // THEN synthesis stops before anything is written, and the message does not contain the key
    expect(() => SshCredentials.privateKey(literal)).toThrow(/^SshCredentials\.privateKey: invalid 'privateKey': received "a literal string \(not shown: it may be a key\)"\. Pass a reference/);
    expect(() => SshCredentials.privateKey(literal)).not.toThrow(/BEGIN|b3BlbnNz/);
  });

  test("privateKey rejects a literal path, pointing at privateKeyFile", () => {
    expect(() => SshCredentials.privateKey("~/.ssh/id_ed25519")).toThrow(/received "~\/\.ssh\/id_ed25519"\..*privateKeyFile\(path\)/);
  });

  test("privateKeyFile rejects a pasted key without echoing it", () => {
    expect(() => SshCredentials.privateKeyFile("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")).toThrow(/SshCredentials\.privateKeyFile: invalid 'path': received "a literal string that is not a path \(not shown: it may be a key\)"/);
    expect(() => SshCredentials.privateKeyFile("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")).not.toThrow(/b3BlbnNzaC1rZXktdjEAAAAA/);
  });
});
