import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { claimUnique } from "../private/uniqueness";
import { isToken } from "../private/validation";

/**
 * Claims a firewall's label within its stack (labels are unique in a Linode account) and each
 * Linode it is attached to within the app (a Linode takes one Cloud Firewall): a second claimant
 * fails at synth.
 */
export function claimFirewall(firewall: IConstruct, label: string, linodeIds: readonly string[]): void {
  if (!isToken(label)) {
    claimUnique(firewall, {
      within: TerraformStack.of(firewall),
      kind: "firewall label",
      value: label,
      prop: "label",
      received: label,
      fix: (owner) => `Firewall '${owner.node.path}' has this label too, and firewall labels are unique in a Linode account: give each site (or firewall) its own label.`,
    });
  }
  linodeIds.forEach((id, i) =>
    claimUnique(firewall, {
      within: firewall.node.root,
      kind: "linode",
      value: id,
      prop: `linodeIds[${i}]`,
      received: isToken(id) ? "a reference to a Linode that has a firewall already" : id,
      fix: (owner) =>
        `Firewall '${owner.node.path}' is attached to this Linode already, and a Linode takes one Cloud Firewall: attach each server to one site only, or leave 'linodeId' out of this site's backends and add its rules to that firewall.`,
    }),
  );
}
