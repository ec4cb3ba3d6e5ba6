import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/** Runs `ip` (as root); throws with its stderr on failure. */
function ip(args: readonly string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"], timeout: 10_000 });
}

/** The NodeBalancer side: where it connects from, as Linode NodeBalancers do (192.168.255.0/24). */
export const NODEBALANCER_ADDRESS = "192.168.255.5";
/** A sender outside the NodeBalancers' range, whose PROXY header must not be believed. */
export const UNTRUSTED_SENDER_ADDRESS = "192.168.254.9";
/** The visitor's address, as the PROXY header reports it. */
export const CLIENT_ADDRESS = "203.0.113.7";

/**
 * Network namespaces this test creates and deletes, so that nothing it sends leaves the machine:
 * `lb` holds the PROXY sender ("the NodeBalancer") and the clients; each backend has its own
 * namespace (its web server binds 80 and 443 there, as on a real server), joined to `lb` by a veth
 * pair on the backend's private address. Names carry a random tag so that parallel runs never meet.
 */
export class SiteNetwork {
  /** The namespace of the PROXY sender and the clients. */
  public readonly lb: string;
  private readonly tag = randomBytes(3).toString("hex");
  private readonly namespaces: string[] = [];
  private links = 0;

  constructor() {
    this.lb = this.namespace("lb");
    ip(["-n", this.lb, "addr", "add", `${CLIENT_ADDRESS}/32`, "dev", "lo"]);
    ip(["-n", this.lb, "addr", "add", `${UNTRUSTED_SENDER_ADDRESS}/32`, "dev", "lo"]);
  }

  /** A backend's namespace, reachable from `lb` at `privateIpv4`. */
  public addBackend(privateIpv4: string): string {
    const ns = this.namespace(`app${this.namespaces.length}`);
    const n = ++this.links;
    const [lbEnd, appEnd] = [`v${this.tag}l${n}`, `v${this.tag}a${n}`];
    ip(["link", "add", lbEnd, "netns", this.lb, "type", "veth", "peer", "name", appEnd, "netns", ns]);
    for (const address of [NODEBALANCER_ADDRESS, UNTRUSTED_SENDER_ADDRESS]) ip(["-n", this.lb, "addr", "add", `${address}/32`, "dev", lbEnd]);
    ip(["-n", this.lb, "link", "set", lbEnd, "up"]);
    ip(["-n", this.lb, "route", "add", `${privateIpv4}/32`, "dev", lbEnd, "src", NODEBALANCER_ADDRESS]);
    ip(["-n", ns, "addr", "add", `${privateIpv4}/32`, "dev", appEnd]);
    ip(["-n", ns, "link", "set", appEnd, "up"]);
    for (const range of ["192.168.255.0/24", "192.168.254.0/24"]) ip(["-n", ns, "route", "add", range, "dev", appEnd]);
    return ns;
  }

  /** Deletes every namespace it made (their veth pairs go with them). */
  public dispose(): void {
    for (const ns of this.namespaces.reverse()) {
      try {
        ip(["netns", "delete", ns]);
      } catch {
        // already gone
      }
    }
  }

  private namespace(role: string): string {
    const name = `nbssl12-${this.tag}-${role}`;
    ip(["netns", "add", name]);
    this.namespaces.push(name);
    ip(["-n", name, "link", "set", "lo", "up"]);
    return name;
  }
}
