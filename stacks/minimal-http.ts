import { TerraformStack, Token } from "cdktf";
import type { Construct } from "constructs";
import { LinodeProvider } from "../src/generated/providers/linode/provider";
import { Nodebalancer } from "../src/generated/providers/linode/nodebalancer";
import { NodebalancerConfigA as NodebalancerConfig } from "../src/generated/providers/linode/nodebalancer-config";
import { NodebalancerNode } from "../src/generated/providers/linode/nodebalancer-node";

/** Pipeline proof: a NodeBalancer with a plain HTTP config and two nodes. */
export class MinimalHttpStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LinodeProvider(this, "linode", {});
    const nb = new Nodebalancer(this, "nb", { label: "minimal-http", region: "us-east" });
    const config = new NodebalancerConfig(this, "http", { nodebalancerId: Token.asNumber(nb.id), port: 80, protocol: "http" });
    ["192.168.130.10", "192.168.130.11"].forEach((ip, i) => {
      new NodebalancerNode(this, `node${i}`, {
        nodebalancerId: Token.asNumber(nb.id),
        configId: Token.asNumber(config.id),
        label: `app-${i}`,
        address: `${ip}:80`,
      });
    });
  }
}
