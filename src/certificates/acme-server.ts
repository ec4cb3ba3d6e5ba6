/**
 * The ACME directory the stack's ACME provider talks to (`server_url` is a provider setting, so
 * every ACME resource of a stack uses the same directory).
 */
export class AcmeServer {
  /** Let's Encrypt staging: untrusted certificates, generous rate limits. For examples and tests. */
  public static readonly LETS_ENCRYPT_STAGING = new AcmeServer("https://acme-staging-v02.api.letsencrypt.org/directory");
  /** Let's Encrypt production. */
  public static readonly LETS_ENCRYPT_PRODUCTION = new AcmeServer("https://acme-v02.api.letsencrypt.org/directory");

  protected constructor(
    /** The directory URL. */
    public readonly url: string,
  ) {}
}
