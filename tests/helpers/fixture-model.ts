import { DateTime } from "luxon";
import { loadContent, type ContentModel } from "../../src/content/model/load.ts";
import { site } from "../../src/content/site.ts";
import { fixtureProject, type FixtureFiles } from "../../scripts/lib/fixture-site.ts";

/**
 * The content model of a fixture tree, loaded in-process (paths in the model are relative to
 * the working directory, so it loads from inside the fixture project and changes back).
 */
export async function fixtureModel(files: FixtureFiles, now = DateTime.fromISO("2026-06-01", { zone: site.timeZone })): Promise<ContentModel> {
  const dir = await fixtureProject(files);
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await loadContent({ contentDir: "content", now });
  } finally {
    process.chdir(previous);
  }
}
