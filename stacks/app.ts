import type { App } from "cdktf";
import { CloudflareInFrontStack } from "./cloudflare-in-front";
import { CloudflareToAppServersStack } from "./cloudflare-to-app-servers";
import { LkeCloudflareAopStack } from "./lke-cloudflare-aop";
import { LkeCloudflareInFrontStack } from "./lke-cloudflare-in-front";
import { LkeClusterExampleStack } from "./lke-cluster";
import { LKE_CLUSTER_STACK } from "./lke-example-site";
import { LkeTcpPassthroughStack } from "./lke-tcp-passthrough";
import { LkeTerminateAtLoadBalancerStack } from "./lke-terminate-at-load-balancer";
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

/**
 * Adds the LKE example stacks: the cluster's own stack and one workload stack per option, which
 * reach the cluster through the kubeconfig the cluster stack outputs (saved to a file). Apart from {@link addExampleStacks}, whose list the
 * VM tests (snapshots, HCL, publishing) iterate; test/kubernetes/lke-stacks.test.ts covers these.
 */
export function addLkeExampleStacks(app: App): void {
  new LkeClusterExampleStack(app, LKE_CLUSTER_STACK);
  new LkeTerminateAtLoadBalancerStack(app, "lke-terminate-at-load-balancer");
  new LkeTcpPassthroughStack(app, "lke-tcp-passthrough");
  new LkeCloudflareInFrontStack(app, "lke-cloudflare-in-front");
  new LkeCloudflareAopStack(app, "lke-cloudflare-aop");
}
