import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { Instance } from "../generated/providers/linode/instance";
import { Backend } from "../nodebalancer/backend";
import { check, checkInteger, checkNotEmpty, checkRegion, isToken } from "../private/validation";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const instanceBinding = (): typeof import("../generated/providers/linode/instance") => require("../generated/providers/linode/instance");

/** Props of {@link AppServers}. */
export interface AppServersProps {
  /** The Linode region; the same as the NodeBalancer's, e.g. `us-east`. */
  readonly region: string;
  /** How many servers (1–1000); servers are added and removed at the end of the list. */
  readonly count: number;
  /**
   * OpenSSH public keys authorized for root, e.g. a `TerraformVariable`'s value or
   * `"ssh-ed25519 AAAA... ops@example.com"`. At least one; the push logs in with its private half.
   */
  readonly authorizedKeys: readonly string[];
  /**
   * Linode plan.
   * @default "g6-standard-1"
   */
  readonly type?: string;
  /**
   * Image; it must ship cloud-init when `userData` is given.
   * @default "linode/ubuntu24.04"
   */
  readonly image?: string;
  /**
   * Prefix of the server labels: servers are `<prefix>-1`, `<prefix>-2`, ... (unique in the account);
   * these are also the backends' node labels.
   * @default - the construct's id
   */
  readonly labelPrefix?: string;
  /**
   * cloud-init user data (plain text; it is base64-encoded here), e.g. a `#cloud-config` that installs
   * the web server and seeds a first certificate. Text that embeds references cannot hold double
   * quotes: build it with `Fn.yamlencode(...)` or `Fn.templatefile(...)`. Needs a region with the
   * Metadata service. It runs
   * at first boot only, and the provider would replace a server whenever it changes (on every
   * renewal, if it holds the certificate), so later changes are ignored: renewals reach the servers
   * through the certificate push, and new user data through a deliberate `terraform apply -replace`.
   * @default - no user data
   * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/instance#metadata
   */
  readonly userData?: string;
  /**
   * Tags of the servers.
   * @default - none
   */
  readonly tags?: readonly string[];
}

const PUBLIC_KEY = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\n]*)?$/;
const LABEL_PREFIX = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9]))*$/;
/** Backend (node) labels are at most 32 characters. */
const MAX_LABEL = 32;

/**
 * Linode instances to put behind a NodeBalancer: each with a private IPv4 (`private_ip = true`),
 * root login with the authorized SSH keys (no root password is set in the configuration), and
 * optional cloud-init user data. {@link AppServers.backends} feeds a site's `backends`.
 * @see https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/instance
 */
export class AppServers extends Construct {
  /** The servers, in label order (`<prefix>-1` first). */
  public readonly instances: readonly Instance[];
  /** The servers as backends: private IPv4 for the NodeBalancer, public IPv4 for SSH, Linode ID for the firewall. */
  public readonly backends: readonly Backend[];

  constructor(scope: Construct, id: string, props: AppServersProps) {
    super(scope, id);
    checkRegion(this, "region", props.region);
    check(!isToken(props.count), this, "count", props.count, "Use a literal number: each server is a resource with its own address.");
    checkInteger(this, "count", props.count, 1, 1000);
    checkNotEmpty(this, "authorizedKeys", props.authorizedKeys, "Give at least one OpenSSH public key, such as 'ssh-ed25519 AAAA... ops@example.com'.");
    props.authorizedKeys.forEach((key, i) => checkPublicKey(this, `authorizedKeys[${i}]`, key));
    if (props.userData !== undefined && !isToken(props.userData)) {
      check(!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(props.userData), this, "userData", "user data with a literal private key", "Reference the key (e.g. an AcmeCertificate's privateKeyPem inside a template) so that it never appears in the synthesized files.");
    }
    const prefix = props.labelPrefix ?? id;
    const longest = `${prefix}-${props.count}`;
    check(LABEL_PREFIX.test(prefix) && longest.length <= MAX_LABEL, this, "labelPrefix", prefix, `Use letters and digits, with single '-', '_' or '.' between them, short enough for '${longest}' to fit in ${MAX_LABEL} characters.`);

    const servers = Array.from({ length: props.count }, (_, i) => {
      const label = `${prefix}-${i + 1}`;
      // The id does not follow the label, so that a new prefix renames the servers in place.
      const instance = new (instanceBinding().Instance)(this, `Server${i + 1}`, {
        region: props.region,
        label,
        type: props.type ?? "g6-standard-1",
        image: props.image ?? "linode/ubuntu24.04",
        privateIp: true,
        authorizedKeys: [...props.authorizedKeys],
        metadata: props.userData === undefined ? undefined : [{ userData: base64UserData(props.userData) }],
        tags: props.tags ? [...props.tags] : undefined,
        lifecycle: props.userData === undefined ? undefined : { ignoreChanges: ["metadata"] },
      });
      return { instance, backend: Backend.fromInstance(instance, { label }) };
    });
    this.instances = servers.map((s) => s.instance);
    this.backends = servers.map((s) => s.backend);
  }
}

/** base64encode() of the user data; literal text is escaped so that quotes and `${` stay literal. */
function base64UserData(userData: string): string {
  return Fn.base64encode(isToken(userData) ? userData : Fn.rawString(userData));
}

function checkPublicKey(scope: Construct, prop: string, key: string): void {
  if (isToken(key)) return;
  check(!key.includes("PRIVATE KEY"), scope, prop, "a literal private key", "Give the public key (the '.pub' file), never the private key.");
  check(PUBLIC_KEY.test(key.trim()), scope, prop, "a literal that is not an OpenSSH public key (not shown)", "Give an OpenSSH public key on one line, such as 'ssh-ed25519 AAAA... ops@example.com', or a reference to one.");
}
