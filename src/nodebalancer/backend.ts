import type { Instance } from "../generated/providers/linode/instance";
import { ipv4InCidr, LINODE_PRIVATE_RANGE, parseIpv4 } from "../private/cidr";
import { checkSshHost, checkSshHostKey } from "../private/ssh";
import { check, isToken } from "../private/validation";

/** Options of a backend given by address. */
export interface BackendAddressOptions {
  /**
   * Node label (3–32 letters, digits, `-`, `_`, `.`); also the stable Terraform id of the node.
   * @default - derived from the address, e.g. `app-192-168-130-10`
   */
  readonly label?: string;
  /**
   * Address the certificate push connects to over SSH (TCP passthrough only).
   * @default - no SSH access
   */
  readonly sshHost?: string;
  /**
   * The server's SSH host public key (`ssh-ed25519 AAAA...`), so that the certificate push
   * verifies the server before it sends the private key. A new key (a rebuilt server) re-runs the push.
   * @default - the host key is not verified
   */
  readonly sshHostKey?: string;
  /**
   * Linode ID of the server, so that the backend firewall can be attached to it. It also identifies
   * the server to the certificate push: another Linode at the same address is pushed to again.
   * @default - the firewall is not attached to this server
   */
  readonly linodeId?: string;
}

/** Options of a backend given as a Linode instance. */
export interface BackendInstanceOptions {
  /**
   * Node label (3–32 letters, digits, `-`, `_`, `.`); also the stable Terraform id of the node.
   * @default - the instance construct's id
   */
  readonly label?: string;
}

const LABEL = /^[A-Za-z0-9_.-]{3,32}$/;

/** An app server behind the NodeBalancer, reached on its private IPv4 address. */
export class Backend {
  /**
   * A server by its private IPv4 address (192.168.128.0/17, same region as the NodeBalancer).
   */
  public static fromAddress(privateIpv4: string, options: BackendAddressOptions = {}): Backend {
    const where = "Backend.fromAddress";
    if (!isToken(privateIpv4)) {
      check(parseIpv4(privateIpv4) !== undefined, where, "privateIpv4", privateIpv4, "Give an IPv4 address without port, such as '192.168.130.10'; the port comes from the config.");
      check(ipv4InCidr(privateIpv4, LINODE_PRIVATE_RANGE), where, "privateIpv4", privateIpv4, `NodeBalancers reach backends on their private address in ${LINODE_PRIVATE_RANGE}: give the server's private IPv4.`);
    }
    const label = options.label ?? (isToken(privateIpv4) ? undefined : `app-${privateIpv4.replace(/\./g, "-")}`);
    check(label !== undefined, where, "label", label, "A backend whose address is a reference needs a 'label'.");
    checkSshHost(where, "sshHost", options.sshHost);
    checkSshHostKey(where, "sshHostKey", options.sshHostKey);
    return new Backend(validLabel(where, label!), privateIpv4, options.sshHost, options.linodeId, options.sshHostKey);
  }

  /** A Linode instance with a private IP (`private_ip = true`); SSH goes to its public IPv4. */
  public static fromInstance(instance: Instance, options: BackendInstanceOptions = {}): Backend {
    const label = validLabel("Backend.fromInstance", options.label ?? instance.node.id);
    return new Backend(label, instance.privateIpAddress, instance.ipAddress, instance.id);
  }

  protected constructor(
    /** Node label and stable id. */
    public readonly label: string,
    /** Private IPv4 address the NodeBalancer connects to. */
    public readonly privateIpv4: string,
    /** Address for SSH, if any. */
    public readonly sshHost: string | undefined,
    /** Linode ID, if known. */
    public readonly linodeId: string | undefined,
    /** SSH host public key, if pinned. */
    public readonly sshHostKey?: string,
  ) {}
}

function validLabel(where: string, label: string): string {
  check(!isToken(label) && LABEL.test(label), where, "label", label, "Use a literal of 3-32 letters, digits, '-', '_' or '.'.");
  return label;
}
