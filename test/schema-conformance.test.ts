import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { App, TerraformStack } from "cdktf";
import { addExampleStacks } from "../stacks/app";
import {
  BUILTIN_PROVIDER_ADDRESS,
  checkConformance,
  errorsOf,
  formatViolations,
  loadSchemas,
  warningsOf,
  type SchemaSet,
  type Violation,
} from "./support/schema-conformance";

type StackJson = Record<string, unknown>;

const schemas = loadSchemas();

// ---------------------------------------------------------------------------------------------
// Example stacks: discovered from addExampleStacks, synthesized once into a temp outdir
// ---------------------------------------------------------------------------------------------

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-conformance-"));
const app = new App({ stackTraces: false, outdir });
addExampleStacks(app);
const exampleStackNames = app.node.children.filter(TerraformStack.isStack).map((stack) => stack.node.id);

let synthesized: Record<string, StackJson> | undefined;

/** The parsed `cdk.tf.json` of one example stack, as `cdktf synth` writes it. */
function exampleStack(name: string): StackJson {
  if (!synthesized) {
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { synthesizedStackPath?: string }>;
    };
    synthesized = {};
    for (const [stackName, entry] of Object.entries(manifest.stacks)) {
      const file = path.join(outdir, entry.synthesizedStackPath ?? path.join("stacks", stackName, "cdk.tf.json"));
      synthesized[stackName] = JSON.parse(fs.readFileSync(file, "utf8")) as StackJson;
    }
  }
  const json = synthesized[name];
  if (!json) throw new Error(`stack "${name}" was not synthesized`);
  return json;
}

afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Helpers for hand-written stacks
// ---------------------------------------------------------------------------------------------

/** Correct `required_providers` pins for every non-builtin provider in the manifest. */
function pins(): Record<string, { source: string; version: string }> {
  return Object.fromEntries(
    Object.entries(schemas.manifest)
      .filter(([, entry]) => entry.address !== BUILTIN_PROVIDER_ADDRESS)
      .map(([name, entry]) => [name, { source: entry.source, version: entry.version }]),
  );
}

/** A stack JSON with correct provider pins plus the given top-level sections. */
function stackWith(sections: StackJson): StackJson {
  return { terraform: { required_providers: pins() }, ...sections };
}

/** A deep, mutable copy of the pinned schemas, for injecting synthetic schema cases. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function editableSchemas(): any {
  return JSON.parse(JSON.stringify(schemas));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function resourceBlock(set: any, provider: string, type: string): any {
  return set.files[provider].provider_schemas[set.manifest[provider].address].resource_schemas[type].block;
}

function expectNoErrors(violations: Violation[]): void {
  expect(errorsOf(violations), formatViolations(violations)).toEqual([]);
}

/** Asserts the checker reported exactly one error, at `errorPath`, with a message matching `message`. */
function expectOnlyError(violations: Violation[], errorPath: string, message: RegExp): void {
  const errors = errorsOf(violations);
  expect(errors.map((e) => e.path), formatViolations(violations)).toEqual([errorPath]);
  expect(errors[0].message).toMatch(message);
}

const nodebalancerConfig = (args: StackJson): StackJson =>
  stackWith({ resource: { linode_nodebalancer_config: { https: { nodebalancer_id: 123, ...args } } } });

const acmeCertificate = (args: StackJson): StackJson =>
  stackWith({ resource: { acme_certificate: { cert: { account_key_pem: "${tls_private_key.account.private_key_pem}", ...args } } } });

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("example stacks conform to the pinned provider schemas", () => {
  test("addExampleStacks adds at least one stack", () => {
    expect(exampleStackNames.length).toBeGreaterThan(0);
  });

  test.each(exampleStackNames)("%s has no schema errors", (name) => {
    // GIVEN the synthesized example stack
    const json = exampleStack(name);
    // WHEN it is checked against the pinned schemas
    const violations = checkConformance(json);
    // THEN there are no errors (the full violation list is printed otherwise)
    expectNoErrors(violations);
  });

  test("a mistake injected into a synthesized example stack is found", () => {
    // GIVEN a deep copy of a synthesized example stack with an unknown argument on its first resource
    const json = structuredClone(exampleStack(exampleStackNames[0]));
    const resources = json["resource"] as Record<string, Record<string, StackJson>>;
    const [type, instances] = Object.entries(resources)[0];
    const name = Object.keys(instances)[0];
    instances[name]["not_an_argument"] = "x";
    // WHEN / THEN exactly that argument is reported
    expectOnlyError(checkConformance(json), `resource.${type}.${name}.not_an_argument`, /Unsupported argument or block "not_an_argument"/);
  });
});

describe("types and names", () => {
  test("unknown resource type", () => {
    // GIVEN a misspelled resource type
    const json = stackWith({ resource: { linode_nodebalancers: { nb: { label: "web" } } } });
    // WHEN / THEN it is reported with a suggestion
    expectOnlyError(checkConformance(json), "resource.linode_nodebalancers.nb", /Unknown resource type "linode_nodebalancers".*Did you mean "linode_nodebalancer"/);
  });

  test("unknown data source type, including a resource type used as a data source", () => {
    // GIVEN data sources that do not exist in the pinned schemas
    const misspelled = stackWith({ data: { cloudflare_zones: { zone: {} } } });
    const resourceAsData = stackWith({ data: { linode_nodebalancer: { nb: {} } } });
    // WHEN / THEN each is reported at its path
    expectOnlyError(checkConformance(misspelled), "data.cloudflare_zones.zone", /Unknown data source type "cloudflare_zones"/);
    expectOnlyError(checkConformance(resourceAsData), "data.linode_nodebalancer.nb", /is a resource type/);
  });

  test("unknown argument", () => {
    // GIVEN a misspelled argument
    const json = stackWith({ resource: { linode_nodebalancer: { nb: { label: "web", regoin: "us-east" } } } });
    // WHEN / THEN it is reported with the expected name
    expectOnlyError(checkConformance(json), "resource.linode_nodebalancer.nb.regoin", /Unsupported argument.*Did you mean "region"/);
  });

  test("missing required argument", () => {
    // GIVEN a NodeBalancer node without its required address
    const json = stackWith({
      resource: { linode_nodebalancer_node: { node0: { nodebalancer_id: 1, config_id: 2, label: "app-0" } } },
    });
    // WHEN / THEN the missing argument is reported
    expectOnlyError(checkConformance(json), "resource.linode_nodebalancer_node.node0.address", /Missing required argument "address" \(string\)/);
  });

  test("missing required block (min_items, injected: no trimmed schema has min_items)", () => {
    // GIVEN a schema where acme_certificate requires at least one dns_challenge block
    const injected = editableSchemas();
    resourceBlock(injected, "acme", "acme_certificate").block_types.dns_challenge.min_items = 1;
    // WHEN a certificate has none / has one
    const without = checkConformance(acmeCertificate({}), injected as SchemaSet);
    const withOne = checkConformance(acmeCertificate({ dns_challenge: [{ provider: "cloudflare" }] }), injected as SchemaSet);
    // THEN only the first is an error; the real schema has no such requirement
    expectOnlyError(without, "resource.acme_certificate.cert.dns_challenge", /Missing required block "dns_challenge"/);
    expectNoErrors(withOne);
    expectNoErrors(checkConformance(acmeCertificate({})));
  });

  test("wrong primitive type", () => {
    // GIVEN a port that is not a number
    const json = nodebalancerConfig({ port: "eighty" });
    // WHEN / THEN it is reported with the expected type
    expectOnlyError(checkConformance(json), "resource.linode_nodebalancer_config.https.port", /expected number, got string "eighty"/);
    expectOnlyError(checkConformance(nodebalancerConfig({ port: true })), "resource.linode_nodebalancer_config.https.port", /expected number/);
  });

  test("primitive conversions Terraform performs are accepted", () => {
    // GIVEN literals Terraform converts: "80" -> number, number -> string, "true" -> bool
    const json = nodebalancerConfig({ port: "80", check_path: 200, check_passive: "true", check_attempts: 3 });
    // WHEN / THEN there are no violations
    expect(checkConformance(json)).toEqual([]);
  });

  test("wrong collection type", () => {
    // GIVEN a string where list(string) is expected
    const json = stackWith({
      resource: {
        cloudflare_origin_ca_certificate: {
          origin: { csr: "${tls_cert_request.origin.cert_request_pem}", request_type: "origin-rsa", hostnames: "example.com" },
        },
      },
    });
    // WHEN / THEN it is reported with the expected collection type
    expectOnlyError(checkConformance(json), "resource.cloudflare_origin_ca_certificate.origin.hostnames", /expected list\(string\), got string/);
  });

  test("unknown key in a nested attribute", () => {
    // GIVEN a cloudflare_dns_record settings object (nested_type single) with a misspelled key
    const json = stackWith({
      resource: {
        cloudflare_dns_record: {
          www: { zone_id: "z", name: "www", type: "A", ttl: 1, content: "192.0.2.1", settings: { ipv4_only: true, ipv5_only: true } },
        },
      },
    });
    // WHEN / THEN the unknown key is reported at its nested path
    expectOnlyError(checkConformance(json), "resource.cloudflare_dns_record.www.settings.ipv5_only", /Unsupported argument.*"ipv5_only"/);
  });

  test("unknown key and wrong attribute type in an object-typed attribute (injected schema)", () => {
    // GIVEN a schema with an optional object({ host = string, port = number }) attribute
    const injected = editableSchemas();
    resourceBlock(injected, "linode", "linode_nodebalancer").attributes.origin = {
      type: ["object", { host: "string", port: "number" }],
      optional: true,
    };
    const nb = (origin: unknown): StackJson => stackWith({ resource: { linode_nodebalancer: { nb: { origin } } } });
    // WHEN / THEN an unknown key, a wrong attribute type and a missing attribute are reported; a good value is not
    expectOnlyError(checkConformance(nb({ host: "a", port: 1, hots: "b" }), injected as SchemaSet), "resource.linode_nodebalancer.nb.origin.hots", /Unsupported attribute "hots"/);
    expectOnlyError(checkConformance(nb({ host: "a", port: "x" }), injected as SchemaSet), "resource.linode_nodebalancer.nb.origin.port", /expected number/);
    expectOnlyError(checkConformance(nb({ host: "a" }), injected as SchemaSet), "resource.linode_nodebalancer.nb.origin.port", /Missing attribute "port"/);
    expectNoErrors(checkConformance(nb({ host: "a", port: "443" }), injected as SchemaSet));
  });
});

describe("blocks", () => {
  test("nesting mode violation", () => {
    // GIVEN a list block given as a plain string, and a single block given twice
    const listAsString = acmeCertificate({ dns_challenge: "cloudflare" });
    const singleTwice = stackWith({
      resource: { linode_instance: { vm: { region: "us-east", timeouts: [{ create: "10m" }, { delete: "5m" }] } } },
    });
    // WHEN / THEN both are reported at the block's path
    expectOnlyError(checkConformance(listAsString), "resource.acme_certificate.cert.dns_challenge", /list block must be an object or an array of objects, got string/);
    expectOnlyError(checkConformance(singleTwice), "resource.linode_instance.vm.timeouts", /single block/);
  });

  test("max_items exceeded", () => {
    // GIVEN two http_challenge blocks (max_items 1)
    const json = acmeCertificate({ http_challenge: [{ port: 80 }, { port: 8080 }] });
    // WHEN / THEN the block count is reported
    expectOnlyError(checkConformance(json), "resource.acme_certificate.cert.http_challenge", /at most 1 allowed, got 2/);
  });

  test("list blocks may be an object or an array; nested block arguments are checked", () => {
    // GIVEN a max_items 1 block rendered as an object and a list block with a bad nested argument
    const asObject = acmeCertificate({ http_challenge: { port: 80 }, dns_challenge: [{ provider: "cloudflare", config: { CF_DNS_API_TOKEN: "t" } }] });
    const badNested = acmeCertificate({ dns_challenge: [{ provider: "cloudflare" }, { provider: "route53", config: "x" }] });
    // WHEN / THEN the first is fine and the second is reported at the item's path
    expect(checkConformance(asObject)).toEqual([]);
    expectOnlyError(checkConformance(badNested), "resource.acme_certificate.cert.dns_challenge[1].config", /expected map\(string\)/);
  });

  test("computed-only attribute set", () => {
    // GIVEN a NodeBalancer with its computed hostname set
    const json = stackWith({ resource: { linode_nodebalancer: { nb: { label: "web", hostname: "nb.example.com" } } } });
    // WHEN / THEN it is reported as read-only
    expectOnlyError(checkConformance(json), "resource.linode_nodebalancer.nb.hostname", /computed-only/);
  });

  test("deprecated argument gives a warning, not an error", () => {
    // GIVEN a linode_instance using the deprecated "group" argument
    const json = stackWith({ resource: { linode_instance: { vm: { region: "us-east", group: "web" } } } });
    // WHEN it is checked
    const violations = checkConformance(json);
    // THEN there is exactly one warning and no error
    expectNoErrors(violations);
    expect(warningsOf(violations).map((v) => v.path)).toEqual(["resource.linode_instance.vm.group"]);
    expect(warningsOf(violations)[0].message).toMatch(/deprecated/);
  });
});

describe("providers", () => {
  test("required_providers version mismatch", () => {
    // GIVEN linode pinned to another version, or only loosely constrained
    const wrong = stackWith({ provider: { linode: [{}] } });
    const loose = stackWith({ provider: { linode: [{}] } });
    (wrong["terraform"] as { required_providers: Record<string, { version: string }> }).required_providers.linode.version = "2.36.0";
    (loose["terraform"] as { required_providers: Record<string, { version: string }> }).required_providers.linode.version = "~> 2.37";
    // WHEN / THEN both are reported with the pinned version
    expectOnlyError(checkConformance(wrong), "terraform.required_providers.linode.version", /must pin exactly version "2\.37\.0".*"2\.36\.0"/);
    expectOnlyError(checkConformance(loose), "terraform.required_providers.linode.version", /must pin exactly version "2\.37\.0"/);
  });

  test("required_providers entry missing or with the wrong source", () => {
    // GIVEN an acme_certificate without an acme pin, and linode with a wrong source
    const missing = acmeCertificate({});
    delete (missing["terraform"] as { required_providers: Record<string, unknown> }).required_providers["acme"];
    const wrongSource = stackWith({ provider: { linode: [{}] } });
    (wrongSource["terraform"] as { required_providers: Record<string, { source: string }> }).required_providers.linode.source = "hashicorp/linode";
    // WHEN / THEN each is reported
    expectOnlyError(checkConformance(missing), "terraform.required_providers.acme", /Missing required_providers entry.*vancluever\/acme.*2\.48\.3/);
    expectOnlyError(checkConformance(wrongSource), "terraform.required_providers.linode.source", /must have source "linode\/linode"/);
  });

  test("the builtin terraform provider needs no required_providers entry", () => {
    // GIVEN a terraform_data resource and no required_providers at all
    const json = { resource: { terraform_data: { marker: { input: { any: ["shape"] }, triggers_replace: "${timestamp()}" } } } };
    // WHEN / THEN there are no violations
    expect(checkConformance(json)).toEqual([]);
  });

  test("bad provider configuration argument", () => {
    // GIVEN a linode provider block with a misspelled token, next to a valid aliased one
    const json = stackWith({ provider: { linode: [{ tokn: "${var.token}" }, { alias: "eu", token: "${var.token}" }] } });
    // WHEN / THEN only the misspelled argument is reported
    expectOnlyError(checkConformance(json), "provider.linode[0].tokn", /Unsupported argument.*Did you mean "token"/);
  });

  test("provider configuration required arguments and types are checked", () => {
    // GIVEN an acme provider block without its required server_url, and a linode one with a wrong type
    const noServer = stackWith({ provider: { acme: [{}] } });
    const badType = stackWith({ provider: { linode: [{ event_poll_ms: "soon" }] } });
    // WHEN / THEN each is reported
    expectOnlyError(checkConformance(noServer), "provider.acme[0].server_url", /Missing required argument "server_url"/);
    expectOnlyError(checkConformance(badType), "provider.linode[0].event_poll_ms", /expected number/);
  });
});

describe("interpolations and meta-arguments", () => {
  test("${...} interpolations are accepted for numbers, lists, nested attributes and blocks", () => {
    // GIVEN interpolations wherever a literal of another type would be expected
    const json = stackWith({
      resource: {
        linode_nodebalancer_config: { https: { nodebalancer_id: "${linode_nodebalancer.nb.id}", port: "${var.port}", check_passive: "${var.passive}" } },
        cloudflare_origin_ca_certificate: { origin: { csr: "${tls_cert_request.origin.cert_request_pem}", request_type: "origin-rsa", hostnames: "${var.hostnames}" } },
        cloudflare_dns_record: { www: { zone_id: "${data.cloudflare_zone.zone.zone_id}", name: "www", type: "A", ttl: "${var.ttl}", settings: "${var.settings}" } },
        acme_certificate: { cert: { account_key_pem: "${var.key}", dns_challenge: "${var.challenges}", http_challenge: ["${var.http}"] } },
      },
    });
    // WHEN / THEN there are no violations
    expect(checkConformance(json)).toEqual([]);
  });

  test("Terraform meta-arguments are accepted on resources and data sources", () => {
    // GIVEN resources using count, for_each, depends_on, provider aliases, lifecycle, provisioners,
    //   connection and dynamic blocks, and a data source using count, depends_on and lifecycle conditions
    const json = stackWith({
      provider: { linode: [{}, { alias: "eu", token: "${var.token}" }] },
      resource: {
        linode_nodebalancer: {
          nb: {
            "//": { metadata: { path: "stack/nb", uniqueId: "nb" } },
            count: "${var.replicas}",
            provider: "linode.eu",
            label: "web",
            lifecycle: {
              create_before_destroy: true,
              prevent_destroy: false,
              ignore_changes: ["tags"],
              replace_triggered_by: ["terraform_data.marker"],
              precondition: [{ condition: "${var.replicas > 0}", error_message: "need replicas" }],
              postcondition: [{ condition: "${self.ipv4 != \"\"}", error_message: "no ip" }],
            },
          },
        },
        linode_instance: {
          vm: {
            for_each: "${toset(var.regions)}",
            region: "${each.value}",
            depends_on: ["linode_nodebalancer.nb", "data.cloudflare_ip_ranges.cf"],
            connection: { type: "ssh", host: "${self.ip_address}", user: "root" },
            provisioner: [
              { file: { source: "app.conf", destination: "/etc/app.conf" } },
              { "remote-exec": { inline: ["systemctl restart app"] } },
              { "local-exec": { command: "echo done", when: "destroy" } },
            ],
          },
        },
        linode_firewall: {
          fw: {
            label: "web",
            inbound_policy: "DROP",
            outbound_policy: "ACCEPT",
            dynamic: { inbound: { for_each: "${var.rules}", iterator: "rule", content: { label: "${rule.value.label}", action: "ACCEPT", protocol: "TCP" } } },
          },
        },
        terraform_data: { marker: { input: "x" } },
      },
      data: {
        cloudflare_ip_ranges: {
          cf: { count: 1, depends_on: ["terraform_data.marker"], lifecycle: { postcondition: [{ condition: "${true}", error_message: "x" }] } },
        },
      },
    });
    // WHEN / THEN there are no violations
    expect(checkConformance(json)).toEqual([]);
  });

  test("meta-arguments are checked too", () => {
    // GIVEN a resource-only lifecycle argument on a data source, count with for_each,
    //   an unknown provisioner, an undeclared provider alias and an undeclared dependency
    const cases: Array<[StackJson, string, RegExp]> = [
      [stackWith({ data: { cloudflare_ip_ranges: { cf: { lifecycle: { create_before_destroy: true } } } } }), "data.cloudflare_ip_ranges.cf.lifecycle.create_before_destroy", /Unsupported argument/],
      [stackWith({ resource: { linode_nodebalancer: { nb: { count: 2, for_each: "${var.x}" } } } }), "resource.linode_nodebalancer.nb.count", /count" and "for_each/],
      [stackWith({ resource: { linode_nodebalancer: { nb: { provisioner: [{ "chef-exec": {} }] } } } }), "resource.linode_nodebalancer.nb.provisioner[0].chef-exec", /Unknown provisioner type/],
      [stackWith({ resource: { linode_nodebalancer: { nb: { provider: "linode.eu" } } } }), "resource.linode_nodebalancer.nb.provider", /not declared/],
      [stackWith({ resource: { linode_nodebalancer: { nb: { depends_on: ["linode_instance.vm"] } } } }), "resource.linode_nodebalancer.nb.depends_on[0]", /undeclared resource/],
      [stackWith({ resource: { linode_nodebalancer: { nb: { lifecycle: { ignore_changes: ["tagz"] } } } } }), "resource.linode_nodebalancer.nb.lifecycle.ignore_changes[0]", /Did you mean "tags"/],
    ];
    // WHEN / THEN each is reported at its path
    for (const [json, errorPath, message] of cases) expectOnlyError(checkConformance(json), errorPath, message);
  });
});
