import { CheckStatus, worstStatus, type CheckResult } from "./check-result";

/** The process exit codes of `verify`, for CI. */
export enum VerifyExitCode {
  /** Every check passed (warnings allowed unless `--strict`). */
  OK = 0,
  /** At least one check failed (or, with `--strict`, warned). */
  CHECK_FAILED = 1,
  /** Nothing was checked: bad flags or an unreadable site description. */
  USAGE = 2,
}

/** The rows of one `verify` run, with the table and JSON renderings. */
export class VerifyReport {
  /** The worst status of all rows. */
  public readonly status: CheckStatus;

  constructor(
    /** One row per check, in the order they ran: per hostname, then the origin firewall. */
    public readonly results: readonly CheckResult[],
  ) {
    this.status = worstStatus(results.map((r) => r.status));
  }

  /** The exit code for CI: failures fail; warnings fail only when `strict`. */
  public exitCode(strict = false): VerifyExitCode {
    if (this.status === CheckStatus.FAIL || (strict && this.status === CheckStatus.WARN)) return VerifyExitCode.CHECK_FAILED;
    return VerifyExitCode.OK;
  }

  /** Counts per status, e.g. `{ pass: 9, warn: 1, fail: 0 }`. */
  public counts(): Record<CheckStatus, number> {
    const counts = { [CheckStatus.PASS]: 0, [CheckStatus.WARN]: 0, [CheckStatus.FAIL]: 0 };
    for (const r of this.results) counts[r.status]++;
    return counts;
  }

  /** A fixed-width table, one row per check, and a summary line. */
  public toTable(): string {
    const header = ["STATUS", "CHECK", "TARGET", "EVIDENCE"];
    const rows = this.results.map((r) => [r.status.toUpperCase(), r.check, r.target, r.evidence]);
    const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join("  ").trimEnd();
    const counts = this.counts();
    const summary = `${this.status.toUpperCase()}: ${counts.pass} passed, ${counts.warn} warned, ${counts.fail} failed`;
    return [line(header), ...rows.map(line), "", summary].join("\n");
  }

  /** The report as JSON: `{ status, counts, results: [{ check, target, status, evidence }] }`. */
  public toJson(): string {
    return JSON.stringify({ status: this.status, counts: this.counts(), results: this.results }, null, 2);
  }
}
