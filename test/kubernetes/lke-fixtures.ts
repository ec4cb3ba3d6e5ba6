import { TerraformStack, Testing, TerraformVariable } from "cdktf";
import { AcmeCertificate, AcmeDnsChallenge, AcmeKeyType, ListenerCertificate, KeyAlgorithm } from "../../src";
import { ClusterAccess } from "../../src/kubernetes";
import { newStack } from "../support/fixtures";

/** A fresh stack with every provider of the package configured, the kubernetes and helm ones from a kubeconfig file. */
export function newLkeStack(): TerraformStack {
  const stack = newStack();
  ClusterAccess.fromKubeconfigFile("~/.kube/lke.yaml").bind(stack);
  return stack;
}

/** A Let's Encrypt certificate for `www.example.com`, RSA unless told. */
export function acmeCertificate(stack: TerraformStack, keyType?: AcmeKeyType): ListenerCertificate {
  return ListenerCertificate.fromAcme(new AcmeCertificate(stack, "Certificate", { domainName: "www.example.com", dnsChallenge: AcmeDnsChallenge.linode(), keyType }));
}

/** A certificate of your own, from sensitive variables. */
export function ownCertificate(stack: TerraformStack, keyAlgorithm = KeyAlgorithm.RSA): ListenerCertificate {
  const chain = new TerraformVariable(stack, "chain", { type: "string", sensitive: true });
  const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
  return ListenerCertificate.fromPem({ fullChainPem: chain.value, privateKeyPem: key.value, keyAlgorithm });
}

/** The app of the tests. */
export const APP = { podSelector: { app: "shop" }, port: 8080 };

/** The one resource of a type in a synthesized stack. */
export function only(json: { resource?: Record<string, Record<string, Record<string, unknown>>> }, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(json.resource?.[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  return entries[0];
}

export { Testing };
