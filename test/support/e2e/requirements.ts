import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { TFSIM_SKIP_REASON } from "../tfsim";

/** The first tool of the end-to-end tests that this machine lacks, if any. */
function missingTool(): string | undefined {
  for (const tool of ["sshd", "nginx", "ip", "unshare", "ssh-keygen", "ssh-keyscan", "ssh-agent", "ssh-add", "openssl"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0) return tool;
  }
  return undefined;
}

/** Why the end-to-end tests cannot run here (root, tfsim, the servers' tools), or undefined when they can. */
export const E2E_SKIP_REASON: string | undefined =
  process.getuid?.() !== 0
    ? "skipped: needs root (network and mount namespaces, sshd)"
    : (TFSIM_SKIP_REASON ?? (missingTool() ? `skipped: ${missingTool()} is not installed (.ci/run installs it)` : undefined));

/** A loopback /24 of the caller's own (`127.a.b`) for the servers' sshd, so that parallel runs never share an address. */
export function loopbackPrefix(): string {
  return `127.${randomInt(16, 250)}.${randomInt(1, 250)}`;
}
