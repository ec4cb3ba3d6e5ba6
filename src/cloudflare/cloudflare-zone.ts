import { Construct, type IConstruct } from "constructs";
import type { DataCloudflareZone } from "@cdktf/provider-cloudflare/lib/data-cloudflare-zone";
import { hostnameProblem } from "../private/hostname";
import { check, isToken } from "../private/validation";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const dataCloudflareZoneBinding = (): typeof import("@cdktf/provider-cloudflare/lib/data-cloudflare-zone") => require("@cdktf/provider-cloudflare/lib/data-cloudflare-zone");

/** A Cloudflare zone (a domain on Cloudflare) that records and settings are added to. */
export interface ICloudflareZone extends IConstruct {
  /** The zone's id. */
  readonly zoneId: string;
  /** The zone's name, e.g. `example.com`: hostnames are checked against it. */
  readonly zoneName: string;
}

/** An existing zone, known by both id and name. */
export interface CloudflareZoneAttributes {
  /** The zone's id (32 hexadecimal digits, on the zone's Overview page in the dashboard). */
  readonly zoneId: string;
  /** The zone's name, e.g. `example.com`. */
  readonly zoneName: string;
}

const ZONE_ID = /^[0-9a-f]{32}$/;

/**
 * An existing Cloudflare zone. The name is always required, because hostnames are checked
 * against it (a record or certificate name must lie inside the zone); the id is given, or looked
 * up by name at plan time with `data.cloudflare_zone`. The zone itself is not managed here.
 * @see https://registry.terraform.io/providers/cloudflare/cloudflare/5.14.0/docs/data-sources/zone
 */
export class CloudflareZone extends Construct implements ICloudflareZone {
  /** A zone whose id you know: no lookup, no Zone: Read permission needed. */
  public static fromZoneId(scope: Construct, id: string, attributes: CloudflareZoneAttributes): CloudflareZone {
    return new CloudflareZone(scope, id, attributes.zoneName, attributes.zoneId);
  }

  /** A zone looked up by name (`data.cloudflare_zone`); the API token needs Zone: Read. */
  public static fromZoneName(scope: Construct, id: string, zoneName: string): CloudflareZone {
    return new CloudflareZone(scope, id, zoneName, undefined);
  }

  public readonly zoneId: string;
  public readonly zoneName: string;
  /** The underlying `data.cloudflare_zone`, when the zone is looked up by name. */
  public readonly lookup?: DataCloudflareZone;

  protected constructor(scope: Construct, id: string, zoneName: string, zoneId: string | undefined) {
    super(scope, id);
    if (!isToken(zoneName)) {
      const problem = hostnameProblem(zoneName, false);
      check(problem === undefined, this, "zoneName", zoneName, `Use the zone's domain name as Cloudflare shows it, such as 'example.com': ${problem}.`);
    }
    this.zoneName = zoneName;
    if (zoneId === undefined) {
      this.lookup = new (dataCloudflareZoneBinding().DataCloudflareZone)(this, "Resource", { filter: { name: zoneName } });
      this.zoneId = this.lookup.id;
    } else {
      check(isToken(zoneId) || ZONE_ID.test(zoneId), this, "zoneId", zoneId, "Use the zone's id: 32 lower-case hexadecimal digits (dashboard → the zone → Overview → Zone ID), or CloudflareZone.fromZoneName(...) to look it up.");
      this.zoneId = zoneId;
    }
  }
}
