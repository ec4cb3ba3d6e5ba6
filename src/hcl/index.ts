// `cdktf-nodebalancer-ssl/hcl`: HCL that Terraform accepts, for tools that render a synthesized stack
// themselves (cdktf 0.21's own HCL renderer is wrong for these stacks). Stacks get it through
// `HclStack` and `SiteStack` from the package root.
export { renderHcl, type RenderHclOptions, type BlockMap, type BlockNode, type BlockTree } from "./render-hcl";
