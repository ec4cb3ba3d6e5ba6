import type { IConstruct } from "constructs";
import { isIpv6, parseIpv4 } from "./cidr";
import { hostnameProblem } from "./hostname";
import { check, isToken } from "./validation";

/** An OpenSSH public host key on one line: `ssh-ed25519 AAAA...` with an optional comment. */
const HOST_KEY = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( \S+)?$/;

/** A POSIX user name (as `useradd` accepts it). */
const USER = /^[a-z_][a-z0-9_-]*\$?$/;

/** Checks an address SSH connects to: IPv4, IPv6 (without port) or a DNS name; tokens pass. */
export function checkSshHost(scope: IConstruct | string, prop: string, host: string | undefined): void {
  if (host === undefined || isToken(host)) return;
  const ok = parseIpv4(host) !== undefined || isIpv6(host) || hostnameProblem(host, false) === undefined;
  check(ok, scope, prop, host, "Give the address SSH connects to: an IPv4 or IPv6 address (without port) or a DNS name, such as '198.51.100.10'.");
}

/** Checks a public host key given as one line; tokens pass. */
export function checkSshHostKey(scope: IConstruct | string, prop: string, hostKey: string | undefined): void {
  check(
    hostKey === undefined || isToken(hostKey) || HOST_KEY.test(hostKey),
    scope,
    prop,
    hostKey,
    "Give the server's public host key as one line, such as the content of /etc/ssh/ssh_host_ed25519_key.pub ('ssh-ed25519 AAAA...').",
  );
}

/** Checks an SSH user name; tokens pass. */
export function checkSshUser(scope: IConstruct | string, prop: string, user: string | undefined): void {
  check(user === undefined || isToken(user) || USER.test(user), scope, prop, user, "Use a user name such as 'root' or 'deploy'.");
}
