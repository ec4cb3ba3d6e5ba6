import { packagedBlockMap, type BlockMap, type BlockNode, type BlockTree } from "./block-map";

export type { BlockMap, BlockNode, BlockTree } from "./block-map";

/** Options of {@link renderHcl}. */
export interface RenderHclOptions {
  /**
   * Lay the text out canonically, as `terraform fmt` does (the `=` of consecutive arguments
   * aligned), in process: the same bytes with or without terraform on PATH. Without it, each
   * argument is written `name = value`; the text is valid HCL either way.
   * @default true
   */
  readonly format?: boolean;
  /**
   * Which blocks each resource, data source and provider type has.
   * @default the package's `schemas/blocks.json` (linode, acme, tls, cloudflare at their pinned versions, and terraform's builtin types)
   */
  readonly blockMap?: BlockMap;
}

/**
 * Renders a synthesized cdktf stack (what `stack.toTerraform()` returns and `cdk.tf.json` holds)
 * as Terraform native syntax (HCL) with the same meaning. cdktf's `"//"` metadata keys are ignored.
 *
 * - Every JSON string is a template in both syntaxes; it becomes a quoted HCL template with `"`,
 *   `\`, newlines and control characters escaped outside `${...}` / `%{...}` sequences, which are
 *   copied verbatim (`$${` and `%%{` stay literal escapes). A string that is one interpolation,
 *   `"${expr}"`, is written as the bare `expr`. Where Terraform evaluates JSON without a context
 *   and takes strings literally (variable `default`, `description`s, the `terraform` block, module
 *   `source`/`version`, provider `alias`), `${` and `%{` are escaped instead.
 * - References that Terraform reads as traversals (`depends_on`, `provider`, lifecycle
 *   `ignore_changes` / `replace_triggered_by`, `moved`, `import.to`, module `providers`) and
 *   keywords (`ignore_changes = all`, provisioner `when` / `on_failure`, variable `type`) are bare.
 * - Blocks versus attributes come from the block map: a key the type's schema lists as a block
 *   type is written as block(s) (a JSON object is one block, an array one block per element);
 *   everything else, nested-type attributes such as Cloudflare v5's `filter` included, is an
 *   attribute. For a type the map does not know (another provider), an object or a non-empty
 *   list of objects is taken for block(s) and anything else for an attribute: a map-typed
 *   attribute (`tags = {...}`) of such a type would come out as a block, so check those.
 * - Meta-arguments: `count`, `for_each`, `lifecycle`, `provisioner "type" {...}` blocks in order
 *   with their `connection`, a resource's `connection` and cdktf's `dynamic` blocks.
 *
 * Output is deterministic and needs no terraform (keys sorted; provisioners and list-nested blocks
 * keep their order; with `format`, laid out as `terraform fmt` lays it out).
 *
 * @throws Error on input that has no HCL form (an unknown top-level key, an attribute name that
 * is not an identifier, a malformed reference or template)
 */
export function renderHcl(config: unknown, options: RenderHclOptions = {}): string {
  return new Renderer(options.blockMap ?? packagedBlockMap(), options.format !== false).render(config);
}

// ---------------------------------------------------------------------------------------------
// Strings

type Mode = "template" | "literal";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Object keys written bare: identifiers without `-` (`app-1` is an identifier too, but reads like a subtraction). */
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Identifiers that would not read as a literal object key. */
const RESERVED_KEYS = new Set(["true", "false", "null", "for", "in", "if"]);

function escapeChar(c: string): string {
  switch (c) {
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    default: {
      const code = c.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, "0")}` : c;
    }
  }
}

/**
 * Index just past the `}` that closes the interpolation or directive whose body starts at `i`
 * (after `${` or `%{`): brace depth, with nested quoted strings (and their own templates) skipped.
 */
function endOfSequence(s: string, i: number, where: string): number {
  let depth = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      i = endOfQuoted(s, i + 1, where);
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i + 1;
      depth--;
    }
    i++;
  }
  throw new Error(`renderHcl: unterminated template sequence in ${where}: ${JSON.stringify(s)}`);
}

/** Index just past the `"` closing a quoted string (inside an interpolation) whose content starts at `i`. */
function endOfQuoted(s: string, i: number, where: string): number {
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else if (s.startsWith("$${", i) || s.startsWith("%%{", i)) i += 3;
    else if (s.startsWith("${", i) || s.startsWith("%{", i)) i = endOfSequence(s, i + 2, where);
    else i++;
  }
  throw new Error(`renderHcl: unterminated quoted string inside a template sequence in ${where}: ${JSON.stringify(s)}`);
}

/** A JSON template string as an HCL quoted template: literal parts escaped, sequences verbatim. */
export function quoteTemplate(s: string, where = "a string"): string {
  let out = '"';
  let i = 0;
  while (i < s.length) {
    if (s.startsWith("$${", i) || s.startsWith("%%{", i)) {
      out += s.slice(i, i + 3);
      i += 3;
    } else if (s.startsWith("${", i) || s.startsWith("%{", i)) {
      const end = endOfSequence(s, i + 2, where);
      out += s.slice(i, end);
      i = end;
    } else {
      out += escapeChar(s[i]);
      i++;
    }
  }
  return `${out}"`;
}

/** A string Terraform takes literally as an HCL quoted string: also `${` → `$${`, `%{` → `%%{`. */
export function quoteLiteral(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === "$" || s[i] === "%") && s[i + 1] === "{") out += s[i];
    out += escapeChar(s[i]);
  }
  return `${out}"`;
}

/** The expression of a string that is exactly one plain `${expr}` interpolation fit to stand bare on a line, else undefined. */
function soleInterpolation(s: string, where: string): string | undefined {
  if (!s.startsWith("${") || s.startsWith("${~") || s.length < 4) return undefined;
  if (endOfSequence(s, 2, where) !== s.length || s[s.length - 2] === "~") return undefined;
  const inner = s.slice(2, -1).trim();
  if (inner === "" || /[\r\n#]|\/\/|\/\*/.test(inner)) return undefined;
  return inner;
}

const TRAVERSAL = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*|\.[0-9]+|\[[^\]\r\n]+\])*$/;

/** A reference Terraform reads as a traversal (`linode_firewall.x`, or `${linode_firewall.x}`), bare. */
function traversal(value: unknown, where: string): string {
  if (typeof value !== "string") throw new Error(`renderHcl: ${where} must be a reference string, got ${JSON.stringify(value)}`);
  const bare = value.startsWith("${") && value.endsWith("}") ? value.slice(2, -1).trim() : value.trim();
  if (!TRAVERSAL.test(bare)) throw new Error(`renderHcl: ${where} is not a reference: ${JSON.stringify(value)}`);
  return bare;
}

function keyword(value: unknown, where: string): string {
  if (typeof value !== "string" || !/^[a-z_]+$/.test(value)) throw new Error(`renderHcl: ${where} must be a keyword, got ${JSON.stringify(value)}`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sortedKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj)
    .filter((k) => k !== "//" && obj[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function label(name: string, where: string): string {
  if (/[$%]\{/.test(name)) throw new Error(`renderHcl: ${where}: a block label cannot hold a template sequence: ${JSON.stringify(name)}`);
  return quoteLiteral(name);
}

// ---------------------------------------------------------------------------------------------
// Rendering

const INDENT = "  ";

/**
 * A template of several lines ending in a newline as a heredoc (`<<EOT`): its text is the same
 * template language as a JSON string, so it is copied verbatim. Undefined when it does not fit
 * (carriage returns or other control characters, or no free delimiter).
 */
function heredoc(s: string, where: string): string | undefined {
  if (!s.endsWith("\n") || s.indexOf("\n") === s.length - 1 || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(s)) return undefined;
  quoteTemplate(s, where); // the same sequence checks as a quoted template
  const lines = s.slice(0, -1).split("\n").map((l) => l.trim());
  for (const delimiter of ["EOT", "EOF", "END_OF_TEXT", "END_OF_TEXT_1", "END_OF_TEXT_2"]) {
    if (!lines.includes(delimiter)) return `<<${delimiter}\n${s}${delimiter}`;
  }
  return undefined;
}

/**
 * An attribute's value: an expression (strings are templates) or a literal (strings are taken as
 * they are). `ownLine`: the value ends its line (an attribute or object element), so a heredoc fits.
 */
function expr(value: unknown, mode: Mode, indent: string, where: string, ownLine = true): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return String(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error(`renderHcl: ${where}: ${value} is not a number Terraform can hold`);
      return String(value);
    case "string": {
      if (mode === "literal") return quoteLiteral(value);
      return soleInterpolation(value, where) ?? (ownLine ? heredoc(value, where) : undefined) ?? quoteTemplate(value, where);
    }
    case "object":
      break;
    default:
      throw new Error(`renderHcl: ${where}: cannot render a ${typeof value}`);
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v, i) => expr(v, mode, inner, `${where}[${i}]`, false));
    const flat = `[${items.join(", ")}]`;
    if (value.every((v) => v === null || typeof v !== "object") && flat.length <= 100) return flat;
    return `[\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = sortedKeys(obj);
  if (keys.length === 0) return "{}";
  const lines = keys.map((k) => `${inner}${objectKey(k, mode, where)} = ${expr(obj[k], mode, inner, `${where}.${k}`)}`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function objectKey(key: string, mode: Mode, where: string): string {
  if (BARE_KEY.test(key) && !RESERVED_KEYS.has(key)) return key;
  return mode === "literal" ? quoteLiteral(key) : quoteTemplate(key, `a key of ${where}`);
}

/** The schema knowledge for one body: its block types, or undefined for a type the map does not know. */
type Tree = BlockTree | undefined;

class Out {
  private readonly lines: string[] = [];
  private opened = false;

  public line(indent: string, text: string): void {
    this.lines.push(`${indent}${text}`);
    this.opened = false;
  }

  public open(indent: string, head: string): void {
    this.line(indent, `${head} {`);
    this.opened = true;
  }

  /** Closes the block; an empty one becomes `head {}`. */
  public close(indent: string): void {
    if (this.opened) this.lines[this.lines.length - 1] += "}";
    else this.line(indent, "}");
    this.opened = false;
  }

  public blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  /** The text; with `align`, the `=` of consecutive one-line arguments aligned as `terraform fmt` aligns them. */
  public text(align: boolean): string {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === "") this.lines.pop();
    const text = `${this.lines.join("\n")}\n`;
    return align ? alignEquals(text) : text;
  }
}

/** `<indent><name or "quoted key"> = <value>`: an argument or object element of the renderer's output. */
const ASSIGNMENT = /^( *)([A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*") = (.*)$/s;

/**
 * The canonical layout of `terraform fmt` (hclwrite's `formatCells`) for the renderer's output,
 * without terraform: in each run of consecutive lines that assign a one-line value (a heredoc
 * counts as one line: its `<<EOT` line, text and closing delimiter), the `=` signs line up one
 * space after the longest name. A blank line, a block header, a closing bracket, or an argument
 * whose value opens a multi-line `{`/`[` ends the run. Pure: the same bytes on every machine.
 */
export function alignEquals(text: string): string {
  const lines = text.split("\n");
  interface Cell {
    readonly index: number;
    readonly lead: string;
    readonly rest: string;
  }
  let run: Cell[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...run.map((c) => columns(c.lead)));
    for (const c of run) lines[c.index] = `${c.lead}${" ".repeat(width - columns(c.lead) + 1)}= ${c.rest}`;
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const m = ASSIGNMENT.exec(lines[i]);
    if (m === null || m[3] === "{" || m[3] === "[") {
      flush();
      continue;
    }
    run.push({ index: i, lead: `${m[1]}${m[2]}`, rest: m[3] });
    const heredoc = /^<<([A-Za-z_][A-Za-z0-9_]*)$/.exec(m[3]);
    if (heredoc !== null) {
      // The heredoc's text is part of this line for alignment; skip to its closing delimiter.
      while (i + 1 < lines.length && lines[i + 1].trim() !== heredoc[1]) i++;
      i++;
    }
  }
  flush();
  return lines.join("\n");
}

/** Columns a name takes, as hclwrite counts them (characters, not UTF-16 units). */
function columns(s: string): number {
  return Array.from(s).length;
}

function attributeName(key: string, where: string): string {
  if (!IDENTIFIER.test(key)) throw new Error(`renderHcl: ${where}: "${key}" is not a valid argument name`);
  return key;
}

class Renderer {
  private readonly out = new Out();

  constructor(
    private readonly map: BlockMap,
    private readonly align: boolean,
  ) {}

  public render(config: unknown): string {
    if (!isObject(config)) throw new Error("renderHcl: the configuration must be a JSON object");
    const known = ["terraform", "provider", "variable", "locals", "data", "resource", "module", "output", "moved", "import", "removed"];
    for (const key of sortedKeys(config)) {
      if (!known.includes(key)) throw new Error(`renderHcl: top-level "${key}" is not supported`);
    }
    if (config.terraform !== undefined) this.terraformBlock(config.terraform);
    for (const [name, configs] of this.entries(config.provider, "provider")) {
      for (const [i, body] of asList(configs).entries()) this.providerBlock(name, body, `provider.${name}[${i}]`);
    }
    for (const [name, body] of this.entries(config.variable, "variable")) this.variableBlock(name, body);
    if (config.locals !== undefined) this.localsBlocks(config.locals);
    for (const kind of ["data", "resource"] as const) {
      for (const [type, byName] of this.entries(config[kind], kind)) {
        for (const [name, body] of this.entries(byName, `${kind}.${type}`)) this.resourceBlock(kind, type, name, body);
      }
    }
    for (const [name, body] of this.entries(config.module, "module")) this.moduleBlock(name, body);
    for (const [name, body] of this.entries(config.output, "output")) this.outputBlock(name, body);
    for (const kind of ["moved", "import", "removed"] as const) {
      for (const [i, body] of asList(config[kind] ?? []).entries()) this.simpleBlock(kind, body, `${kind}[${i}]`);
    }
    return this.out.text(this.align);
  }

  private entries(value: unknown, where: string): [string, unknown][] {
    if (value === undefined) return [];
    if (!isObject(value)) throw new Error(`renderHcl: ${where} must be an object`);
    return sortedKeys(value).map((k) => [k, value[k]]);
  }

  private open(indent: string, head: string): void {
    this.out.open(indent, head);
  }

  private close(indent: string): void {
    this.out.close(indent);
  }

  private attr(indent: string, name: string, rendered: string): void {
    this.out.line(indent, `${name} = ${rendered}`);
  }

  private body(value: unknown, where: string): Record<string, unknown> {
    if (!isObject(value)) throw new Error(`renderHcl: ${where} must be an object`);
    return value;
  }

  // --- top-level blocks ---------------------------------------------------------------------

  private terraformBlock(value: unknown): void {
    const body = this.body(value, "terraform");
    this.out.blank();
    this.open("", "terraform");
    const i1 = INDENT;
    for (const key of sortedKeys(body)) {
      const v = body[key];
      const where = `terraform.${key}`;
      if (key === "required_providers") {
        this.open(i1, "required_providers");
        for (const [name, req] of this.entries(v, where)) {
          this.attr(i1 + INDENT, attributeName(name, where), this.providerRequirement(req, i1 + INDENT, `${where}.${name}`));
        }
        this.close(i1);
      } else if (key === "backend" || key === "provider_meta") {
        for (const [type, config] of this.entries(v, where)) {
          this.open(i1, `${key} ${label(type, where)}`);
          this.literalBody(this.body(config, `${where}.${type}`), i1 + INDENT, `${where}.${type}`, type === "remote" ? ["workspaces"] : []);
          this.close(i1);
        }
      } else if (key === "cloud") {
        this.open(i1, "cloud");
        this.literalBody(this.body(v, where), i1 + INDENT, where, ["workspaces"]);
        this.close(i1);
      } else if (key === "experiments") {
        this.attr(i1, key, `[${asList(v).map((e, i) => traversal(e, `${where}[${i}]`)).join(", ")}]`);
      } else {
        this.attr(i1, attributeName(key, where), expr(v, "literal", i1, where));
      }
    }
    this.close("");
  }

  private providerRequirement(req: unknown, indent: string, where: string): string {
    if (!isObject(req)) return expr(req, "literal", indent, where);
    const inner = indent + INDENT;
    const lines = sortedKeys(req).map((k) => {
      const rendered =
        k === "configuration_aliases"
          ? `[${asList(req[k]).map((a, i) => traversal(a, `${where}.${k}[${i}]`)).join(", ")}]`
          : expr(req[k], "literal", inner, `${where}.${k}`);
      return `${inner}${objectKey(k, "literal", where)} = ${rendered}`;
    });
    return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent}}`;
  }

  /** A body whose strings Terraform takes literally (backend, cloud); `blocks` are nested blocks. */
  private literalBody(body: Record<string, unknown>, indent: string, where: string, blocks: readonly string[]): void {
    for (const key of sortedKeys(body)) {
      const v = body[key];
      if (blocks.includes(key) && (isObject(v) || Array.isArray(v))) {
        for (const b of asList(v)) {
          this.open(indent, attributeName(key, where));
          this.literalBody(this.body(b, `${where}.${key}`), indent + INDENT, `${where}.${key}`, []);
          this.close(indent);
        }
      } else {
        this.attr(indent, attributeName(key, where), expr(v, "literal", indent, `${where}.${key}`));
      }
    }
  }

  private providerBlock(name: string, value: unknown, where: string): void {
    const body = this.body(value, where);
    this.out.blank();
    this.open("", `provider ${label(name, where)}`);
    const rest: Record<string, unknown> = {};
    for (const key of sortedKeys(body)) {
      if (key === "alias" || key === "version") this.attr(INDENT, key, expr(body[key], "literal", INDENT, `${where}.${key}`));
      else rest[key] = body[key];
    }
    this.schemaBody(rest, this.map.provider[name], INDENT, where);
    this.close("");
  }

  private variableBlock(name: string, value: unknown): void {
    const where = `variable.${name}`;
    const body = this.body(value, where);
    this.out.blank();
    this.open("", `variable ${label(name, where)}`);
    for (const key of sortedKeys(body)) {
      const v = body[key];
      if (key === "type") {
        if (typeof v !== "string" || v.trim() === "") throw new Error(`renderHcl: ${where}.type must be a type expression string`);
        const t = v.startsWith("${") && v.endsWith("}") ? v.slice(2, -1).trim() : v.trim();
        this.attr(INDENT, "type", t);
      } else if (key === "validation") {
        for (const [i, b] of asList(v).entries()) this.conditionBlock("validation", b, INDENT, `${where}.validation[${i}]`);
      } else {
        this.attr(INDENT, attributeName(key, where), expr(v, "literal", INDENT, `${where}.${key}`));
      }
    }
    this.close("");
  }

  private localsBlocks(value: unknown): void {
    for (const [i, locals] of asList(value).entries()) {
      const body = this.body(locals, `locals[${i}]`);
      this.out.blank();
      this.open("", "locals");
      for (const key of sortedKeys(body)) this.attr(INDENT, attributeName(key, "locals"), expr(body[key], "template", INDENT, `local.${key}`));
      this.close("");
    }
  }

  private outputBlock(name: string, value: unknown): void {
    const where = `output.${name}`;
    const body = this.body(value, where);
    this.out.blank();
    this.open("", `output ${label(name, where)}`);
    for (const key of sortedKeys(body)) {
      const v = body[key];
      const at = `${where}.${key}`;
      if (key === "description" || key === "sensitive" || key === "ephemeral") this.attr(INDENT, key, expr(v, "literal", INDENT, at));
      else if (key === "depends_on") this.attr(INDENT, key, this.references(v, INDENT, at));
      else if (key === "precondition") for (const [i, b] of asList(v).entries()) this.conditionBlock(key, b, INDENT, `${at}[${i}]`);
      else this.attr(INDENT, attributeName(key, where), expr(v, "template", INDENT, at));
    }
    this.close("");
  }

  private moduleBlock(name: string, value: unknown): void {
    const where = `module.${name}`;
    const body = this.body(value, where);
    this.out.blank();
    this.open("", `module ${label(name, where)}`);
    for (const key of sortedKeys(body)) {
      const v = body[key];
      const at = `${where}.${key}`;
      if (key === "source" || key === "version") this.attr(INDENT, key, expr(v, "literal", INDENT, at));
      else if (key === "depends_on") this.attr(INDENT, key, this.references(v, INDENT, at));
      else if (key === "providers") {
        const lines = this.entries(v, at).map(([k, ref]) => `${INDENT}${INDENT}${traversal(k, at)} = ${traversal(ref, `${at}.${k}`)}`);
        this.attr(INDENT, key, lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${INDENT}}`);
      } else this.attr(INDENT, attributeName(key, where), expr(v, "template", INDENT, at));
    }
    this.close("");
  }

  /** `moved`, `import`, `removed`. */
  private simpleBlock(kind: "moved" | "import" | "removed", value: unknown, where: string): void {
    const body = this.body(value, where);
    this.out.blank();
    this.open("", kind);
    for (const key of sortedKeys(body)) {
      const v = body[key];
      const at = `${where}.${key}`;
      if (key === "from" || key === "to" || key === "provider") this.attr(INDENT, key, traversal(v, at));
      else if (key === "lifecycle") {
        this.open(INDENT, "lifecycle");
        this.literalBody(this.body(v, at), INDENT + INDENT, at, []);
        this.close(INDENT);
      } else if (key === "provisioner") this.provisioners(v, INDENT, at);
      else if (key === "connection") this.connection(v, INDENT, at);
      else this.attr(INDENT, attributeName(key, where), expr(v, "template", INDENT, at));
    }
    this.close("");
  }

  private resourceBlock(kind: "data" | "resource", type: string, name: string, value: unknown): void {
    const where = `${kind}.${type}.${name}`;
    const body = this.body(value, where);
    this.out.blank();
    this.open("", `${kind} ${label(type, where)} ${label(name, where)}`);
    const i1 = INDENT;
    const rest: Record<string, unknown> = {};
    for (const key of ["count", "for_each"]) if (body[key] !== undefined) this.attr(i1, key, expr(body[key], "template", i1, `${where}.${key}`));
    if (body.provider !== undefined) this.attr(i1, "provider", traversal(body.provider, `${where}.provider`));
    for (const key of sortedKeys(body)) {
      if (!["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"].includes(key)) rest[key] = body[key];
    }
    this.schemaBody(rest, (kind === "data" ? this.map.data : this.map.resource)[type], i1, where);
    if (body.depends_on !== undefined) this.attr(i1, "depends_on", this.references(body.depends_on, i1, `${where}.depends_on`));
    if (body.connection !== undefined) this.connection(body.connection, i1, `${where}.connection`);
    if (body.provisioner !== undefined) this.provisioners(body.provisioner, i1, `${where}.provisioner`);
    if (body.lifecycle !== undefined) this.lifecycle(body.lifecycle, i1, `${where}.lifecycle`);
    this.close("");
  }

  // --- bodies --------------------------------------------------------------------------------

  /** Attributes first, then blocks (as the tree says, or by the value's shape when the tree is unknown), then `dynamic` blocks. */
  private schemaBody(body: Record<string, unknown>, tree: Tree, indent: string, where: string): void {
    const blocks: [string, unknown, BlockNode | undefined][] = [];
    for (const key of sortedKeys(body)) {
      const v = body[key];
      if (key === "dynamic" && (tree === undefined || tree.dynamic === undefined) && isDynamic(v)) continue;
      const node = tree?.[key];
      const isBlock = tree !== undefined ? node !== undefined && (isObject(v) || Array.isArray(v) || v === null) : looksLikeBlocks(v);
      if (isBlock) blocks.push([key, v, node]);
      else this.attr(indent, attributeName(key, where), expr(v, "template", indent, `${where}.${key}`));
    }
    for (const [key, v, node] of blocks) {
      const children: Tree = tree === undefined ? undefined : (node as BlockNode).children;
      const at = `${where}.${key}`;
      if (node?.nesting === "map" && isObject(v)) {
        for (const [lbl, b] of this.entries(v, at)) {
          this.open(indent, `${key} ${label(lbl, at)}`);
          this.schemaBody(this.body(b, `${at}.${lbl}`), children, indent + INDENT, `${at}.${lbl}`);
          this.close(indent);
        }
        continue;
      }
      for (const [i, b] of (v === null ? [] : asList(v)).entries()) {
        this.open(indent, key);
        this.schemaBody(this.body(b, `${at}[${i}]`), children, indent + INDENT, `${at}[${i}]`);
        this.close(indent);
      }
    }
    if (isDynamic(body.dynamic) && (tree === undefined || tree.dynamic === undefined)) {
      for (const [name, specs] of this.entries(body.dynamic, `${where}.dynamic`)) {
        for (const [i, spec] of asList(specs).entries()) this.dynamicBlock(name, spec, tree?.[name]?.children, indent, `${where}.dynamic.${name}[${i}]`);
      }
    }
  }

  private dynamicBlock(name: string, value: unknown, children: Tree, indent: string, where: string): void {
    const spec = this.body(value, where);
    const inner = indent + INDENT;
    this.open(indent, `dynamic ${label(name, where)}`);
    for (const key of sortedKeys(spec)) {
      const v = spec[key];
      const at = `${where}.${key}`;
      if (key === "content") continue;
      if (key === "iterator") this.attr(inner, key, traversal(v, at));
      else this.attr(inner, attributeName(key, where), expr(v, "template", inner, at));
    }
    this.open(inner, "content");
    this.schemaBody(this.body(spec.content ?? {}, `${where}.content`), children, inner + INDENT, `${where}.content`);
    this.close(inner);
    this.close(indent);
  }

  private references(value: unknown, indent: string, where: string): string {
    const refs = asList(value).map((r, i) => traversal(r, `${where}[${i}]`));
    const flat = `[${refs.join(", ")}]`;
    if (flat.length <= 100) return flat;
    return `[\n${refs.map((r) => `${indent}${INDENT}${r},`).join("\n")}\n${indent}]`;
  }

  private lifecycle(value: unknown, indent: string, where: string): void {
    const body = this.body(value, where);
    const inner = indent + INDENT;
    this.open(indent, "lifecycle");
    for (const key of sortedKeys(body)) {
      const v = body[key];
      const at = `${where}.${key}`;
      if (key === "ignore_changes") {
        this.attr(inner, key, v === "all" ? "all" : this.references(v, inner, at));
      } else if (key === "replace_triggered_by") {
        this.attr(inner, key, this.references(v, inner, at));
      } else if (key === "precondition" || key === "postcondition") {
        for (const [i, b] of asList(v).entries()) this.conditionBlock(key, b, inner, `${at}[${i}]`);
      } else if (key === "create_before_destroy" || key === "prevent_destroy") {
        this.attr(inner, key, expr(v, "literal", inner, at));
      } else {
        this.attr(inner, attributeName(key, where), expr(v, "template", inner, at));
      }
    }
    this.close(indent);
  }

  private conditionBlock(kind: string, value: unknown, indent: string, where: string): void {
    const body = this.body(value, where);
    this.open(indent, kind);
    for (const key of sortedKeys(body)) this.attr(indent + INDENT, attributeName(key, where), expr(body[key], "template", indent + INDENT, `${where}.${key}`));
    this.close(indent);
  }

  private connection(value: unknown, indent: string, where: string): void {
    const body = this.body(value, where);
    this.open(indent, "connection");
    for (const key of sortedKeys(body)) this.attr(indent + INDENT, attributeName(key, where), expr(body[key], "template", indent + INDENT, `${where}.${key}`));
    this.close(indent);
  }

  private provisioners(value: unknown, indent: string, where: string): void {
    for (const [i, entry] of asList(value).entries()) {
      const at = `${where}[${i}]`;
      const types = this.entries(entry, at);
      for (const [type, config] of types) {
        const body = this.body(config, `${at}.${type}`);
        const inner = indent + INDENT;
        this.open(indent, `provisioner ${label(type, at)}`);
        for (const key of sortedKeys(body)) {
          const v = body[key];
          const kat = `${at}.${type}.${key}`;
          if (key === "connection") continue;
          if (key === "when" || key === "on_failure") this.attr(inner, key, keyword(v, kat));
          else this.attr(inner, attributeName(key, at), expr(v, "template", inner, kat));
        }
        if (body.connection !== undefined) this.connection(body.connection, inner, `${at}.${type}.connection`);
        this.close(indent);
      }
    }
  }
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The fallback for types the map does not know: an object, or a non-empty list of objects, is block(s). */
function looksLikeBlocks(value: unknown): boolean {
  if (isObject(value)) return true;
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}

/** cdktf's `dynamic` shape: `{ <block>: { for_each, content, ... } }` (or a list of those specs). */
function isDynamic(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([k, spec]) => k === "//" || asList(spec).every((s) => isObject(s) && "for_each" in s))
  );
}
