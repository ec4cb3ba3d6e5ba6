/**
 * Linode compute regions with NodeBalancers that the package knows (Linode API `GET /regions`,
 * December 2026). Linode adds regions: an id of the same form that is not listed is only warned about.
 */
export const LINODE_REGIONS: ReadonlySet<string> = new Set([
  "ap-northeast", "ap-south", "ap-southeast", "ap-west", "au-mel", "br-gru", "ca-central", "de-fra-2",
  "es-mad", "eu-central", "eu-west", "fr-par", "gb-lon", "id-cgk", "in-bom-2", "in-maa", "it-mil",
  "jp-osa", "jp-tyo-3", "nl-ams", "se-sto", "sg-sin-2", "us-central", "us-east", "us-iad", "us-lax",
  "us-mia", "us-ord", "us-sea", "us-southeast", "us-west",
]);

/** The shape of an AWS region id, such as `us-east-1` or `eu-central-2`. */
const AWS_REGION = /^[a-z]{2}-(north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]$/;

/** How a region id that has a Linode region's form is wrong, if it is clearly not one. */
export function regionProblem(region: string): string | undefined {
  if (LINODE_REGIONS.has(region)) return undefined;
  const base = region.replace(/-1$/, "");
  if (region.endsWith("-1") && LINODE_REGIONS.has(base)) {
    return `'${region}' is an Object Storage cluster id (and the form of an AWS region), not a compute region: use '${base}'.`;
  }
  if (AWS_REGION.test(region)) return `'${region}' has the form of an AWS region, not a Linode region: use a Linode region id such as 'us-east' or 'eu-central'.`;
  return undefined;
}
