/**
 * The Service annotations the Linode CCM v0.9.8 reads (`cloud/annotations/annotations.go`) that this
 * model renders, and the package's own certificate fingerprint annotation.
 */
export enum CcmAnnotation {
  DEFAULT_PROTOCOL = "service.beta.kubernetes.io/linode-loadbalancer-default-protocol",
  DEFAULT_PROXY_PROTOCOL = "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol",
  CHECK_TYPE = "service.beta.kubernetes.io/linode-loadbalancer-check-type",
  CHECK_PATH = "service.beta.kubernetes.io/linode-loadbalancer-check-path",
  CHECK_BODY = "service.beta.kubernetes.io/linode-loadbalancer-check-body",
  CHECK_INTERVAL = "service.beta.kubernetes.io/linode-loadbalancer-check-interval",
  CHECK_TIMEOUT = "service.beta.kubernetes.io/linode-loadbalancer-check-timeout",
  CHECK_ATTEMPTS = "service.beta.kubernetes.io/linode-loadbalancer-check-attempts",
  CHECK_PASSIVE = "service.beta.kubernetes.io/linode-loadbalancer-check-passive",
  THROTTLE = "service.beta.kubernetes.io/linode-loadbalancer-throttle",
  RESERVED_IPV4 = "service.beta.kubernetes.io/linode-loadbalancer-reserved-ipv4",
  PRESERVE = "service.beta.kubernetes.io/linode-loadbalancer-preserve",
  NODEBALANCER_TYPE = "service.beta.kubernetes.io/linode-loadbalancer-nodebalancer-type",
  HOSTNAME_ONLY_INGRESS = "service.beta.kubernetes.io/linode-loadbalancer-hostname-only-ingress",
  FIREWALL_ID = "service.beta.kubernetes.io/linode-loadbalancer-firewall-id",
  FIREWALL_ACL = "service.beta.kubernetes.io/linode-loadbalancer-firewall-acl",
}

/** The prefix of the CCM's per-port annotations (`AnnLinodePortConfigPrefix`). */
export const CCM_PORT_ANNOTATION_PREFIX = "service.beta.kubernetes.io/linode-loadbalancer-port-";

/** The CCM's per-port annotation: `service.beta.kubernetes.io/linode-loadbalancer-port-<port>` (JSON). */
export function ccmPortAnnotation(port: number): string {
  return `${CCM_PORT_ANNOTATION_PREFIX}${port}`;
}

/**
 * The package's own annotation holding the SHA-256 of the certificate the NodeBalancer serves. The
 * CCM ignores it, but any change of a Service's annotations makes the CCM reconcile the Service and
 * re-read its TLS Secrets, which it never watches: a renewed certificate reaches the NodeBalancer.
 */
export const CERTIFICATE_SHA256_ANNOTATION = "cdktf-nodebalancer-ssl.io/certificate-sha256";
