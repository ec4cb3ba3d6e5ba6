import { parseArgs } from "node:util";
import { publish, PublishError } from "../publish";
import type { CliIo } from "./main";

/** The help text of `publish`. */
export const PUBLISH_USAGE = `Usage: cdktf-nodebalancer-ssl publish --out <dir> [--hcl] [--check] [--app "<command>"] [--stack <name> ...]

Synthesizes the cdktf app of the current folder and publishes one deterministic Terraform
configuration per stack: <dir>/<stack>/main.tf.json (or main.tf with --hcl) plus
<dir>/manifest.json. The folder is replaced atomically; a failed run leaves it untouched.

Options:
  -o, --out <dir>      folder to publish into (required; not inside cdktf.out)
      --hcl            publish HCL (<stack>/main.tf) instead of JSON, rendered from the JSON
                       synth and formatted in process as terraform fmt formats it (the same
                       bytes with or without terraform on PATH)
      --check          write nothing; exit 1 and list the differences when <dir> is stale
      --app <command>  synth command (default: "app" of ./cdktf.json)
  -s, --stack <name>   publish only this stack (repeatable)
  -h, --help           show this help

Exit codes: 0 success or up to date, 1 error or (with --check) stale.`;

const ERROR = "cdktf-nodebalancer-ssl: error:";

/** `cdktf-nodebalancer-ssl publish ...` (argv without the command): parses the flags, runs {@link publish}, prints, and resolves to the exit code. */
export async function publishCommand(argv: readonly string[], io: CliIo, usage: string = PUBLISH_USAGE): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        hcl: { type: "boolean" },
        check: { type: "boolean" },
        app: { type: "string" },
        stack: { type: "string", short: "s", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    io.err(`${ERROR} ${(e as Error).message}\nRun with --help for usage.\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 0) {
    io.err(`${ERROR} unexpected argument "${positionals[0]}"\nRun with --help for usage.\n`);
    return 1;
  }
  if (values.out === undefined) {
    io.err(`${ERROR} --out <dir> is required, e.g. --out ops/terraform\n`);
    return 1;
  }
  try {
    const result = await publish({
      out: values.out,
      cwd: io.cwd,
      hcl: values.hcl === true,
      check: values.check === true,
      app: values.app,
      stacks: values.stack,
      log: (line) => io.err(`${line}\n`),
    });
    if (values.check) {
      io.out(`${result.summary}\n`);
      return result.stale ? 1 : 0;
    }
    return 0;
  } catch (e) {
    const message = e instanceof PublishError ? e.message : `unexpected failure: ${(e as Error)?.stack ?? String(e)}`;
    io.err(`${ERROR} ${message}\n`);
    return 1;
  }
}
