import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { isNewKind, newFiles, newKinds } from "./authoring/templates.ts";
import { isoDate } from "../content/schema/fields.ts";
import { site } from "../content/site.ts";
import { isMain } from "../build/is-main.ts";

const usage = `Usage: npm run new -- <${Object.keys(newKinds).join("|")}> <title, date or name>
  npm run new -- post "My title"
  npm run new -- meeting 2026-12-10
  npm run new -- demo "Title"
  npm run new -- person "Name"
  npm run new -- project "Name"`;

/**
 * `npm run new`: the English and French files of a new post, meeting, demo, person or project, with
 * every front-matter field. Prints their paths; never overwrites a file.
 */
export async function createNew(args: string[], contentDir: string = site.contentDir, out = console.log, err = console.error): Promise<number> {
  const [kind = "", ...rest] = args;
  const value = rest.join(" ").trim();
  if (!isNewKind(kind) || !value) {
    err(usage);
    return 1;
  }
  if (kind === "meeting" && !isoDate.safeParse(value).success) {
    err(`"${value}" is not a date: a meeting is named by its date, YYYY-MM-DD (like 2026-12-10)`);
    return 1;
  }
  const today = DateTime.now().setZone(site.timeZone).toISODate() ?? "";
  const files = newFiles(kind, value, today, contentDir);
  if (typeof files === "string") {
    err(files);
    return 1;
  }
  const existing = files.filter((f) => existsSync(f.file));
  if (existing.length) {
    err(`Not created: ${existing.map((f) => f.file).join(" and ")} already exist${existing.length === 1 ? "s" : ""} (nothing was overwritten).`);
    return 1;
  }
  for (const { file, text } of files) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: "wx" });
    out(file);
  }
  return 0;
}

if (isMain(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { input: { type: "string" } } });
  process.exitCode = await createNew(positionals, values.input);
}
