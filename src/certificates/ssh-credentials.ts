import { isToken, ValidationError } from "../private/validation";

/**
 * How Terraform authenticates when it connects to the backends over SSH. The credential always
 * comes from outside the configuration (an agent, a sensitive variable, a key file read at plan
 * time), so no key is written into the synthesized files.
 */
export class SshCredentials {
  /**
   * Authenticate through the ssh-agent of the machine running Terraform (`SSH_AUTH_SOCK`): the
   * simplest choice for a workstation or a CI job that loads a deploy key into an agent.
   */
  public static agent(): SshCredentials {
    return new SshCredentials(true, undefined);
  }

  /**
   * Authenticate with a private key given as a reference: a sensitive `TerraformVariable`'s
   * `stringValue` (set through `TF_VAR_<name>`) or `Fn.file("~/.ssh/deploy_ed25519")`. A literal key
   * is refused, since it would be written into the synthesized configuration. The agent is turned
   * off so that only this key is tried.
   */
  public static privateKey(privateKey: string): SshCredentials {
    if (!isToken(privateKey)) {
      // Echo a path (the likely mistake) but never something that may be key material.
      const shown = /^[~./][^\s]{0,254}$/.test(privateKey) ? privateKey : "a literal string (not shown: it may be a key)";
      throw new ValidationError(
        "SshCredentials.privateKey",
        "privateKey",
        shown,
        "Pass a reference, e.g. the stringValue of a TerraformVariable with 'sensitive: true' (set through TF_VAR_...) or, for a key file, Fn.file('~/.ssh/deploy_ed25519'), so that the key never appears in the synthesized files.",
      );
    }
    return new SshCredentials(false, privateKey);
  }

  protected constructor(
    /** Whether Terraform authenticates through the local ssh-agent. */
    public readonly agent: boolean,
    /** The private key, as a reference (sensitive), when not using the agent. */
    public readonly privateKey: string | undefined,
  ) {}
}
