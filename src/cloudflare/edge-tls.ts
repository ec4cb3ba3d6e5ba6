import { Annotations } from "cdktf";
import type { IConstruct } from "constructs";
import { check, checkOneOf } from "../private/validation";

/**
 * How Cloudflare connects to the origin (the zone's `ssl` setting, or a Configuration Rule's `ssl`).
 * @see https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/
 */
export enum SslMode {
  /** No HTTPS at the edge at all: visitors and origin speak plain HTTP. */
  OFF = "off",
  /** HTTPS to visitors, plain HTTP (port 80) to the origin. */
  FLEXIBLE = "flexible",
  /** HTTPS to the origin without checking its certificate. */
  FULL = "full",
  /** Full (strict): HTTPS to the origin, whose certificate must be valid (e.g. Origin CA) and match the hostname. */
  STRICT = "strict",
}

/** The oldest TLS version visitors may use (`min_tls_version`). */
export enum MinTlsVersion {
  TLS_1_0 = "1.0",
  TLS_1_1 = "1.1",
  TLS_1_2 = "1.2",
  TLS_1_3 = "1.3",
}

/** What an SSL scope put in force at the edge, for the site to check that Cloudflare can reach it. */
export interface EdgeTlsSettings {
  /** How Cloudflare connects to the origin for the site's hostnames. */
  readonly sslMode: SslMode;
  /** Whether the edge redirects `http://` to `https://` for the site's hostnames. */
  readonly alwaysUseHttps: boolean;
}

/** The edge TLS choices every scope takes, as given (before defaults). */
interface EdgeTlsOptions {
  readonly sslMode?: SslMode;
  readonly alwaysUseHttps?: boolean;
  readonly minTlsVersion?: MinTlsVersion;
}

/** What a mode weaker than Full (strict) gives up. */
const WEAKER_MODES: Readonly<Partial<Record<SslMode, string>>> = {
  [SslMode.FULL]: "Cloudflare connects to the origin over HTTPS but accepts any certificate",
  [SslMode.FLEXIBLE]: "Cloudflare connects to the origin over plain HTTP on port 80",
  [SslMode.OFF]: "visitors get no HTTPS at all",
};

/** Deprecated TLS versions. */
const DEPRECATED_TLS: readonly MinTlsVersion[] = [MinTlsVersion.TLS_1_0, MinTlsVersion.TLS_1_1];

/** Checks the edge TLS choices that plain JavaScript callers and casts can get wrong. */
export function checkEdgeTlsOptions(scope: IConstruct, options: EdgeTlsOptions): void {
  checkOneOf(scope, "sslMode", options.sslMode, SslMode, "SslMode");
  checkOneOf(scope, "minTlsVersion", options.minTlsVersion, MinTlsVersion, "MinTlsVersion");
  check(options.alwaysUseHttps === undefined || typeof options.alwaysUseHttps === "boolean", scope, "alwaysUseHttps", options.alwaysUseHttps, "Use true or false.");
}

/** Warns about each choice weaker than the defaults, whatever their scope. */
export function warnAboutTlsSettings(scope: IConstruct, settings: EdgeTlsSettings & { readonly minTlsVersion?: MinTlsVersion }): void {
  const warn = (message: string) => Annotations.of(scope).addWarning(message);
  const weakness = WEAKER_MODES[settings.sslMode];
  if (weakness) {
    warn(`sslMode '${settings.sslMode}': ${weakness}. Use SslMode.STRICT (Full (strict)) with an Origin CA certificate on the origin.`);
  }
  if (!settings.alwaysUseHttps) {
    warn("alwaysUseHttps is off: visitors can stay on plain http://, and Cloudflare then sends plain HTTP to the origin's port 80. Turn it on unless the origin serves port 80 on purpose.");
  }
  if (settings.minTlsVersion !== undefined && DEPRECATED_TLS.includes(settings.minTlsVersion)) {
    warn(`minTlsVersion '${settings.minTlsVersion}': TLS 1.0 and 1.1 are deprecated and insecure. Use MinTlsVersion.TLS_1_2 or MinTlsVersion.TLS_1_3.`);
  }
}
