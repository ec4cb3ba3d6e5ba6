import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A certificate as the push delivers it: the chain (leaf, then intermediate) and the leaf's key. */
export interface IssuedCertificate {
  readonly fullChainPem: string;
  readonly privateKeyPem: string;
  /** The leaf's serial number (hex), to tell issuances apart. */
  readonly serial: string;
}

function openssl(cwd: string, args: readonly string[]): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"], timeout: 30_000 });
}

/** A client certificate and its key (PEM), as a TLS client presents them. */
export interface ClientCertificate {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

/**
 * A throw-away PKI in `dir`: a root (the TLS client trusts it) and an intermediate that issues
 * leaves for one name, so a client sees the full chain only when the server sends the intermediate.
 */
export class TestPki {
  /** PEM of the root CA, for the client's trust store. */
  public readonly rootPem: string;
  private issued = 0;

  constructor(private readonly dir: string) {
    const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    openssl(dir, ["req", "-x509", ...ec, "-keyout", "root.key", "-out", "root.pem", "-days", "2", "-subj", "/CN=e2e root", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
    writeFileSync(join(dir, "ca.ext"), "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n");
    openssl(dir, ["req", ...ec, "-keyout", "int.key", "-out", "int.csr", "-subj", "/CN=e2e intermediate"]);
    openssl(dir, ["x509", "-req", "-in", "int.csr", "-CA", "root.pem", "-CAkey", "root.key", "-CAcreateserial", "-out", "int.pem", "-days", "2", "-extfile", "ca.ext"]);
    this.rootPem = readFileSync(join(dir, "root.pem"), "utf8");
  }

  /** A new leaf for `name` (a new key each time, as a renewal with a new key). */
  public issue(name: string): IssuedCertificate {
    const n = ++this.issued;
    writeFileSync(join(this.dir, "leaf.ext"), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${name}\n`);
    openssl(this.dir, ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", `leaf${n}.key`, "-out", `leaf${n}.csr`, "-subj", `/CN=${name}`]);
    openssl(this.dir, ["x509", "-req", "-in", `leaf${n}.csr`, "-CA", "int.pem", "-CAkey", "int.key", "-CAcreateserial", "-out", `leaf${n}.pem`, "-days", "2", "-extfile", "leaf.ext"]);
    const serial = execFileSync("openssl", ["x509", "-noout", "-serial", "-in", `leaf${n}.pem`], { cwd: this.dir, encoding: "utf8" }).trim().replace(/^serial=/, "");
    return {
      fullChainPem: readFileSync(join(this.dir, `leaf${n}.pem`), "utf8") + readFileSync(join(this.dir, "int.pem"), "utf8"),
      privateKeyPem: readFileSync(join(this.dir, `leaf${n}.key`), "utf8"),
      serial,
    };
  }

  /**
   * A self-signed RSA client certificate for client authentication only, shaped like the zone's
   * Authenticated Origin Pulls certificate (it is its own CA, as the backends' client CA file).
   */
  public clientCertificate(name: string): ClientCertificate {
    const n = ++this.issued;
    openssl(this.dir, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `client${n}.key`, "-out", `client${n}.pem`, "-days", "2", "-subj", `/CN=${name}`, "-addext", "basicConstraints=critical,CA:FALSE", "-addext", "keyUsage=critical,digitalSignature,keyEncipherment", "-addext", "extendedKeyUsage=clientAuth"]);
    return { certificatePem: readFileSync(join(this.dir, `client${n}.pem`), "utf8"), privateKeyPem: readFileSync(join(this.dir, `client${n}.key`), "utf8") };
  }
}
