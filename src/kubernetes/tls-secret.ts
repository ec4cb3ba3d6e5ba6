import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { ICertificateSource } from "../certificates/certificate-source";
import type { KeyAlgorithm } from "../certificates/key-algorithm";
import { SecretV1 } from "../generated/providers/kubernetes/secret-v1";
import { checkKubernetesName } from "./kubernetes-names";

/** Props of a {@link TlsSecret}. */
export interface TlsSecretProps {
  /** The Secret's name, e.g. `shop-tls`. */
  readonly name: string;
  /**
   * The Secret's namespace: the Service's (the CCM reads TLS Secrets there only), or Traefik's.
   * @default "default"
   */
  readonly namespace?: string;
  /** The certificate: `tls.crt` is its full chain, `tls.key` its key. */
  readonly certificate: ICertificateSource;
}

/**
 * The fingerprint of a certificate as the package's annotation carries it: the SHA-256 (hex) of
 * the full chain, computed by Terraform.
 */
export function certificateFingerprint(certificate: ICertificateSource): string {
  return Fn.sha256(certificate.fullChainPem);
}

/**
 * A `kubernetes.io/tls` Secret (`kubernetes_secret_v1`) holding a certificate's full chain and key.
 *
 * The data is written with the provider's write-only `data_wo` (Terraform 1.11+), so the key is not
 * copied into this resource's state (the certificate's own resource still holds it). Write-only
 * data is sent only when `data_wo_revision` changes: the revision is derived from the chain's
 * SHA-256, so a renewal (or a new certificate) rewrites the Secret in the same apply.
 * @see https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs/resources/secret_v1
 */
export class TlsSecret extends Construct {
  /** The Secret's name. */
  public readonly secretName: string;
  /** The Secret's namespace. */
  public readonly namespace: string;
  /** The algorithm of the certificate's key. */
  public readonly keyAlgorithm: KeyAlgorithm;
  /** The SHA-256 (hex) of the full chain: the value of the Service's fingerprint annotation. */
  public readonly fingerprint: string;
  /** The underlying `kubernetes_secret_v1`. */
  public readonly resource: SecretV1;

  constructor(scope: Construct, id: string, props: TlsSecretProps) {
    super(scope, id);
    const namespace = props.namespace ?? "default";
    checkKubernetesName(this, "name", props.name, "subdomain");
    checkKubernetesName(this, "namespace", namespace, "label");
    this.secretName = props.name;
    this.namespace = namespace;
    this.keyAlgorithm = props.certificate.keyAlgorithm;
    this.fingerprint = certificateFingerprint(props.certificate);
    this.resource = new SecretV1(this, "Resource", {
      metadata: { name: props.name, namespace },
      type: "kubernetes.io/tls",
      dataWo: { "tls.crt": props.certificate.fullChainPem, "tls.key": props.certificate.privateKeyPem },
      // 13 hex digits (52 bits) of the chain's SHA-256: a whole number JSON and Terraform keep exact.
      dataWoRevision: Fn.parseint(Fn.substr(this.fingerprint, 0, 13), 16),
    });
  }
}
