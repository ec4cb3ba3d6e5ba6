const DAY_MS = 86_400_000;

/**
 * When the certificate is due for renewal, as the stack configures it: the ACME provider renews on
 * the first `terraform apply` inside this window, so a live certificate inside it means the
 * scheduled apply did not renew it.
 */
export abstract class RenewalWindow {
  /** ACME `min_days_remaining`: renew when at most `days` days are left (the provider's default is 30). */
  public static minDaysRemaining(days: number): RenewalWindow {
    return new FixedWindow(days);
  }

  /** ACME `min_days_dynamic`: renew at 1/3 of the lifetime left (1/2 for lifetimes of 10 days or less). */
  public static dynamic(): RenewalWindow {
    return new DynamicWindow();
  }

  /** Nothing renews the certificate automatically (your own certificate, Cloudflare Origin CA). */
  public static none(): RenewalWindow {
    return new NoRenewal("no automatic renewal");
  }

  /** Option 3: visitors see Cloudflare's edge certificate, which Cloudflare renews; no window of the stack's applies. */
  public static cloudflareEdge(): RenewalWindow {
    return new NoRenewal("edge certificate, renewed by Cloudflare");
  }

  protected constructor() {}

  /**
   * The renewal window in days for a certificate valid from `notBefore` to `notAfter`, or
   * undefined when nothing renews it.
   */
  public abstract windowDays(notBefore: Date, notAfter: Date): number | undefined;

  /** A few words for the report, e.g. `renews at 30 days left`. */
  public abstract describe(notBefore: Date, notAfter: Date): string;
}

class FixedWindow extends RenewalWindow {
  constructor(private readonly days: number) {
    super();
  }

  public windowDays(): number {
    return this.days;
  }

  public describe(): string {
    return `renews at ${this.days} days left`;
  }
}

class DynamicWindow extends RenewalWindow {
  public windowDays(notBefore: Date, notAfter: Date): number {
    const lifetimeDays = (notAfter.getTime() - notBefore.getTime()) / DAY_MS;
    return Math.floor(lifetimeDays <= 10 ? lifetimeDays / 2 : lifetimeDays / 3);
  }

  public describe(notBefore: Date, notAfter: Date): string {
    return `renews at ${this.windowDays(notBefore, notAfter)} days left (dynamic)`;
  }
}

/** No renewal window that the stack's applies act on. */
class NoRenewal extends RenewalWindow {
  constructor(private readonly description: string) {
    super();
  }

  public windowDays(): undefined {
    return undefined;
  }

  public describe(): string {
    return this.description;
  }
}
