import { PUBLISH_USAGE, publishCommand } from "./publish";
import { verifyCommand } from "./verify";

const USAGE = `${PUBLISH_USAGE}

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

/** The commands, by name: each parses its own flags and lives in its own module. */
const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  publish: (argv, io) => publishCommand(argv, io, USAGE),
  verify: verifyCommand,
};

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command)) return COMMANDS[command](rest, io);
  if (command === "-h" || command === "--help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  io.err(
    command === undefined
      ? `${USAGE}\n`
      : command.startsWith("-")
        ? `cdktf-nodebalancer-ssl: error: a command comes first: "publish" or "verify"\nRun with --help for usage.\n`
        : `cdktf-nodebalancer-ssl: error: unknown command "${command}"; the commands are "publish" and "verify"\nRun with --help for usage.\n`,
  );
  return 1;
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
