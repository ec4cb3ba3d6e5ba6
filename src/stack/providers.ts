import type { TerraformStack } from "cdktf";
import { AcmeServer } from "../certificates/acme-server";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const cloudflareBinding = (): typeof import("@cdktf/provider-cloudflare/lib/provider") => require("@cdktf/provider-cloudflare/lib/provider");
const tlsBinding = (): typeof import("@cdktf/provider-tls/lib/provider") => require("@cdktf/provider-tls/lib/provider");
const acmeBinding = (): typeof import("../generated/providers/acme/provider") => require("../generated/providers/acme/provider");
const linodeBinding = (): typeof import("../generated/providers/linode/provider") => require("../generated/providers/linode/provider");

/** A Terraform provider an SSL option needs. */
export enum RequiredProvider {
  /** Linode: token from `LINODE_TOKEN`. */
  LINODE = "linode",
  /** ACME: no credentials; DNS tokens are read by lego from the environment. */
  ACME = "acme",
  /** TLS: local key generation, no credentials. */
  TLS = "tls",
  /** Cloudflare: token from `CLOUDFLARE_API_TOKEN`. */
  CLOUDFLARE = "cloudflare",
}

/** Options of {@link configureProviders}. */
export interface ProvidersOptions {
  /**
   * The ACME directory, when the ACME provider is needed.
   * @default AcmeServer.LETS_ENCRYPT_PRODUCTION
   */
  readonly acmeServer?: AcmeServer;
}

/**
 * Adds exactly the provider blocks a stack needs, each without credentials: the providers read
 * their tokens from the environment at plan/apply time, so no secret reaches the synthesized files.
 */
export function configureProviders(stack: TerraformStack, needs: Iterable<RequiredProvider>, options: ProvidersOptions = {}): void {
  for (const provider of [...new Set(needs)].sort()) {
    switch (provider) {
      case RequiredProvider.LINODE:
        new (linodeBinding().LinodeProvider)(stack, "linode", {});
        break;
      case RequiredProvider.ACME:
        new (acmeBinding().AcmeProvider)(stack, "acme", { serverUrl: (options.acmeServer ?? AcmeServer.LETS_ENCRYPT_PRODUCTION).url });
        break;
      case RequiredProvider.TLS:
        new (tlsBinding().TlsProvider)(stack, "tls", {});
        break;
      case RequiredProvider.CLOUDFLARE:
        new (cloudflareBinding().CloudflareProvider)(stack, "cloudflare", {});
        break;
    }
  }
}
