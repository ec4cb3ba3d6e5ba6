import { parseArgs } from "node:util";
import { publish, PublishError } from "./publish";
import { verifyCommand } from "./verify";

const USAGE = `Usage: cdktf-nodebalancer-ssl publish --out <dir> [--hcl] [--check] [--app "<command>"] [--stack <name> ...]

Synthesizes the cdktf app of the current folder and publishes one deterministic Terraform
configuration per stack: <dir>/<stack>/main.tf.json (or main.tf with --hcl) plus
<dir>/manifest.json. The folder is replaced atomically; a failed run leaves it untouched.

Options:
  -o, --out <dir>      folder to publish into (required; not inside cdktf.out)
      --hcl            publish HCL (<stack>/main.tf) instead of JSON, rendered from the JSON
                       synth and formatted with terraform fmt when on PATH
      --check          write nothing; exit 1 and list the differences when <dir> is stale
      --app <command>  synth command (default: "app" of ./cdktf.json)
  -s, --stack <name>   publish only this stack (repeatable)
  -h, --help           show this help

Exit codes: 0 success or up to date, 1 error or (with --check) stale.

       cdktf-nodebalancer-ssl verify --from <dir> [--stack <name>] [--json] ...

Checks the live site (DNS, TLS, redirect, backends, origin firewall) against its stack.
Run "cdktf-nodebalancer-ssl verify --help" for its options.`;

/** Where {@link main} prints: stdout for help and the check's verdict, stderr for progress and errors. */
export interface CliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /**
   * Folder the command runs in.
   * @default process.cwd()
   */
  readonly cwd?: string;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (argv[0] === "verify") return verifyCommand(argv.slice(1), io);
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
    io.err(`cdktf-nodebalancer-ssl: error: ${(e as Error).message}\nRun with --help for usage.\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (command !== "publish") {
    io.err(
      command === undefined
        ? `${USAGE}\n`
        : `cdktf-nodebalancer-ssl: error: unknown command "${command}"; the commands are "publish" and "verify"\nRun with --help for usage.\n`,
    );
    return 1;
  }
  if (extra.length > 0) {
    io.err(`cdktf-nodebalancer-ssl: error: unexpected argument "${extra[0]}"\nRun with --help for usage.\n`);
    return 1;
  }
  if (values.out === undefined) {
    io.err(`cdktf-nodebalancer-ssl: error: --out <dir> is required, e.g. --out ops/terraform\n`);
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
    io.err(`cdktf-nodebalancer-ssl: error: ${message}\n`);
    return 1;
  }
}

/** Entry point of the `cdktf-nodebalancer-ssl` binary: runs {@link main} on `process.argv` and sets the exit code. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`cdktf-nodebalancer-ssl: error: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) run();
