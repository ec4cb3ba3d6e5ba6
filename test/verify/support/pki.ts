import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The key of a test leaf. */
export enum LeafKey {
  RSA = "rsa",
  ECDSA = "ecdsa",
}

/** A certificate with its key, PEM. */
export interface Issued {
  /** The leaf alone. */
  readonly certPem: string;
  /** The leaf followed by the intermediate: what a correct server sends. */
  readonly fullChainPem: string;
  readonly keyPem: string;
}

/** What {@link TestPki.issue} makes. */
export interface LeafOptions {
  /** DNS names (subjectAltName); the first is also the CN. */
  readonly names: readonly string[];
  /** Validity start, relative to now, in days (negative: in the past). Default -1. */
  readonly fromDays?: number;
  /** Validity end, relative to now, in days. Default 60. */
  readonly toDays?: number;
  /** Default RSA. */
  readonly key?: LeafKey;
  /** RSA modulus size. Default 2048. */
  readonly rsaBits?: number;
  /** The digest the intermediate signs with. Default sha256. */
  readonly digest?: "sha256" | "sha1";
  /** Leave out subjectAltName: the name is only in the CN. Default false. */
  readonly cnOnly?: boolean;
  /** Sign with an issuer that is not a CA (basicConstraints CA:FALSE), sent as the intermediate. Default false. */
  readonly nonCaIssuer?: boolean;
}

const CA_CONFIG = `[ ca ]
default_ca = issuing
[ issuing ]
dir = DIR
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/serial
default_md = sha256
policy = any_name
unique_subject = no
email_in_dn = no
[ any_name ]
commonName = supplied
[ intermediate_ext ]
basicConstraints = critical,CA:true,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ leaf_ext ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = $ENV::LEAF_SAN
[ leaf_nosan_ext ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ not_a_ca_ext ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyCertSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

/**
 * A throwaway test CA made with the `openssl` CLI in a temp folder: a root, an intermediate that
 * the root signed, and leaves with any names, key type and validity (past dates too, through
 * `openssl ca -startdate/-enddate`).
 */
export class TestPki {
  /** The root certificate (PEM): what clients trust (`ca`). */
  public readonly rootPem: string;
  private readonly dir: string;
  private count = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "verify-pki-"));
    mkdirSync(join(this.dir, "issued"));
    writeFileSync(join(this.dir, "index.txt"), "");
    writeFileSync(join(this.dir, "serial"), "1000\n");
    writeFileSync(join(this.dir, "ca.cnf"), CA_CONFIG.replace("DIR", this.dir));
    this.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", this.file("root.key"), "-out", this.file("root.pem"),
      "-days", "3650", "-subj", "/CN=Verify Test Root", "-addext", "basicConstraints=critical,CA:true", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    this.openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", this.file("int.key"), "-out", this.file("int.csr"), "-subj", "/CN=Verify Test Intermediate");
    this.openssl("x509", "-req", "-in", this.file("int.csr"), "-CA", this.file("root.pem"), "-CAkey", this.file("root.key"), "-set_serial", "1",
      "-days", "3650", "-extfile", this.file("ca.cnf"), "-extensions", "intermediate_ext", "-out", this.file("int.pem"));
    this.rootPem = readFileSync(this.file("root.pem"), "utf8");
  }

  /** Issues a leaf signed by the intermediate. */
  public issue(options: LeafOptions): Issued {
    const n = ++this.count;
    const key = this.file(`leaf${n}.key`);
    const csr = this.file(`leaf${n}.csr`);
    const cert = this.file(`leaf${n}.pem`);
    const algorithm =
      options.key === LeafKey.ECDSA ? ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"] : ["-algorithm", "RSA", "-pkeyopt", `rsa_keygen_bits:${options.rsaBits ?? 2048}`];
    const issuer = options.nonCaIssuer ? this.notACa() : "int";
    this.openssl("genpkey", ...algorithm, "-out", key);
    this.openssl("req", "-new", "-key", key, "-subj", `/CN=${options.names[0]}`, "-out", csr);
    this.openssl("ca", "-batch", "-notext", "-config", this.file("ca.cnf"), "-cert", this.file(`${issuer}.pem`), "-keyfile", this.file(`${issuer}.key`),
      "-md", options.digest ?? "sha256", "-extensions", options.cnOnly ? "leaf_nosan_ext" : "leaf_ext",
      "-startdate", asn1Time(options.fromDays ?? -1), "-enddate", asn1Time(options.toDays ?? 60), "-in", csr, "-out", cert,
    { LEAF_SAN: options.names.map((name) => `DNS:${name}`).join(",") });
    const certPem = readFileSync(cert, "utf8");
    return { certPem, fullChainPem: certPem + readFileSync(this.file(`${issuer}.pem`), "utf8"), keyPem: readFileSync(key, "utf8") };
  }

  /** An "intermediate" the root signed as an end entity (CA:FALSE): what signs with it is refused. */
  private notACa(): string {
    if (!existsSync(this.file("notca.pem"))) {
      this.openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", this.file("notca.key"), "-out", this.file("notca.csr"), "-subj", "/CN=Verify Test Not A CA");
      this.openssl("x509", "-req", "-in", this.file("notca.csr"), "-CA", this.file("root.pem"), "-CAkey", this.file("root.key"), "-set_serial", "2",
        "-days", "3650", "-extfile", this.file("ca.cnf"), "-extensions", "not_a_ca_ext", "-out", this.file("notca.pem"));
    }
    return "notca";
  }

  /** Deletes the temp folder. */
  public dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private file(name: string): string {
    return join(this.dir, name);
  }

  private openssl(...args: Array<string | Record<string, string>>): void {
    const env = args.find((a): a is Record<string, string> => typeof a !== "string");
    execFileSync("openssl", args.filter((a): a is string => typeof a === "string"), {
      env: { ...process.env, ...env, LEAF_SAN: env?.LEAF_SAN ?? "DNS:unused" },
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 30_000,
    });
  }
}

/** `YYYYMMDDHHMMSSZ`, `days` from now. */
function asn1Time(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().replace(/[-:T]/g, "").slice(0, 14) + "Z";
}
