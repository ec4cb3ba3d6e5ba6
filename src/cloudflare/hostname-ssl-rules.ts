import { Token } from "cdktf";
import { Construct } from "constructs";
import type { HostnameTlsSetting } from "@cdktf/provider-cloudflare/lib/hostname-tls-setting";
import type { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";
import { check, checkNotEmpty, isToken } from "../private/validation";
import type { ICloudflareZone } from "./cloudflare-zone";
import { checkEdgeTlsOptions, type MinTlsVersion, SslMode, warnAboutTlsSettings } from "./edge-tls";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const hostnameTlsSettingBinding = (): typeof import("@cdktf/provider-cloudflare/lib/hostname-tls-setting") => require("@cdktf/provider-cloudflare/lib/hostname-tls-setting");
const rulesetBinding = (): typeof import("@cdktf/provider-cloudflare/lib/ruleset") => require("@cdktf/provider-cloudflare/lib/ruleset");

/** TLS settings for the site's hostnames only; each defaults to the strong choice. */
export interface HostnameSslOptions {
  /**
   * How Cloudflare connects to the origin for these hostnames (a Configuration Rule).
   * @default SslMode.STRICT
   */
  readonly sslMode?: SslMode;
  /**
   * Redirect `http://` requests for these hostnames to `https://` at the edge (a Single Redirect, 301).
   * @default true
   */
  readonly alwaysUseHttps?: boolean;
  /**
   * The oldest TLS version visitors of these hostnames may use (`cloudflare_hostname_tls_setting`,
   * one per hostname). Rules cannot set it; per-hostname TLS settings need Cloudflare's Advanced
   * Certificate Manager (or an Enterprise plan).
   * @default - not set per hostname: the zone's minimum TLS version applies
   */
  readonly minTlsVersion?: MinTlsVersion;
}

/** Props of {@link HostnameSslRules}. */
export interface HostnameSslRulesProps extends HostnameSslOptions {
  /** The zone of the hostnames. */
  readonly zone: ICloudflareZone;
  /** The literal hostnames the rules match (no wildcards: they have no DNS record of this site). */
  readonly hostnames: readonly string[];
}

/**
 * The site's TLS settings at the edge for exactly its hostnames, leaving the rest of the zone as it
 * is: a Configuration Rule (`http_config_settings` phase, `set_config` with `ssl`) and a Single
 * Redirect (`http_request_dynamic_redirect` phase) that send `http://` to `https://`.
 *
 * A zone has one entry-point ruleset per phase. This construct owns the zone's entry-point rulesets
 * of these two phases: on a zone that already has one, `terraform apply` fails with Cloudflare's
 * "similar configuration already exists" until you import it (`terraform import`) or delete it, and
 * an imported ruleset's other rules are replaced by this site's. Keep other rules of those phases
 * out of the zone, or manage them with `CloudflareSslScope.zoneWide()` instead.
 * The API token needs Zone → Config Rules: Edit, Single Redirect: Edit (and SSL and Certificates:
 * Edit with `minTlsVersion`).
 * @see https://developers.cloudflare.com/rules/configuration-rules/
 * @see https://developers.cloudflare.com/rules/url-forwarding/single-redirects/
 */
export class HostnameSslRules extends Construct {
  /** The SSL mode in force for the hostnames. */
  public readonly sslMode: SslMode;
  /** Whether the edge redirects `http://` to `https://` for the hostnames. */
  public readonly alwaysUseHttps: boolean;
  /** The Configuration Rules ruleset (`http_config_settings`). */
  public readonly configRules: Ruleset;
  /** The Single Redirects ruleset (`http_request_dynamic_redirect`); undefined with `alwaysUseHttps: false`. */
  public readonly redirectRules?: Ruleset;
  /** The per-hostname minimum TLS versions; empty unless `minTlsVersion` is given. */
  public readonly minTlsVersionSettings: readonly HostnameTlsSetting[];

  constructor(scope: Construct, id: string, props: HostnameSslRulesProps) {
    super(scope, id);
    checkEdgeTlsOptions(this, props);
    checkNotEmpty(this, "hostnames", props.hostnames, "Give the hostnames the rules match.");
    props.hostnames.forEach((name, i) =>
      check(!isToken(name) && !name.includes("*"), this, `hostnames[${i}]`, name, "Give literal hostnames without wildcards: the rules match them exactly."),
    );
    this.sslMode = props.sslMode ?? SslMode.STRICT;
    this.alwaysUseHttps = props.alwaysUseHttps ?? true;

    const hostnames = [...new Set(props.hostnames)].sort();
    const matches = `(http.host in {${hostnames.map((name) => JSON.stringify(name)).join(" ")}})`;
    const names = hostnames.join(", ");
    this.configRules = new (rulesetBinding().Ruleset)(this, "ConfigRules", {
      zoneId: props.zone.zoneId,
      kind: "zone",
      phase: "http_config_settings",
      name: "cdktf-nodebalancer-ssl configuration rules",
      description: "Managed by cdktf-nodebalancer-ssl: SSL mode of the site's hostnames",
      rules: [{ action: "set_config", expression: matches, description: `SSL ${this.sslMode} for ${names}`, enabled: true, actionParameters: { ssl: this.sslMode } }],
    });
    this.redirectRules = this.alwaysUseHttps
      ? new (rulesetBinding().Ruleset)(this, "RedirectRules", {
          zoneId: props.zone.zoneId,
          kind: "zone",
          phase: "http_request_dynamic_redirect",
          name: "cdktf-nodebalancer-ssl redirects",
          description: "Managed by cdktf-nodebalancer-ssl: HTTPS redirect of the site's hostnames",
          rules: [
            {
              action: "redirect",
              expression: `${matches} and not ssl`,
              description: `HTTPS for ${names}`,
              enabled: true,
              actionParameters: { fromValue: { statusCode: 301, preserveQueryString: true, targetUrl: { expression: 'concat("https://", http.host, http.request.uri.path)' } } },
            },
          ],
        })
      : undefined;
    const minTls = props.minTlsVersion;
    this.minTlsVersionSettings =
      minTls === undefined
        ? []
        : hostnames.map((hostname) => new (hostnameTlsSettingBinding().HostnameTlsSetting)(this, `MinTls-${hostname}`, { zoneId: props.zone.zoneId, hostname, settingId: "min_tls_version", value: Token.asAny(minTls) }));
    warnAboutTlsSettings(this, { sslMode: this.sslMode, alwaysUseHttps: this.alwaysUseHttps, minTlsVersion: minTls });
  }
}
