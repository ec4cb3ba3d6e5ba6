/** Pure helpers for DNS names: validation, wildcards and zone membership. */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a DNS name is not valid, or undefined when it is. `allowWildcard` permits one leading `*.` label. */
export function hostnameProblem(name: string, allowWildcard: boolean): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name !== name.toLowerCase()) return "it has upper-case letters (use lower case)";
  if (name.endsWith(".")) return "it ends with a dot (leave the root dot out)";
  if (name.length > 253) return "it is longer than 253 characters";
  const labels = name.split(".");
  if (labels.length < 2) return "it has a single label (use a fully qualified name such as 'www.example.com')";
  const wildcards = labels.filter((l) => l.includes("*"));
  if (wildcards.length > 0) {
    if (!allowWildcard) return "wildcards are not allowed here";
    if (wildcards.length > 1 || labels[0] !== "*") return "a wildcard must be a single leading '*.' label, as in '*.example.com'";
    if (labels.length < 3) return "a wildcard needs a zone below it, as in '*.example.com'";
  }
  for (const label of labels.slice(labels[0] === "*" ? 1 : 0)) {
    if (!LABEL.test(label)) return `label '${label}' is not 1-63 letters, digits or inner hyphens`;
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return "its last label is numeric (an IP address is not a DNS name)";
  return undefined;
}

/** True when `name` is the zone apex or lies below it (`www.example.com` in `example.com`). */
export function isInZone(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

/** The record name of a hostname relative to its zone: `@` for the apex, else the part before the zone. */
export function recordName(name: string, zone: string): string {
  return name === zone ? "@" : name.slice(0, -(zone.length + 1));
}

/**
 * The wildcard among `names` that already covers `name` (`*.example.com` covers `www.example.com`,
 * not `example.com` nor `a.b.example.com`), or undefined.
 */
export function coveringWildcard(name: string, names: readonly string[]): string | undefined {
  if (name.startsWith("*.")) return undefined;
  const parent = name.slice(name.indexOf(".") + 1);
  return names.find((other) => other === `*.${parent}`);
}
