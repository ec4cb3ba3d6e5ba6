/**
 * Go's `encoding/json` decoding into the two structs the CCM v0.9.8 reads its JSON annotations
 * into, as far as the CCM's behaviour depends on it: keys match field names exactly or else
 * case-insensitively, unknown keys are dropped, `null` leaves a string unchanged and sets a list or
 * a pointer to nil, and a value of the wrong JSON type gives Go's `UnmarshalTypeError` text.
 */

/** A Go struct type: its `package.Name` and its fields by JSON name. */
export interface GoStruct {
  readonly name: string;
  readonly fields: Readonly<Record<string, "string" | "[]string" | GoStruct>>;
}

/** `portConfigAnnotation` in `cloud/linode/loadbalancers.go` (every field a string, `udp-check-port` too). */
export const PORT_CONFIG_ANNOTATION: GoStruct = {
  name: "linode.portConfigAnnotation",
  fields: { "tls-secret-name": "string", protocol: "string", "proxy-protocol": "string", algorithm: "string", stickiness: "string", "udp-check-port": "string" },
};

const NETWORK_ADDRESSES: GoStruct = { name: "linodego.NetworkAddresses", fields: { ipv4: "[]string", ipv6: "[]string" } };

/** `aclConfig` in `cloud/linode/services/firewalls.go`. */
export const ACL_CONFIG: GoStruct = { name: "services.aclConfig", fields: { allowList: NETWORK_ADDRESSES, denyList: NETWORK_ADDRESSES } };

/** A decoded struct: the fields that were set, by JSON name (nested structs as objects). */
export type GoValue = { readonly [field: string]: string | string[] | GoValue };

/** `json.Unmarshal(text, &value)`: the decoded fields, or Go's error text. */
export function goUnmarshal(text: string, type: GoStruct): { value: GoValue } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: syntaxError(text, (error as Error).message) };
  }
  const errors: string[] = [];
  const value = decode(parsed, type, [], undefined, errors) as GoValue | undefined;
  return errors.length > 0 ? { error: errors[0] } : { value: value ?? {} };
}

function decode(value: unknown, kind: GoStruct["fields"][string], path: string[], struct: string | undefined, errors: string[]): unknown {
  if (value === null) return undefined;
  const mismatch = () => {
    const type = typeof kind === "string" ? kind : kind.name;
    const into = struct === undefined ? `Go value of type ${type}` : `Go struct field ${struct}.${path.join(".")} of type ${type}`;
    errors.push(`json: cannot unmarshal ${jsonKind(value)} into ${into}`);
    return undefined;
  };
  if (kind === "string") return typeof value === "string" ? value : mismatch();
  if (kind === "[]string") return Array.isArray(value) ? value.map((item) => (item === null ? "" : decode(item, "string", path, struct, errors))) : mismatch();
  if (typeof value !== "object" || Array.isArray(value)) return mismatch();
  const names = Object.keys(kind.fields);
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const field = names.find((name) => name === key) ?? names.find((name) => name.toLowerCase() === key.toLowerCase());
    if (field === undefined) continue;
    const decoded = decode(member, kind.fields[field], [...path, field], kind.name.split(".")[1], errors);
    if (decoded !== undefined) out[field] = decoded;
    else if (member === null && kind.fields[field] !== "string") delete out[field];
  }
  return out;
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return "array";
  return typeof value === "boolean" ? "bool" : typeof value;
}

/**
 * Go's syntax error for text `JSON.parse` refused: "unexpected end of JSON input" for cut-off text;
 * otherwise Go's "invalid character 'c'" (Go goes on with where it met it, which is left out here).
 */
function syntaxError(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : undefined;
  if (/end of JSON input/.test(message) || (at !== undefined && at >= text.trimEnd().length)) return "unexpected end of JSON input";
  const character = at !== undefined ? text[at] : (/Unexpected token '(.)'/.exec(message)?.[1] ?? "?");
  return `invalid character '${character}'`;
}
