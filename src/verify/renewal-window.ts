const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Lifetimes up to this many days are described in hours (a 160-hour `shortlived` certificate). */
const SHORT_LIFETIME_DAYS = 10;

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

  /** The renewal window in hours (exact, not rounded to days), or undefined when nothing renews it. */
  public windowHours(notBefore: Date, notAfter: Date): number | undefined {
    const days = this.windowDays(notBefore, notAfter);
    return days === undefined ? undefined : days * 24;
  }

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
    return Math.floor(this.windowHours(notBefore, notAfter) / 24);
  }

  public windowHours(notBefore: Date, notAfter: Date): number {
    const lifetimeHours = (notAfter.getTime() - notBefore.getTime()) / HOUR_MS;
    return lifetimeHours <= SHORT_LIFETIME_DAYS * 24 ? lifetimeHours / 2 : lifetimeHours / 3;
  }

  public describe(notBefore: Date, notAfter: Date): string {
    const short = notAfter.getTime() - notBefore.getTime() <= SHORT_LIFETIME_DAYS * DAY_MS;
    return short
      ? `renews at ${Math.round(this.windowHours(notBefore, notAfter))} hours left (dynamic)`
      : `renews at ${this.windowDays(notBefore, notAfter)} days left (dynamic)`;
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
