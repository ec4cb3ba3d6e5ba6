import { TerraformStack } from "cdktf";
import { renderHcl } from "../hcl/render-hcl";

/**
 * A `TerraformStack` whose HCL output (`cdktf synth --hcl`, `new App({ hclOutput: true })` or
 * `SYNTH_HCL_OUTPUT=true`) is valid Terraform with the same meaning as its JSON.
 *
 * cdktf 0.21 is the last release (the project is archived) and its HCL renderer writes invalid
 * HCL for shapes this package synthesizes: lists of references (`[\n${...}\n]`), multi-line
 * strings as raw newlines inside quotes, Cloudflare v5 nested attributes (`filter = {...}`) as
 * blocks, templates with literal quotes or backslashes unescaped. This stack renders its own
 * JSON (`toTerraform()`) with {@link renderHcl} instead; the JSON output is unchanged.
 */
export class HclStack extends TerraformStack {
  /** cdktf's HCL synthesis result, with `hcl` rendered by {@link renderHcl}; `metadata` is cdktf's. */
  public toHclTerraform(): { [key: string]: any } {
    return { ...super.toHclTerraform(), hcl: renderHcl(this.toTerraform()) };
  }
}
