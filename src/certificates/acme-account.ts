import { Construct } from "constructs";
import type { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import type { Registration } from "../generated/providers/acme/registration";
import { checkEmail } from "../private/validation";

// Provider bindings load on first use, so that importing the package stays cheap for stacks that never build these resources.
const privateKeyBinding = (): typeof import("@cdktf/provider-tls/lib/private-key") => require("@cdktf/provider-tls/lib/private-key");
const registrationBinding = (): typeof import("../generated/providers/acme/registration") => require("../generated/providers/acme/registration");

/** Props of an {@link AcmeAccount}. */
export interface AcmeAccountProps {
  /**
   * Contact e-mail of the account. Let's Encrypt no longer sends expiry mail; alert on the
   * certificate's `notAfter` instead.
   * @default - an account without contact
   */
  readonly email?: string;
}

/**
 * An ACME account: a generated account key (`tls_private_key`) and its `acme_registration` with the
 * directory the stack's ACME provider points at (see `AcmeServer`).
 * @see https://registry.terraform.io/providers/vancluever/acme/2.48.3/docs/resources/registration
 */
export class AcmeAccount extends Construct {
  /** The account's private key (sensitive). */
  public readonly accountKeyPem: string;
  /** The underlying `acme_registration`. */
  public readonly resource: Registration;
  /** The underlying `tls_private_key`. */
  public readonly accountKey: PrivateKey;

  constructor(scope: Construct, id: string, props: AcmeAccountProps = {}) {
    super(scope, id);
    checkEmail(this, "email", props.email);
    this.accountKey = new (privateKeyBinding().PrivateKey)(this, "Key", { algorithm: "ECDSA", ecdsaCurve: "P256" });
    this.resource = new (registrationBinding().Registration)(this, "Resource", {
      accountKeyPem: this.accountKey.privateKeyPem,
      emailAddress: props.email,
    });
    // Read back from the registration, so that whatever uses the key waits for the account.
    this.accountKeyPem = this.resource.accountKeyPem;
  }
}
