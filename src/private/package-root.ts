import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** The package's name in its package.json. */
export const PACKAGE_NAME = "cdktf-nodebalancer-ssl";

let cached: { readonly root: string; readonly version: string } | undefined;

/**
 * The folder of this package's package.json (where `schemas/` lives), found once from this
 * module's location: `src/private` under tsx, `lib/src/private` when built or installed.
 * @throws Error when no package.json named {@link PACKAGE_NAME} is above this module
 */
export function packageRoot(): string {
  return located().root;
}

/** The package's version, from the package.json of {@link packageRoot}. */
export function packageVersion(): string {
  return located().version;
}

function located(): { readonly root: string; readonly version: string } {
  if (cached !== undefined) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === "string") {
        cached = { root: dir, version: pkg.version };
        return cached;
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${__dirname}`);
  }
}
