import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { loadContent, type ContentCheck, type ContentModel } from "../../src/content/model/load.ts";
import type { FixtureFiles } from "../../scripts/lib/fixture-site.ts";
import { tempDir } from "../../scripts/lib/temp-dir.ts";

/**
 * The content model of a fixture tree, loaded in-process (no Eleventy): for units that need
 * real entries. Paths in problems are relative to the temp folder: content/en/...
 */
export async function fixtureModel(
  files: FixtureFiles,
  checks: ContentCheck[] = [],
  now = DateTime.fromISO("2026-06-01T12:00", { zone: "America/Toronto" }),
): Promise<ContentModel> {
  const dir = await tempDir("govcloud-model-");
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, "content", file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await loadContent({ contentDir: "content", now }, checks);
  } finally {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  }
}
