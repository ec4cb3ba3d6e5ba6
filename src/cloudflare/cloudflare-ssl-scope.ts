import type { Construct } from "constructs";
import type { ICloudflareZone } from "./cloudflare-zone";
import { HostnameSslRules, type HostnameSslOptions } from "./hostname-ssl-rules";
import type { EdgeTlsSettings } from "./edge-tls";
import { ZoneSslSettings, type ZoneSslSettingsOptions } from "./zone-ssl-settings";

/**
 * Where Cloudflare's TLS settings of a site (SSL mode Full (strict), the HTTPS redirect, the minimum
 * TLS version) take effect: on the site's own hostnames (the default), or on the whole zone.
 */
export abstract class CloudflareSslScope {
  /**
   * Only the site's hostnames: Configuration Rules and Single Redirects that match exactly them
   * ({@link HostnameSslRules}); the rest of the zone is untouched, and destroying the stack removes
   * the rules. The stack owns the zone's entry-point rulesets of those two phases.
   */
  public static hostnames(options: HostnameSslOptions = {}): CloudflareSslScope {
    return new HostnamesScope(options);
  }

  /**
   * The whole zone (`cloudflare_zone_setting`, {@link ZoneSslSettings}): every proxied hostname of
   * the zone gets these settings, and destroying the stack leaves them in place. Synthesis warns
   * about that reach. For a zone that serves only this site, or whose rulesets are managed elsewhere.
   */
  public static zoneWide(options: ZoneSslSettingsOptions = {}): CloudflareSslScope {
    return new ZoneWideScope(options);
  }

  protected constructor() {}

  /** Builds the settings under `scope` (construct id `id`) for `hostnames` of `zone`. */
  public abstract bind(scope: Construct, id: string, zone: ICloudflareZone, hostnames: readonly string[]): EdgeTlsSettings;
}

class HostnamesScope extends CloudflareSslScope {
  constructor(private readonly options: HostnameSslOptions) {
    super();
  }

  public bind(scope: Construct, id: string, zone: ICloudflareZone, hostnames: readonly string[]): EdgeTlsSettings {
    return new HostnameSslRules(scope, id, { ...this.options, zone, hostnames });
  }
}

class ZoneWideScope extends CloudflareSslScope {
  constructor(private readonly options: ZoneSslSettingsOptions) {
    super();
  }

  public bind(scope: Construct, id: string, zone: ICloudflareZone): EdgeTlsSettings {
    return new ZoneSslSettings(scope, id, { ...this.options, zone });
  }
}
