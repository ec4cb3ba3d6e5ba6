/** A failure the user can fix; its message is one line (plus, for a failed synth, the app's stderr tail). */
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublishError";
  }
}


/** An error of the file system in words (`permission denied (EACCES)`), else its message. */
export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOTDIR: "a parent is not a folder",
    ENOSPC: "no space left on device",
  };
  return err.code !== undefined && reasons[err.code] !== undefined ? `${reasons[err.code]} (${err.code})` : String(err.message ?? e);
}
