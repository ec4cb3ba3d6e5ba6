import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** How much of one output stream a {@link runProcess} call keeps. */
export interface OutputLimit {
  /** Most characters kept. */
  readonly chars: number;
  /** Keep the first or the last `chars` characters. */
  readonly keep: "first" | "last";
}

/** Options of {@link runProcess}. */
export interface RunProcessOptions {
  /**
   * Arguments of `command`; with `shell`, leave them out and pass the whole command line.
   * @default none
   */
  readonly args?: readonly string[];
  /**
   * Run `command` through the system shell (a user's command line such as cdktf.json's `app`).
   * @default false
   */
  readonly shell?: boolean;
  /**
   * Working folder.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * The whole environment of the child.
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Kill the child after this many milliseconds.
   * @default no limit
   */
  readonly timeoutMs?: number;
  /**
   * Signal sent on timeout.
   * @default "SIGTERM"
   */
  readonly killSignal?: NodeJS.Signals;
  /**
   * What is kept of stdout.
   * @default everything
   */
  readonly stdoutLimit?: OutputLimit;
  /**
   * What is kept of stderr.
   * @default everything
   */
  readonly stderrLimit?: OutputLimit;
}

/** How a child process ended. */
export interface ProcessResult {
  /** Exit code, or null when killed by a signal. */
  readonly code: number | null;
  /** The signal that ended it, or null. */
  readonly signal: NodeJS.Signals | null;
  /** Whether `timeoutMs` passed and the child was killed. */
  readonly timedOut: boolean;
  /** Standard output (UTF-8), within `stdoutLimit`. */
  readonly stdout: string;
  /** Standard error (UTF-8), within `stderrLimit`. */
  readonly stderr: string;
  /** Wall time from spawn to close, in milliseconds. */
  readonly wallMs: number;
}

/**
 * Runs a child process without a terminal (stdin closed, output captured) and resolves when it
 * closes, whatever its exit code. Rejects only when it cannot start (e.g. ENOENT).
 */
export function runProcess(command: string, options: RunProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, [...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: options.shell ?? false,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill(options.killSignal ?? "SIGTERM");
          }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => (stdout = append(stdout, chunk, options.stdoutLimit)));
    child.stderr.on("data", (chunk: Buffer) => (stderr = append(stderr, chunk, options.stderrLimit)));
    child.on("error", (error) => {
      if (timer !== undefined) clearTimeout(timer);
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
    child.on("close", (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (!settled) {
        settled = true;
        resolve({ code, signal, timedOut, stdout, stderr, wallMs: performance.now() - t0 });
      }
    });
  });
}

function append(buffer: string, chunk: Buffer, limit: OutputLimit | undefined): string {
  if (limit === undefined) return buffer + chunk.toString("utf8");
  if (limit.keep === "first") return buffer.length >= limit.chars ? buffer : (buffer + chunk.toString("utf8")).slice(0, limit.chars);
  return (buffer + chunk.toString("utf8")).slice(-limit.chars);
}
