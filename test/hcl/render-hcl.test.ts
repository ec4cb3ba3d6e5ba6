import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { format as hclToolsFormat } from "@cdktf/hcl-tools";
import { describe, expect, test } from "vitest";
import { alignEquals, quoteLiteral, quoteTemplate, renderHcl } from "../../src/hcl/render-hcl";
import { synthesizeExampleStacks } from "../support/example-stacks";

const HAS_TERRAFORM = spawnSync("terraform", ["version"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" } }).status === 0;

/** Renderer output without the aligned layout (`name = value`), for assertions on single lines. */
const raw = (config: unknown): string => renderHcl(config, { format: false });

/** `terraform fmt -` on HCL text (the referee for the renderer's own layout). */
function terraformFmt(hcl: string): string {
  const r = spawnSync("terraform", ["fmt", "-no-color", "-"], { input: hcl, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (r.status !== 0) throw new Error(`terraform fmt failed: ${r.stderr}`);
  return r.stdout;
}

/** Applies a configuration that uses only Terraform's builtin provider and returns `terraform output -json`. */
function applyOutputs(fileName: string, text: string): Record<string, { value: unknown; sensitive: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "render-hcl-"));
  try {
    writeFileSync(join(dir, fileName), text);
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    for (const args of [["init", "-input=false", "-no-color"], ["apply", "-input=false", "-no-color", "-auto-approve"]]) {
      const r = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`terraform ${args[0]} failed on ${fileName}:\n${r.stdout}\n${r.stderr}\n--- ${fileName}\n${text}`);
    }
    const out = spawnSync("terraform", ["output", "-json"], { cwd: dir, env, encoding: "utf8" });
    return JSON.parse(out.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("strings", () => {
  test("quotes, backslashes, newlines and control characters are escaped outside interpolations", () => {
    // GIVEN a JSON template with every kind of literal character HCL must escape
    const s = 'say "hi" \\ back\nnew\r\ttab\u0007bell';
    // THEN the HCL quoted template escapes each
    expect(quoteTemplate(s)).toBe('"say \\"hi\\" \\\\ back\\nnew\\r\\ttab\\u0007bell"');
  });

  test("interpolations and directives are copied verbatim, nested quotes and braces included", () => {
    const s = 'a "${join(",", [for s in var.l : "<${s}> \\"q\\""])}" %{ if var.x == "}" }yes%{ else }no%{ endif } ${ {a = "}"}.a }';
    expect(quoteTemplate(s)).toBe(
      '"a \\"${join(",", [for s in var.l : "<${s}> \\"q\\""])}\\" %{ if var.x == "}" }yes%{ else }no%{ endif } ${ {a = "}"}.a }"',
    );
  });

  test("$${ and %%{ literal escapes stay as they are", () => {
    expect(quoteTemplate('$${x} %%{y} $$ % "')).toBe('"$${x} %%{y} $$ % \\""');
  });

  test("an unterminated interpolation is an error, not broken output", () => {
    expect(() => quoteTemplate('x ${foo("}")')).toThrow(/unterminated template sequence/);
    expect(() => raw({ locals: { bad: "${" } })).toThrow(/unterminated/);
  });

  test("literal strings (taken as they are where Terraform has no evaluation context) escape ${ and %{ too", () => {
    expect(quoteLiteral('a ${b} %{c} $${d} "e"')).toBe('"a $${b} %%{c} $$${d} \\"e\\""');
  });

  test("a string that is one interpolation becomes a bare expression; others stay templates", () => {
    const hcl = raw({ locals: { a: "${var.x}", b: "${var.x}-suffix", c: "${~ var.x ~}", d: "${var.x # note}" } });
    expect(hcl).toContain("a = var.x\n");
    expect(hcl).toContain('b = "${var.x}-suffix"\n');
    expect(hcl).toContain('c = "${~ var.x ~}"\n');
    expect(hcl).toContain('d = "${var.x # note}"\n');
  });

  test("a multi-line string ending in a newline is a heredoc, with a delimiter its text does not use", () => {
    const hcl = raw({
      output: {
        conf: { value: 'server {\n  listen 443 "ssl";\n  return 301 https://$host$request_uri;\n}\n' },
        eot: { value: "a\nEOT\n" },
        crlf: { value: "a\r\nb\r\n" },
        inline: { value: "no final newline\nx" },
      },
    });
    expect(hcl).toContain('value = <<EOT\nserver {\n  listen 443 "ssl";\n  return 301 https://$host$request_uri;\n}\nEOT\n');
    expect(hcl).toContain("value = <<EOF\na\nEOT\nEOF\n");
    expect(hcl).toContain('value = "a\\r\\nb\\r\\n"\n');
    expect(hcl).toContain('value = "no final newline\\nx"\n');
  });
});

describe("values", () => {
  test("number lists of references render as HCL lists", () => {
    // GIVEN a Linode firewall attached to a NodeBalancer by reference (number list)
    const hcl = raw({
      resource: { linode_firewall: { fw: { label: "fw", inbound_policy: "DROP", outbound_policy: "ACCEPT", nodebalancers: ["${linode_nodebalancer.nb.id}"] } } },
    });
    expect(hcl).toContain("nodebalancers = [linode_nodebalancer.nb.id]\n");
  });

  test("numbers, bools, null, nested lists and objects; keys quoted unless plain identifiers", () => {
    const hcl = raw({
      locals: { v: { "app-1": 1, plain_key: [1, 2.5, -3, true, null], for: "x", "${var.k}": { a: [] }, "with space": {} } },
    });
    expect(hcl).toContain(
      [
        "  v = {",
        '    "${var.k}" = {',
        "      a = []",
        "    }",
        '    "app-1" = 1',
        '    "for" = "x"',
        "    plain_key = [1, 2.5, -3, true, null]",
        '    "with space" = {}',
        "  }",
      ].join("\n"),
    );
  });
});

describe("blocks and attributes", () => {
  test("Cloudflare v5 nested attributes stay attributes; Linode block types become blocks, nested", () => {
    const hcl = raw({
      data: { cloudflare_zone: { zone: { filter: { name: "example.com" } } } },
      resource: {
        linode_firewall: {
          fw: {
            label: "fw",
            inbound: [
              { label: "a", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ["192.0.2.0/24"] },
              { label: "b", action: "ACCEPT", protocol: "TCP", ports: "80", ipv4: ["198.51.100.0/24"] },
            ],
            inbound_policy: "DROP",
            outbound_policy: "ACCEPT",
          },
        },
        linode_instance: { vm: { label: "vm", region: "us-east", config: [{ label: "boot", devices: [{ sda: [{ disk_label: "root" }] }] }] } },
      },
    });
    expect(hcl).toContain('data "cloudflare_zone" "zone" {\n  filter = {\n    name = "example.com"\n  }\n}');
    expect(hcl).toContain('  inbound {\n    action = "ACCEPT"\n    ipv4 = ["192.0.2.0/24"]\n    label = "a"');
    expect(hcl.match(/^ {2}inbound \{$/gm)).toHaveLength(2);
    expect(hcl).toContain('  config {\n    label = "boot"\n    devices {\n      sda {\n        disk_label = "root"\n      }\n    }\n  }');
  });

  test("a type the map does not know: objects and lists of objects are blocks, other values attributes", () => {
    const hcl = raw({
      resource: { other_thing: { x: { name: "n", tags: ["a"], empty: [], settings: { mode: "m" }, rule: [{ a: 1 }, { a: 2 }] } } },
    });
    expect(hcl).toContain('  empty = []\n  name = "n"\n  tags = ["a"]\n  rule {\n    a = 1\n  }\n  rule {\n    a = 2\n  }\n  settings {\n    mode = "m"\n  }\n');
  });

  test("cdktf's dynamic blocks become dynamic blocks with their content", () => {
    const hcl = raw({
      resource: {
        linode_firewall: {
          fw: { label: "fw", inbound_policy: "DROP", outbound_policy: "ACCEPT", dynamic: { inbound: { for_each: "${var.rules}", iterator: "each", content: { label: "${each.value.label}", action: "ACCEPT", protocol: "TCP" } } } },
        },
      },
    });
    expect(hcl).toContain(
      '  dynamic "inbound" {\n    for_each = var.rules\n    iterator = each\n    content {\n      action = "ACCEPT"\n      label = each.value.label\n      protocol = "TCP"\n    }\n  }\n',
    );
  });
});

describe("meta-arguments", () => {
  test("provisioners keep their order with their connection; when and on_failure are keywords", () => {
    const hcl = raw({
      resource: {
        terraform_data: {
          push: {
            for_each: { "app-1": { ssh_host: "198.51.100.10" } },
            connection: { type: "ssh", host: "${each.value.ssh_host}", user: "root", private_key: "${var.key}" },
            provisioner: [
              { "remote-exec": { inline: ["mkdir -p /etc/ssl/site"] } },
              { file: { content: "${var.pem}", destination: "/etc/ssl/site/fullchain.pem", connection: { type: "ssh", host: "h", agent: true } } },
              { "local-exec": { command: 'echo "done"', when: "destroy", on_failure: "continue" } },
            ],
            depends_on: ["linode_firewall.fw", "${linode_nodebalancer.nb}"],
          },
        },
      },
    });
    expect(hcl).toContain('  for_each = {\n    "app-1" = {\n      ssh_host = "198.51.100.10"\n    }\n  }\n');
    expect(hcl).toContain("  depends_on = [linode_firewall.fw, linode_nodebalancer.nb]\n");
    expect(hcl).toContain('  connection {\n    host = each.value.ssh_host\n    private_key = var.key\n    type = "ssh"\n    user = "root"\n  }\n');
    const order = [...hcl.matchAll(/provisioner "([a-z-]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["remote-exec", "file", "local-exec"]);
    expect(hcl).toContain('  provisioner "file" {\n    content = var.pem\n    destination = "/etc/ssl/site/fullchain.pem"\n    connection {\n      agent = true\n      host = "h"\n      type = "ssh"\n    }\n  }\n');
    expect(hcl).toContain('  provisioner "local-exec" {\n    command = "echo \\"done\\""\n    on_failure = continue\n    when = destroy\n  }\n');
  });

  test("lifecycle: ignore_changes all or a list of attributes, replace_triggered_by and provider as references", () => {
    const hcl = raw({
      resource: {
        acme_certificate: {
          a: { provider: "acme.staging", common_name: "x", lifecycle: { create_before_destroy: true, ignore_changes: "all" } },
          b: { common_name: "y", lifecycle: { ignore_changes: ["common_name", "dns_challenge"], replace_triggered_by: ["terraform_data.rotate", "${terraform_data.other.output}"] } },
        },
      },
    });
    expect(hcl).toContain('resource "acme_certificate" "a" {\n  provider = acme.staging\n  common_name = "x"\n  lifecycle {\n    create_before_destroy = true\n    ignore_changes = all\n  }\n}');
    expect(hcl).toContain("    ignore_changes = [common_name, dns_challenge]\n    replace_triggered_by = [terraform_data.rotate, terraform_data.other.output]\n");
    expect(() => raw({ resource: { terraform_data: { x: { depends_on: ['a"b'] } } } })).toThrow(/is not a reference/);
  });

  test("variables: bare type expressions, literal defaults, sensitive, nullable and validation", () => {
    const hcl = raw({
      variable: {
        key: { type: "string", sensitive: true, nullable: false, description: "SSH key ${not a template}" },
        names: { type: "list(string)", default: ["a ${b}"] },
        obj: { type: "${object({ a = number })}", default: { a: 1 } },
        port: { type: "number", validation: [{ condition: "${var.port > 0}", error_message: "Port must be positive, got ${var.port}." }] },
      },
    });
    expect(hcl).toContain('variable "key" {\n  description = "SSH key $${not a template}"\n  nullable = false\n  sensitive = true\n  type = string\n}');
    expect(hcl).toContain('  default = ["a $${b}"]\n  type = list(string)\n');
    expect(hcl).toContain("  type = object({ a = number })\n");
    expect(hcl).toContain('  validation {\n    condition = var.port > 0\n    error_message = "Port must be positive, got ${var.port}."\n  }\n');
  });

  test("terraform block, providers with aliases, outputs, modules, moved and import", () => {
    const hcl = raw({
      terraform: {
        required_version: ">= 1.5",
        required_providers: { linode: { source: "linode/linode", version: "2.37.0" }, acme: { source: "vancluever/acme", configuration_aliases: ["acme.staging"] } },
        backend: { s3: { bucket: "b", key: "k", assume_role: { role_arn: "arn" } } },
      },
      provider: { acme: [{ server_url: "https://prod" }, { alias: "staging", server_url: "https://staging" }], tls: [{ proxy: { from_env: true } }] },
      output: { ip: { value: "${linode_nodebalancer.nb.ipv4}", description: "IPv4", sensitive: false, depends_on: ["linode_firewall.fw"] } },
      module: { m: { source: "./m", providers: { acme: "acme.staging" }, count: 2, name: "n-${count.index}" } },
      moved: [{ from: "linode_firewall.old", to: "linode_firewall.fw" }],
      import: [{ to: "linode_firewall.fw", id: "123" }],
    });
    expect(hcl).toContain(
      'terraform {\n  backend "s3" {\n    assume_role = {\n      role_arn = "arn"\n    }\n    bucket = "b"\n    key = "k"\n  }\n  required_providers {\n    acme = {\n      configuration_aliases = [acme.staging]\n      source = "vancluever/acme"\n    }\n',
    );
    expect(hcl).toContain('provider "acme" {\n  server_url = "https://prod"\n}\n\nprovider "acme" {\n  alias = "staging"\n  server_url = "https://staging"\n}');
    expect(hcl).toContain('provider "tls" {\n  proxy {\n    from_env = true\n  }\n}');
    expect(hcl).toContain('output "ip" {\n  depends_on = [linode_firewall.fw]\n  description = "IPv4"\n  sensitive = false\n  value = linode_nodebalancer.nb.ipv4\n}');
    expect(hcl).toContain('module "m" {\n  count = 2\n  name = "n-${count.index}"\n  providers = {\n    acme = acme.staging\n  }\n  source = "./m"\n}');
    expect(hcl).toContain("moved {\n  from = linode_firewall.old\n  to = linode_firewall.fw\n}");
    expect(hcl).toContain('import {\n  id = "123"\n  to = linode_firewall.fw\n}');
  });

  test('"//" metadata is ignored; unknown top-level keys and argument names that are not identifiers are errors', () => {
    expect(raw({ "//": { metadata: {} }, resource: { terraform_data: { x: { "//": { path: "p" }, input: 1 } } } })).toBe(
      'resource "terraform_data" "x" {\n  input = 1\n}\n',
    );
    expect(() => raw({ check: {} })).toThrow(/top-level "check" is not supported/);
    expect(() => raw({ resource: { terraform_data: { x: { "bad name": 1 } } } })).toThrow(/not a valid argument name/);
  });
});

describe.skipIf(!HAS_TERRAFORM)(`with terraform${HAS_TERRAFORM ? "" : " (skipped: terraform is not on PATH)"}`, () => {
  // Only Terraform's builtin provider: applies offline, no tfsim needed.
  const config = {
    "//": { metadata: { stackName: "x" } },
    terraform: { required_version: ">= 1.5" },
    variable: {
      plain: { type: "string", default: 'a ${b} %{c} $${d} "q" \\ back\nline' },
      list: { type: "list(string)", default: ["x", "y"] },
      obj: { type: 'object({ a = number, b = optional(string, "d") })', default: { a: 1 } },
      secret: { type: "string", sensitive: true, nullable: false, default: "s3cr3t", description: "with ${x}" },
    },
    locals: {
      quotes: 'say "hi" to ${var.plain} \\ \t tab',
      nested: '${join(",", [for s in var.list : "<${s}> \\"q\\""])}',
      directive: "%{ for s in var.list }[${s}]%{ endfor }%{~ if true ~}  !%{ endif }",
      escapes: "$${literal} %%{literal} $$ %",
      multiline: 'line 1\nline "2" ${var.list[0]} \\n\n',
      eot: "EOT\nEOF\n",
      crlf: "a\r\nb",
      control: "bell\u0007 del\u007f",
      keys: { "app-1": 1, "${var.list[1]}": 2, for: 3, null: 4, "with space": { inner: "a\nb\n" } },
      numbers: [1, 2.5, -3, 1e21, 0.1],
      mixed: [true, null, "x", { a: [1] }, "m\nl\n"],
      unicode: "héllo ✓ \u2028",
      obj: "${var.obj}",
    },
    resource: {
      terraform_data: {
        a: { count: 2, input: "${local.quotes}", lifecycle: { create_before_destroy: true, ignore_changes: "all" } },
        b: {
          for_each: "${toset(var.list)}",
          input: { k: "${each.key}", q: '"${each.value}"' },
          triggers_replace: ["${terraform_data.a[0].id}"],
          depends_on: ["terraform_data.a"],
          lifecycle: { replace_triggered_by: ["terraform_data.a[0]"], ignore_changes: ["input"] },
          provisioner: [
            { "local-exec": { command: 'test "${each.key}" = "${each.value}" && echo "ok \\"quoted\\""', on_failure: "fail" } },
            { "local-exec": { command: "true", when: "destroy" } },
          ],
        },
        c: { input: "c" },
      },
    },
    moved: [{ from: "terraform_data.old", to: "terraform_data.c" }],
    output: {
      ...Object.fromEntries(
        ["quotes", "nested", "directive", "escapes", "multiline", "eot", "crlf", "control", "keys", "numbers", "mixed", "unicode", "obj"].map((k) => [
          k,
          { value: `\${local.${k}}` },
        ]),
      ),
      plain: { value: "${var.plain}", description: "literal ${x}" },
      secret: { value: "${var.secret}", sensitive: true },
      a: { value: "${terraform_data.a[0].output}", depends_on: ["terraform_data.b"] },
      b: { value: "${terraform_data.b[\"y\"].output}" },
    },
  };

  test("the HCL means what the JSON means: same outputs after apply", () => {
    const fromJson = applyOutputs("main.tf.json", JSON.stringify(config, null, 2));
    const hcl = renderHcl(config);
    const fromHcl = applyOutputs("main.tf", hcl);
    expect(fromHcl).toEqual(fromJson);
    // and the values are what the JSON says (spot checks)
    expect(fromJson.escapes.value).toBe("${literal} %{literal} $$ %");
    expect(fromJson.plain.value).toBe('a ${b} %{c} $${d} "q" \\ back\nline');
    expect(fromJson.nested.value).toBe('<x> "q",<y> "q"');
    expect(hcl).toContain("<<EOT\nline 1\n");
  });

  test("the layout is terraform fmt's but for spaces inside template sequences, which @cdktf/hcl-tools' formatter normalizes as terraform fmt does", async () => {
    const formatted = renderHcl(config);
    expect(renderHcl(config)).toBe(formatted); // deterministic
    // terraform fmt only rewrites the spaces of "%{ for s in var.list }" (user text, kept as written)
    const directive = (text: string) => text.replace(/%\{~? ?(for s in var\.list|endfor|if true|endif) ?~?\}/g, "%{$1}");
    expect(directive(terraformFmt(formatted))).toBe(directive(formatted));
    // publish's formatter (in process) writes exactly what terraform fmt writes
    expect(await hclToolsFormat(formatted)).toBe(terraformFmt(formatted));
    expect(await hclToolsFormat(raw(config))).toBe(terraformFmt(raw(config)));
  });

  test.each([...synthesizeExampleStacks()])("example stack %s: the renderer's layout is what terraform fmt writes", (_name, json) => {
    const hcl = renderHcl(json);
    expect(terraformFmt(hcl)).toBe(hcl);
    expect(terraformFmt(raw(json))).toBe(hcl);
  });
});

describe("canonical layout without terraform", () => {
  test("the = of consecutive one-line arguments line up; blocks, brackets and blank lines end a run", () => {
    const text = ['a = 1', 'long_name = "x"', "", "b {", "  c = 2", "  dd = [1, 2]", "  e = {", '    "app-1" = x', "    f = y", "  }", "  g = 3", "}", ""].join("\n");
    expect(alignEquals(text)).toBe(
      ['a         = 1', 'long_name = "x"', "", "b {", "  c  = 2", "  dd = [1, 2]", "  e = {", '    "app-1" = x', "    f       = y", "  }", "  g = 3", "}", ""].join("\n"),
    );
  });

  test("a heredoc is one line of its run, its text untouched", () => {
    const text = ["  value = <<EOT", "x = 1", "EOT", "  sensitive_value = true", ""].join("\n");
    expect(alignEquals(text)).toBe(["  value           = <<EOT", "x = 1", "EOT", "  sensitive_value = true", ""].join("\n"));
  });

  test("renderHcl needs no terraform: the same bytes with PATH emptied", () => {
    const config = { resource: { terraform_data: { a: { input: { x: 1, long_name: "${terraform_data.b.id}" } }, b: { input: "b", triggers_replace: ["x"] } } } };
    const before = renderHcl(config);
    const saved = process.env.PATH;
    process.env.PATH = "";
    try {
      expect(renderHcl(config)).toBe(before);
    } finally {
      process.env.PATH = saved;
    }
  });

  test.each([...synthesizeExampleStacks()])("example stack %s: @cdktf/hcl-tools' formatter (hclwrite, in process) leaves the output unchanged", async (_name, json) => {
    const hcl = renderHcl(json);
    expect(await hclToolsFormat(hcl)).toBe(hcl);
  });
});
