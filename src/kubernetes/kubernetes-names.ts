import type { IConstruct } from "constructs";
import { check, isToken } from "../private/validation";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Checks a Kubernetes name: a namespace or Service is a DNS label (≤ 63), a Secret a DNS subdomain (≤ 253); tokens pass. */
export function checkKubernetesName(scope: IConstruct | string, prop: string, name: string, kind: "label" | "subdomain"): void {
  if (isToken(name)) return;
  const ok = typeof name === "string" && (kind === "label" ? DNS_LABEL.test(name) && name.length <= 63 : name.length <= 253 && name.split(".").every((part) => DNS_LABEL.test(part)));
  check(
    ok,
    scope,
    prop,
    name,
    kind === "label"
      ? "Use a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63, such as 'shop'."
      : "Use a Kubernetes object name: lower-case letters, digits, '-' and '.', at most 253, such as 'shop-tls'.",
  );
}
