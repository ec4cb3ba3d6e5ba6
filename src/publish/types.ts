/** Options and result of `publish`. */

/** Options of `publish`; the CLI's flags map one to one. */
export interface PublishOptions {
  /** Folder that receives the published configuration, relative to `cwd`. */
  readonly out: string;
  /**
   * Project folder: where `cdktf.json` is read and the app runs.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Publish HCL (`<stack>/main.tf`, rendered from the JSON synth by `renderHcl` and formatted in
   * process by `@cdktf/hcl-tools`, as `terraform fmt` formats it: the same bytes with or without
   * terraform on PATH) instead of JSON (`<stack>/main.tf.json`). A stack folder holds one of the two, never both: Terraform would
   * read both files as one module and find everything declared twice.
   * @default false
   */
  readonly hcl?: boolean;
  /**
   * Write nothing; compare what would be written with `out` and report the differences.
   * @default false
   */
  readonly check?: boolean;
  /**
   * Shell command that synthesizes the app.
   * @default the `app` of `<cwd>/cdktf.json`
   */
  readonly app?: string;
  /**
   * Publish only these stacks.
   * @default every stack of the app
   */
  readonly stacks?: readonly string[];
  /**
   * Extra environment variables for the app, over `process.env`.
   * @default none
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Receives progress lines.
   * @default writes each line to stderr
   */
  readonly log?: (line: string) => void;
}

/** One published file whose bytes differ from what would be written now. */
export interface ChangedFile {
  /** Path relative to the output folder, `/`-separated. */
  readonly file: string;
  /** 1-based number of the first line that differs. */
  readonly line: number;
  /** Up to three lines of the published file, from `line` on. */
  readonly published: readonly string[];
  /** Up to three lines of what would be written, from `line` on. */
  readonly expected: readonly string[];
}

/** What `publish` did or, with `check`, found. */
export interface PublishResult {
  /** The output folder as given, relative to `cwd` when inside it, `/`-separated. */
  readonly outDir: string;
  /** Stacks published, sorted. */
  readonly stacks: readonly string[];
  /** Files of the publication, relative to `outDir`, sorted. */
  readonly files: readonly string[];
  /** Whether files were written (never with `check`). */
  readonly written: boolean;
  /** With `check`: whether `outDir` differs from what would be written. Always false otherwise. */
  readonly stale: boolean;
  /** With `check`: files that would be written but are missing. */
  readonly added: readonly string[];
  /** With `check`: files present that would not be written. */
  readonly removed: readonly string[];
  /** With `check`: files whose bytes differ. */
  readonly changed: readonly ChangedFile[];
  /** One readable paragraph: what was written, or the check's verdict with its differences. */
  readonly summary: string;
}

