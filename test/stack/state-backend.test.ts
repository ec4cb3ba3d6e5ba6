import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LocalBackend, TerraformBackend, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import {
  StateBackend,
  type LinodeObjectStorageBackendProps,
  type RemoteStateBackendProps,
} from "../../src/stack/state-backend";

function stackWith(backend: StateBackend, name = "prod"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), name);
  new TerraformOutput(stack, "answer", { value: 42 });
  backend.bind(stack);
  return stack;
}

function terraformBlock(stack: TerraformStack): Record<string, unknown> {
  return JSON.parse(Testing.synth(stack)).terraform as Record<string, unknown>;
}

const REPO = resolve(__dirname, "../..");
const S3_OK: LinodeObjectStorageBackendProps = { bucket: "tfstate", key: "nodebalancer/prod.tfstate", region: "us-east-1" };
const REMOTE_OK: RemoteStateBackendProps = { organization: "acme", workspace: "nodebalancer-prod" };

describe("StateBackend.local", () => {
  it("defaults to a relative terraform.<stack>.tfstate", () => {
    expect(terraformBlock(stackWith(StateBackend.local(), "edge")).backend).toEqual({
      local: { path: "terraform.edge.tfstate" },
    });
  });

  it("takes a relative path", () => {
    expect(terraformBlock(stackWith(StateBackend.local({ path: "state/prod.tfstate" }))).backend).toEqual({
      local: { path: "state/prod.tfstate" },
    });
  });

  it("with the default path, one instance serves several stacks, each with its own file", () => {
    const backend = StateBackend.local();
    const app = Testing.app();
    const a = new TerraformStack(app, "a");
    const b = new TerraformStack(app, "b");
    backend.bind(a);
    backend.bind(b);
    expect(terraformBlock(a).backend).toEqual({ local: { path: "terraform.a.tfstate" } });
    expect(terraformBlock(b).backend).toEqual({ local: { path: "terraform.b.tfstate" } });
  });

  it.each([["/var/state/x.tfstate"], ["C:\\state\\x.tfstate"], [""], ["  "]])("rejects path %j", (path) => {
    expect(() => StateBackend.local({ path })).toThrow(/^StateBackend\.local: invalid 'path': received .*relative/);
  });

  it("names the value received", () => {
    expect(() => StateBackend.local({ path: "/abs.tfstate" })).toThrow(`invalid 'path': received "/abs.tfstate"`);
  });
});

describe("StateBackend.linodeObjectStorage", () => {
  const LINODE_FLAGS = {
    skip_credentials_validation: true,
    skip_metadata_api_check: true,
    skip_region_validation: true,
    skip_requesting_account_id: true,
    skip_s3_checksum: true,
    use_path_style: true,
  };

  it("synthesizes an S3 backend pointed at the region's endpoint, with an S3 lock file", () => {
    const terraform = terraformBlock(stackWith(StateBackend.linodeObjectStorage(S3_OK)));
    expect(terraform.backend).toEqual({
      s3: {
        bucket: "tfstate",
        key: "nodebalancer/prod.tfstate",
        region: "us-east-1",
        endpoints: { s3: "https://us-east-1.linodeobjects.com" },
        use_lockfile: true,
        ...LINODE_FLAGS,
      },
    });
  });

  it("takes a custom endpoint and can turn the lock file off", () => {
    const backend = StateBackend.linodeObjectStorage({
      bucket: "my.state-bucket",
      key: "a/b/c.tfstate",
      region: "us-ord-1",
      endpoint: "https://objects.example.net",
      useLockfile: false,
    });
    expect(terraformBlock(stackWith(backend)).backend).toEqual({
      s3: {
        bucket: "my.state-bucket",
        key: "a/b/c.tfstate",
        region: "us-ord-1",
        endpoints: { s3: "https://objects.example.net" },
        ...LINODE_FLAGS,
      },
    });
  });

  it("writes use_lockfile into HCL output too", () => {
    const stack = stackWith(StateBackend.linodeObjectStorage(S3_OK));
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toMatch(/backend "s3" \{\n[^]*?\nuse_lockfile = true\n\}/);
    expect(hcl).not.toMatch(/access_key|secret_key/);
  });

  it("never puts credentials in the configuration", () => {
    const json = Testing.synth(stackWith(StateBackend.linodeObjectStorage(S3_OK)));
    expect(json).not.toMatch(/access_key|secret_key|token/);
    const withSecret = { ...S3_OK, secretKey: "hunter2" } as LinodeObjectStorageBackendProps;
    expect(() => StateBackend.linodeObjectStorage(withSecret)).toThrow(
      /StateBackend\.linodeObjectStorage: prop "secretKey" is not accepted.*AWS_SECRET_ACCESS_KEY/,
    );
  });

  it.each<[string, Partial<LinodeObjectStorageBackendProps>, RegExp]>([
    ["empty bucket", { bucket: "" }, /invalid 'bucket': received ""\. Must name an existing Object Storage bucket/],
    ["uppercase bucket", { bucket: "TfState" }, /invalid 'bucket': received "TfState"\. Must be 3-63 lowercase/],
    ["empty key", { key: " " }, /invalid 'key': received " "\. Must be the state object's key/],
    ["key with leading slash", { key: "/prod.tfstate" }, /invalid 'key': received "\/prod.tfstate"\. Must not start or end with '\/'/],
    ["key with trailing slash", { key: "prod/" }, /invalid 'key': received "prod\/"\. Must not start or end/],
    ["compute region instead of cluster", { region: "us-east" }, /invalid 'region': received "us-east"\. .*did you mean "us-east-1"\?/],
    ["free-text region", { region: "Newark" }, /invalid 'region': received "Newark"\. Must be an Object Storage cluster\/region id/],
    ["http endpoint", { endpoint: "http://us-east-1.linodeobjects.com" }, /invalid 'endpoint': received "http:\/\/us-east-1.linodeobjects.com"\. Must be an https:\/\/ URL/],
    ["endpoint without scheme", { endpoint: "us-east-1.linodeobjects.com" }, /invalid 'endpoint': received .*Must be an https:\/\/ URL/],
  ])("rejects %s", (_name, override, message) => {
    const props = { ...S3_OK, ...override };
    expect(() => StateBackend.linodeObjectStorage(props)).toThrow(/^StateBackend\.linodeObjectStorage: /);
    expect(() => StateBackend.linodeObjectStorage(props)).toThrow(message);
  });

  it("refuses to share one key between two stacks", () => {
    const backend = StateBackend.linodeObjectStorage(S3_OK);
    const app = Testing.app();
    backend.bind(new TerraformStack(app, "a"));
    expect(() => backend.bind(new TerraformStack(app, "b"))).toThrow(/already bound to stack "a".*share one state/);
  });
});

describe("StateBackend.remote", () => {
  it("synthesizes a cloud block for a named HCP Terraform workspace", () => {
    const terraform = terraformBlock(stackWith(StateBackend.remote(REMOTE_OK)));
    expect(terraform.backend).toBeUndefined();
    expect(terraform.cloud).toEqual({
      hostname: "app.terraform.io",
      organization: "acme",
      workspaces: { name: "nodebalancer-prod" },
    });
  });

  it("takes a Terraform Enterprise hostname", () => {
    const terraform = terraformBlock(stackWith(StateBackend.remote({ ...REMOTE_OK, hostname: "tfe.example.com" })));
    expect(terraform.cloud).toEqual({
      hostname: "tfe.example.com",
      organization: "acme",
      workspaces: { name: "nodebalancer-prod" },
    });
  });

  it.each<[string, Partial<RemoteStateBackendProps>, RegExp]>([
    ["empty organization", { organization: "" }, /invalid 'organization': received ""\. Must be the HCP Terraform organization name/],
    ["empty workspace", { workspace: "" }, /invalid 'workspace': received ""\. Must be the workspace name/],
    ["workspace with spaces", { workspace: "node balancer" }, /invalid 'workspace': received "node balancer"\. May contain only/],
    ["hostname with scheme", { hostname: "https://app.terraform.io" }, /invalid 'hostname': received "https:\/\/app.terraform.io"\. Must be a bare hostname/],
  ])("rejects %s", (_name, override, message) => {
    const props = { ...REMOTE_OK, ...override };
    expect(() => StateBackend.remote(props)).toThrow(/^StateBackend\.remote: /);
    expect(() => StateBackend.remote(props)).toThrow(message);
  });

  it("rejects a token prop", () => {
    const withToken = { ...REMOTE_OK, token: "abc" } as RemoteStateBackendProps;
    expect(() => StateBackend.remote(withToken)).toThrow(/prop "token" is not accepted.*TF_TOKEN_app_terraform_io/);
  });
});

describe("bind", () => {
  it("refuses a second backend on one stack", () => {
    const stack = new TerraformStack(Testing.app(), "prod");
    new LocalBackend(stack, { path: "x.tfstate" });
    expect(() => StateBackend.remote(REMOTE_OK).bind(stack)).toThrow(/stack "prod" already has a backend \(prod\/backend\)/);
  });
});

describe("one state location per stack of an app", () => {
  /** Two stacks of one app, bound then synthesized with validations; returns the error (of the second's bind, or of synth), if any. */
  function secondStackError(first: StateBackend, second: StateBackend): string | undefined {
    try {
      const app = Testing.app();
      first.bind(new TerraformStack(app, "prod"));
      const staging = new TerraformStack(app, "staging");
      second.bind(staging);
      Testing.synth(staging, true);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it("refuses the second stack's bind itself, before any synth, so that no stack's files are written", () => {
    const app = Testing.app();
    StateBackend.linodeObjectStorage(S3_OK).bind(new TerraformStack(app, "prod"));
    const staging = new TerraformStack(app, "staging");
    expect(() => StateBackend.linodeObjectStorage(S3_OK).bind(staging)).toThrow(/^staging: invalid 'key'/);
    // and the refused stack got no backend
    expect(staging.node.findAll().some((c) => TerraformBackend.isBackend(c))).toBe(false);
  });

  it("a user's app with two SiteStacks on one bucket and key fails before anything is written to its output folder", () => {
    // GIVEN an app, run as `cdktf synth` runs it, whose second stack names the first one's state
    const dir = mkdtempSync(join(tmpdir(), "shared-state-"));
    try {
      const src = join(REPO, "src");
      symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir"); // "cdktf" as the project's own
      writeFileSync(
        join(dir, "main.ts"),
        [
          `import { App } from "cdktf";`,
          `import { AcmeDnsChallenge, Backend, SiteStack, SiteTls, StateBackend } from ${JSON.stringify(src)};`,
          `const app = new App({ stackTraces: false });`,
          `for (const name of ["prod", "staging"]) {`,
          `  const stack = new SiteStack(app, name, { backend: StateBackend.linodeObjectStorage(${JSON.stringify(S3_OK)}) });`,
          `  stack.addSite({ domainNames: ["www.example.com"], region: "us-east", backends: [Backend.fromAddress("192.168.130.10", { label: "app-1" })],`,
          `    tls: SiteTls.terminateAtLoadBalancer({ dnsChallenge: AcmeDnsChallenge.linode(), email: "ops@example.com" }) });`,
          `}`,
          `app.synth();`,
        ].join("\n"),
      );
      const out = join(dir, "cdktf.out");
      const loader = pathToFileURL(join(REPO, "node_modules", "tsx", "dist", "loader.mjs")).href;
      // WHEN it runs
      const r = spawnSync(process.execPath, ["--import", loader, "main.ts"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, CDKTF_OUTDIR: out, CHECKPOINT_DISABLE: "1" },
      });
      // THEN it fails naming both stacks, and the output folder holds no file: not even the first
      // stack's (only the empty stacks/ folder that cdktf's `new App()` makes)
      expect(r.status, r.stdout).not.toBe(0);
      expect(r.stderr).toMatch(/staging: invalid 'key': received "nodebalancer\/prod.tfstate"\. Stack 'prod' keeps its state/);
      const entries = existsSync(out) ? readdirSync(out, { recursive: true, withFileTypes: true }) : [];
      expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
      expect(entries.map((e) => e.name)).toEqual(["stacks"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses two stacks on one bucket and key, naming the other stack and a free key", () => {
    expect(secondStackError(StateBackend.linodeObjectStorage(S3_OK), StateBackend.linodeObjectStorage(S3_OK))).toMatch(
      /staging: invalid 'key': received "nodebalancer\/prod.tfstate"\. Stack 'prod' keeps its state in bucket "tfstate" under key "nodebalancer\/prod.tfstate" too.*"nodebalancer\/staging.tfstate"/,
    );
  });

  it("accepts two stacks with their own keys, or their own buckets", () => {
    expect(secondStackError(StateBackend.linodeObjectStorage(S3_OK), StateBackend.linodeObjectStorage({ ...S3_OK, key: "nodebalancer/staging.tfstate" }))).toBeUndefined();
    expect(secondStackError(StateBackend.linodeObjectStorage(S3_OK), StateBackend.linodeObjectStorage({ ...S3_OK, bucket: "tfstate-staging" }))).toBeUndefined();
  });

  it("refuses two stacks on one HCP Terraform workspace, accepts two workspaces", () => {
    expect(secondStackError(StateBackend.remote(REMOTE_OK), StateBackend.remote(REMOTE_OK))).toMatch(/staging: invalid 'workspace': received "nodebalancer-prod"/);
    expect(secondStackError(StateBackend.remote(REMOTE_OK), StateBackend.remote({ ...REMOTE_OK, workspace: "nodebalancer-staging" }))).toBeUndefined();
  });

  it("accepts the same relative local path in two stacks: each stack has its own directory", () => {
    expect(secondStackError(StateBackend.local({ path: "state.tfstate" }), StateBackend.local({ path: "state.tfstate" }))).toBeUndefined();
  });
});
