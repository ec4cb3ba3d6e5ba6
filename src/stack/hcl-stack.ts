import { App, TerraformStack } from "cdktf";
import { StackSynthesizer } from "cdktf/lib/synthesize/synthesizer";
import type { Construct } from "constructs";
import { renderHcl } from "../hcl/render-hcl";

/**
 * A `TerraformStack` whose HCL output (`cdktf synth --hcl`, `new App({ hclOutput: true })` or
 * `SYNTH_HCL_OUTPUT=true`) is valid Terraform with the same meaning as its JSON.
 *
 * cdktf 0.21 is the last release (the project is archived) and its HCL renderer writes invalid
 * HCL for shapes this package synthesizes: lists of references (`[\n${...}\n]`), multi-line
 * strings as raw newlines inside quotes, Cloudflare v5 nested attributes (`filter = {...}`) as
 * blocks, templates with literal quotes or backslashes unescaped, `connection` inside a
 * provisioner. This stack renders its own JSON (`toTerraform()`) with {@link renderHcl} instead,
 * laid out as `terraform fmt` lays it out without needing terraform; the JSON output is unchanged.
 *
 * cdktf 0.21's stacks also read only `SYNTH_HCL_OUTPUT`, so `new App({ hclOutput: true })` alone
 * names the file `cdk.tf` but writes JSON into it; this stack follows its App's `hclOutput`.
 */
export class HclStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const app = this.node.root;
    if (App.isApp(app)) {
      this.synthesizer = new StackSynthesizer(this, process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS !== undefined, app.hclOutput);
    }
  }

  /** cdktf's HCL synthesis result, with `hcl` rendered by {@link renderHcl}; `metadata` is cdktf's. */
  public toHclTerraform(): { [key: string]: any } {
    return { ...super.toHclTerraform(), hcl: renderHcl(this.toTerraform()) };
  }
}
