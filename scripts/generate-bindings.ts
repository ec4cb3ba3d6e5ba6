/**
 * Generates the TypeScript bindings for the providers that have no prebuilt npm package
 * (`"bindings": "generated"` in `schemas/providers.json`) from the trimmed schemas, offline, with
 * cdktf's own generator: the same code `cdktf get` writes.
 *
 *   npm run bindings            write src/generated/providers/<name>
 *   npm run bindings -- --out D write them under D instead (the drift test uses this)
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CodeMaker } from "codemaker";
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from "@cdktf/commons";
import { TerraformProviderGenerator } from "@cdktf/provider-generator/lib/get/generator/provider-generator";
import { BINDINGS_DIR, readManifest, SCHEMA_DIR } from "./providers";

export async function generateBindings(outdir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, entry] of Object.entries(readManifest())) {
    if (entry.bindings !== "generated") continue;
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), "utf8"));
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    const constraint = new TerraformProviderConstraint(`${entry.source}@${entry.version}`);
    generator.generate(ConstructsMakerProviderTarget.from(constraint, Language.TYPESCRIPT));
    rmSync(join(outdir, "providers", name), { recursive: true, force: true });
    await code.save(outdir);
    written.push(join(outdir, "providers", name));
  }
  return written;
}

if (require.main === module) {
  const flag = process.argv.indexOf("--out");
  const outdir = flag >= 0 ? process.argv[flag + 1] : BINDINGS_DIR;
  generateBindings(outdir).then(
    (dirs) => dirs.forEach((dir) => console.log(`wrote ${dir}`)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
