import type { TerraformStack } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { AcmeProvider } from "../generated/providers/acme/provider";
import { LinodeProvider } from "../generated/providers/linode/provider";
import { AcmeServer } from "../certificates/acme-server";

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
        new LinodeProvider(stack, "linode", {});
        break;
      case RequiredProvider.ACME:
        new AcmeProvider(stack, "acme", { serverUrl: (options.acmeServer ?? AcmeServer.LETS_ENCRYPT_PRODUCTION).url });
        break;
      case RequiredProvider.TLS:
        new TlsProvider(stack, "tls", {});
        break;
      case RequiredProvider.CLOUDFLARE:
        new CloudflareProvider(stack, "cloudflare", {});
        break;
    }
  }
}
