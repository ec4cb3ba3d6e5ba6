import { isToken, ValidationError } from "../private/validation";

/** A literal that looks like a path (shown in errors); anything else may be key material and is never shown. */
const PATH_LIKE = /^[~./][^\s]{0,254}$/;

/**
 * How Terraform authenticates when it connects to the backends over SSH. The credential always
 * comes from outside the configuration (an agent, a key file on the machine running Terraform, a
 * sensitive variable), so no key is written into the synthesized files.
 *
 * Which one also decides what the state holds and how a leaving backend is cleaned up (destroy-time
 * provisioners may read only their own resource's state): `agent()` and `privateKeyFile(path)` keep
 * no key in the state and clean up with the same credential; `privateKey(reference)` keeps no key in
 * the state either, so the clean-up authenticates through the ssh-agent.
 */
export class SshCredentials {
  /**
   * Authenticate through the ssh-agent of the machine running Terraform (`SSH_AUTH_SOCK`): the
   * simplest choice for a workstation or a CI job that loads a deploy key into an agent.
   */
  public static agent(): SshCredentials {
    return new SshCredentials(true, undefined, undefined);
  }

  /**
   * Authenticate with the private key in a file on the machine running Terraform, read when a push or
   * a clean-up runs (at apply, never at plan or validate). The state holds the path, never the key, and
   * the clean-up of a leaving backend uses the same file. The path may be a literal
   * (`"~/.ssh/deploy_ed25519"`) or a reference such as a variable's `stringValue`.
   */
  public static privateKeyFile(path: string): SshCredentials {
    if (!isToken(path) && !PATH_LIKE.test(path)) {
      throw new ValidationError(
        "SshCredentials.privateKeyFile",
        "path",
        "a literal string that is not a path (not shown: it may be a key)",
        "Give the path of the key file, such as '~/.ssh/deploy_ed25519' or '/run/secrets/deploy_key'; to pass the key itself, use SshCredentials.privateKey(reference).",
      );
    }
    return new SshCredentials(false, undefined, path);
  }

  /**
   * Authenticate with a private key given as a reference: a sensitive `TerraformVariable`'s
   * `stringValue` (set through `TF_VAR_<name>`). A literal key is refused, since it would be written
   * into the synthesized configuration. The agent is turned off for the pushes so that only this key
   * is tried. The key is not kept in the state: the clean-up of a leaving backend (`removeOnDestroy`)
   * cannot read it at destroy time and authenticates through the ssh-agent instead, so load the same
   * key with `ssh-add` before an apply that removes a backend, or prefer `privateKeyFile(path)`.
   */
  public static privateKey(privateKey: string): SshCredentials {
    if (!isToken(privateKey)) {
      // Echo a path (the likely mistake) but never something that may be key material.
      const shown = PATH_LIKE.test(privateKey) ? privateKey : "a literal string (not shown: it may be a key)";
      throw new ValidationError(
        "SshCredentials.privateKey",
        "privateKey",
        shown,
        "Pass a reference, e.g. the stringValue of a TerraformVariable with 'sensitive: true' (set through TF_VAR_...), or use SshCredentials.privateKeyFile(path) for a key file, so that the key never appears in the synthesized files.",
      );
    }
    return new SshCredentials(false, privateKey, undefined);
  }

  protected constructor(
    /** Whether Terraform authenticates through the local ssh-agent. */
    public readonly agent: boolean,
    /** The private key, as a reference (sensitive), with `privateKey(...)`. */
    public readonly privateKey: string | undefined,
    /** The path of the private key file on the machine running Terraform, with `privateKeyFile(...)`. */
    public readonly privateKeyFile: string | undefined,
  ) {}
}
