import { promises as fs } from "node:fs";
import * as path from "node:path";
import { PACKAGE_NAME, packageRoot, packageVersion } from "../private/package-root";
import { PublishError } from "./publish-error";
import { sortStrings } from "./util";

/** What publish reads from the project's `cdktf.json`. */
export interface CdktfConfig {
  /** The shell command that synthesizes the app. */
  readonly app: string;
  /** cdktf's synth output folder, relative to the project. */
  readonly output: string;
  /** cdktf.json's `context`, when it has any. */
  readonly context?: Record<string, unknown>;
}

/** Reads `<cwd>/cdktf.json`; `appOverride` (--app) replaces its `app` and makes the file optional. */
export async function readCdktfJson(cwd: string, appOverride: string | undefined): Promise<CdktfConfig> {
  const file = path.join(cwd, "cdktf.json");
  let json: Record<string, unknown> = {};
  let text: string | undefined;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new PublishError(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  if (text === undefined) {
    if (appOverride === undefined) {
      throw new PublishError(`no cdktf.json in ${cwd}: run from the project folder or pass --app "<synth command>"`);
    }
  } else {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a JSON object");
      json = parsed as Record<string, unknown>;
    } catch (e) {
      throw new PublishError(`cannot parse ${file}: ${(e as Error).message}`);
    }
  }
  const app = appOverride ?? json.app;
  if (typeof app !== "string" || app.trim() === "") {
    throw new PublishError(
      appOverride !== undefined
        ? `--app is empty: pass the command that synthesizes the app, e.g. --app "npx tsx main.ts"`
        : `cdktf.json in ${cwd} has no "app" command: add one (e.g. "app": "npx tsx main.ts") or pass --app`,
    );
  }
  const output = typeof json.output === "string" && json.output !== "" ? json.output : "cdktf.out";
  const context =
    json.context !== null && typeof json.context === "object" && Object.keys(json.context).length > 0
      ? (json.context as Record<string, unknown>)
      : undefined;
  return { app, output, context };
}

/** The package that publishes, for the manifest. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly providers: Record<string, { source: string; version: string }>;
}

/** This package's name, version and pinned providers (`schemas/providers.json` of the package root). */
export async function readPackageInfo(): Promise<PackageInfo> {
  let root: string;
  let version: string;
  try {
    root = packageRoot();
    version = packageVersion();
  } catch (e) {
    throw new PublishError((e as Error).message);
  }
  const schemaFile = path.join(root, "schemas", "providers.json");
  let schema: Record<string, { source?: unknown; version?: unknown }>;
  try {
    schema = JSON.parse(await fs.readFile(schemaFile, "utf8"));
  } catch (e) {
    throw new PublishError(`cannot read the package's provider pins ${schemaFile}: ${(e as Error).message}`);
  }
  const providers: PackageInfo["providers"] = {};
  for (const name of sortStrings(Object.keys(schema))) {
    const { source, version: pinned } = schema[name];
    providers[name] = { source: String(source), version: String(pinned) };
  }
  return { name: PACKAGE_NAME, version, providers };
}
