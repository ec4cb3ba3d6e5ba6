import type { Instance } from "../generated/providers/linode/instance";
import { ipv4InCidr, isIpv6, LINODE_PRIVATE_RANGE, parseIpv4 } from "../private/cidr";
import { hostnameProblem } from "../private/hostname";
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
   * verifies the server before it sends the private key.
   * @default - the host key is not verified
   */
  readonly sshHostKey?: string;
  /**
   * Linode ID of the server, so that the backend firewall can be attached to it.
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

const HOST_KEY = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( \S+)?$/;
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
    const sshHost = options.sshHost;
    if (sshHost !== undefined && !isToken(sshHost)) {
      const ok = parseIpv4(sshHost) !== undefined || isIpv6(sshHost) || hostnameProblem(sshHost, false) === undefined;
      check(ok, where, "sshHost", sshHost, "Give the address SSH connects to: an IPv4 or IPv6 address (without port) or a DNS name, such as '198.51.100.10'.");
    }
    const hostKey = options.sshHostKey;
    check(hostKey === undefined || isToken(hostKey) || HOST_KEY.test(hostKey), where, "sshHostKey", hostKey, "Give the server's public host key as one line, such as the content of /etc/ssh/ssh_host_ed25519_key.pub ('ssh-ed25519 AAAA...').");
    return new Backend(validLabel(where, label!), privateIpv4, options.sshHost, options.linodeId, hostKey);
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
