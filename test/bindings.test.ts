import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { generateBindings } from "../scripts/generate-bindings";
import { BINDINGS_DIR, readManifest, ROOT, SCHEMA_DIR } from "../scripts/providers";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const manifest = readManifest();

describe("provider pins and bindings", () => {
  test("the committed bindings are exactly what the generator makes from the trimmed schemas", async () => {
    // GIVEN a fresh generation into a temp folder
    const out = mkdtempSync(join(tmpdir(), "bindings-"));
    await generateBindings(out);
    // THEN every file matches the committed one byte for byte, and none is missing or extra
    const generated = files(join(out, "providers")).map((f) => relative(out, f)).sort();
    const committed = files(join(BINDINGS_DIR, "providers")).map((f) => relative(BINDINGS_DIR, f)).sort();
    expect(committed).toEqual(generated);
    for (const file of generated) {
      expect(readFileSync(join(BINDINGS_DIR, file), "utf8"), file).toBe(readFileSync(join(out, file), "utf8"));
    }
  });

  test("each trimmed schema holds exactly the manifest's resources and data sources at its version", () => {
    for (const [name, entry] of Object.entries(manifest)) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), "utf8"));
      const provider = schema.provider_schemas[entry.address];
      expect(Object.keys(provider.resource_schemas).sort(), name).toEqual([...entry.resources].sort());
      expect(Object.keys(provider.data_source_schemas ?? {}).sort(), name).toEqual([...entry.dataSources].sort());
      expect(schema.provider_versions, name).toEqual({ [entry.address]: entry.version });
      // No description texts; an attribute named `description` (an object) stays.
      expect(JSON.stringify(schema), name).not.toMatch(/"description(_kind)?":"/);
    }
  });

  test("cdktf.json pins the generated providers at the manifest's versions", () => {
    const cdktf = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8"));
    const generated = Object.values(manifest).filter((e) => e.bindings === "generated");
    expect([...cdktf.terraformProviders].sort()).toEqual(generated.map((e) => `${e.source}@${e.version}`).sort());
    expect(cdktf.codeMakerOutput).toBe("src/generated");
  });

  test("the prebuilt binding packages wrap the manifest's provider versions", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const entry of Object.values(manifest).filter((e) => e.bindings.startsWith("@cdktf/provider-"))) {
      const binding = JSON.parse(readFileSync(join(ROOT, "node_modules", entry.bindings, "package.json"), "utf8"));
      expect(binding.cdktf.provider).toEqual({ name: entry.address, version: entry.version });
      // Users install it beside the package (a peer), this repository the exact tested copy.
      expect(pkg.devDependencies[entry.bindings]).toBe(binding.version);
      expect(pkg.peerDependencies[entry.bindings]).toBe(`~${binding.version}`);
    }
  });
});
