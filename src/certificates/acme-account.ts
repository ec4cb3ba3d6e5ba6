import { Construct } from "constructs";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Registration } from "../generated/providers/acme/registration";
import { checkEmail } from "../private/validation";

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
    this.accountKey = new PrivateKey(this, "Key", { algorithm: "ECDSA", ecdsaCurve: "P256" });
    this.resource = new Registration(this, "Resource", {
      accountKeyPem: this.accountKey.privateKeyPem,
      emailAddress: props.email,
    });
    // Read back from the registration, so that whatever uses the key waits for the account.
    this.accountKeyPem = this.resource.accountKeyPem;
  }
}
