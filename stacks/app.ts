import type { App } from "cdktf";
import { CloudflareInFrontStack } from "./cloudflare-in-front";
import { CloudflareToAppServersStack } from "./cloudflare-to-app-servers";
import { LoadBalancedSiteStack } from "./load-balanced-site";
import { TcpPassthroughStack } from "./tcp-passthrough";
import { TerminateAtLoadBalancerStack } from "./terminate-at-load-balancer";

/** Adds every example stack to an app; `stacks/main.ts` and the tests share this list. */
export function addExampleStacks(app: App): void {
  new TerminateAtLoadBalancerStack(app, "terminate-at-load-balancer");
  new TcpPassthroughStack(app, "tcp-passthrough");
  new CloudflareInFrontStack(app, "cloudflare-in-front");
  new CloudflareToAppServersStack(app, "cloudflare-to-app-servers");
  new LoadBalancedSiteStack(app, "load-balanced-site");
}
