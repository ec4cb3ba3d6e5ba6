import { Annotations } from "cdktf";
import type { IConstruct } from "constructs";
import { MinTlsVersion, SslMode } from "./zone-ssl-settings";

/** The TLS settings a scope puts in force, for {@link warnAboutTlsSettings}. */
export interface TlsSettingsInForce {
  readonly sslMode: SslMode;
  readonly alwaysUseHttps: boolean;
  readonly minTlsVersion?: MinTlsVersion;
}

/** Warns about each choice weaker than the defaults, whatever their scope. */
export function warnAboutTlsSettings(scope: IConstruct, settings: TlsSettingsInForce): void {
  // Built here, not at load: this module and ./zone-ssl-settings import each other.
  /** What a mode weaker than Full (strict) gives up. */
  const WEAKER_MODES: Readonly<Partial<Record<SslMode, string>>> = {
    [SslMode.FULL]: "Cloudflare connects to the origin over HTTPS but accepts any certificate",
    [SslMode.FLEXIBLE]: "Cloudflare connects to the origin over plain HTTP on port 80",
    [SslMode.OFF]: "visitors get no HTTPS at all",
  };

  /** Deprecated TLS versions. */
  const DEPRECATED_TLS: readonly MinTlsVersion[] = [MinTlsVersion.TLS_1_0, MinTlsVersion.TLS_1_1];
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
