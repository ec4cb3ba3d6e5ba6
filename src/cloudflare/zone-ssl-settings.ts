import { Annotations, Token } from "cdktf";
import { Construct } from "constructs";
import type { ZoneSetting } from "@cdktf/provider-cloudflare/lib/zone-setting";
import { isToken } from "../private/validation";
import type { ICloudflareZone } from "./cloudflare-zone";
import { checkEdgeTlsOptions, MinTlsVersion, SslMode, warnAboutTlsSettings } from "./edge-tls";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const zoneSettingBinding = (): typeof import("@cdktf/provider-cloudflare/lib/zone-setting") => require("@cdktf/provider-cloudflare/lib/zone-setting");

/** The zone's TLS settings; each defaults to the strong choice. */
export interface ZoneSslSettingsOptions {
  /**
   * How Cloudflare connects to the origin.
   * @default SslMode.STRICT
   */
  readonly sslMode?: SslMode;
  /**
   * Redirect every `http://` request to `https://` at the edge (`always_use_https`).
   * @default true
   */
  readonly alwaysUseHttps?: boolean;
  /**
   * The oldest TLS version visitors may use.
   * @default MinTlsVersion.TLS_1_2
   */
  readonly minTlsVersion?: MinTlsVersion;
}

/** Props of {@link ZoneSslSettings}. */
export interface ZoneSslSettingsProps extends ZoneSslSettingsOptions {
  /** The zone the settings apply to. */
  readonly zone: ICloudflareZone;
}

/**
 * The zone-wide TLS settings: SSL mode, Always Use HTTPS and minimum TLS version, one
 * `cloudflare_zone_setting` each. They apply to every proxied hostname in the zone, not only the
 * site's, so manage them from one place per zone; it always warns about that reach. Destroying it
 * leaves the settings as they are (the provider's Delete is a no-op): set them back in the dashboard
 * or with the API. Weaker choices than the defaults are allowed, with a warning. The API token
 * needs Zone → Zone Settings: Edit.
 * @see https://registry.terraform.io/providers/cloudflare/cloudflare/5.14.0/docs/resources/zone_setting
 */
export class ZoneSslSettings extends Construct {
  /** The SSL mode in force. */
  public readonly sslMode: SslMode;
  /** Whether the edge redirects `http://` to `https://`. */
  public readonly alwaysUseHttps: boolean;
  /** The oldest TLS version visitors may use. */
  public readonly minTlsVersion: MinTlsVersion;
  /** The underlying `ssl` setting. */
  public readonly sslSetting: ZoneSetting;
  /** The underlying `always_use_https` setting. */
  public readonly alwaysUseHttpsSetting: ZoneSetting;
  /** The underlying `min_tls_version` setting. */
  public readonly minTlsVersionSetting: ZoneSetting;

  constructor(scope: Construct, id: string, props: ZoneSslSettingsProps) {
    super(scope, id);
    checkEdgeTlsOptions(this, props);
    this.sslMode = props.sslMode ?? SslMode.STRICT;
    this.alwaysUseHttps = props.alwaysUseHttps ?? true;
    this.minTlsVersion = props.minTlsVersion ?? MinTlsVersion.TLS_1_2;

    const setting = (settingId: string, value: string): ZoneSetting =>
      // `value` is dynamic in the schema: a string for these settings, passed through as is.
      new (zoneSettingBinding().ZoneSetting)(this, settingId, { zoneId: props.zone.zoneId, settingId, value: Token.asAny(value) });
    this.sslSetting = setting("ssl", this.sslMode);
    this.alwaysUseHttpsSetting = setting("always_use_https", this.alwaysUseHttps ? "on" : "off");
    this.minTlsVersionSetting = setting("min_tls_version", this.minTlsVersion);
    warnAboutTlsSettings(this, this);
    this.warnAboutReach(props.zone);
  }

  private warnAboutReach(zone: ICloudflareZone): void {
    const zoneName = isToken(zone.zoneName) ? "the zone" : `'${zone.zoneName}'`;
    Annotations.of(this).addWarning(
      `Zone-wide TLS settings apply to every proxied hostname of ${zoneName}, not only this site's (another origin without a valid certificate starts answering 526), and destroying the stack leaves them in place. Use CloudflareSslScope.hostnames() to set them for this site's hostnames only.`,
    );
  }
}
