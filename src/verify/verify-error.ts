/** `verify` could not start: the site description or a flag is missing or wrong. The message says how to fix it. */
export class VerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VerifyError";
  }
}
