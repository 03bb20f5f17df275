import { existsSync } from "node:fs";
import { cp, lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentChecks } from "../checks/index.ts";
import { isAllowedPublicFile } from "../checks/public-files.ts";
import { formatProblem } from "../checks/problem.ts";
import { planImport, type ImportNote } from "../import/plan.ts";
import { loadContent } from "../model/load.ts";
import { site } from "../site.ts";
import { isMain } from "./is-main.ts";

export interface ImportOptions {
  dryRun?: boolean;
  contentDir?: string;
  out?: (line: string) => void;
}

/**
 * `npm run import-hugo -- <hugo-site> [--dry-run]`: the Hugo site's content/ into our
 * collections, then every content check on the result. Exit code 1 when the result would not
 * build or a file could not be imported; what needs a human is listed as file:line either way.
 * Running it again changes nothing; a file that exists with other text (edited since, or
 * written by hand) is kept and reported.
 */
export async function importHugo(siteDir: string, options: ImportOptions = {}): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  const contentDir = options.contentDir ?? site.contentDir;
  if (!existsSync(path.join(siteDir, "content"))) {
    out(`${siteDir}: no content/ folder (expected the root of a Hugo site)`);
    return 1;
  }
  const plan = await planImport(siteDir, contentDir);
  const where = (note: ImportNote) => `${path.join(siteDir, note.file)}:${note.line}: ${note.message}`;

  const overlay = new Map<string, string>();
  const status = { new: 0, updated: 0, unchanged: 0, kept: 0 };
  const kept: ImportNote[] = [];
  for (const file of plan.files) {
    const existing = existsSync(file.target) ? await readFile(file.target, "utf8") : undefined;
    if (existing === file.text) status.unchanged++;
    else if (existing !== undefined) {
      status.kept++;
      kept.push({ file: file.source, line: 1, message: `${file.target} exists with other text: kept it (delete it to import again)` });
    } else {
      status.new++;
      overlay.set(file.target, file.text);
    }
  }

  const model = await loadContent({ contentDir, overlay }, contentChecks);
  const perCollection = new Map<string, number>();
  for (const file of plan.files) perCollection.set(file.collection, (perCollection.get(file.collection) ?? 0) + 1);

  out(`Hugo import from ${siteDir}${options.dryRun ? " (dry run: nothing written)" : ""}`);
  out(`Files: ${[...perCollection].map(([c, n]) => `${c} ${n}`).join(", ") || "none"} (${status.new} new, ${status.unchanged} unchanged, ${status.kept} kept as they are)`);
  out("\nMapped:");
  for (const file of plan.files) out(`  ${file.source} -> ${file.target} (${file.url})${file.mapped.length ? `: ${file.mapped.join("; ")}` : ""}`);
  const human = [...plan.human, ...kept].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (human.length) {
    out(`\nNeeds a human (${human.length}):`);
    for (const note of human) out(`  ${where(note)}`);
  }
  if (plan.skipped.length) {
    out(`\nNot imported (${plan.skipped.length}):`);
    for (const note of plan.skipped) out(`  ${where(note)}`);
  }
  if (model.problems.length) {
    out(`\nThe result would not build (${model.problems.length} problem${model.problems.length === 1 ? "" : "s"}):`);
    for (const problem of model.problems) out(`  ${formatProblem(problem)}`);
    out("Nothing was written.");
    return 1;
  }
  out("\nContent check: the result builds.");
  if (!options.dryRun) {
    for (const [target, text] of overlay) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    out(`Wrote ${overlay.size} file${overlay.size === 1 ? "" : "s"}.`);
    // Hugo's static/ (images, downloads) is served from the site root; ours is public/.
    if (existsSync(path.join(siteDir, "static"))) {
      // Only the types public/ allows (src/checks/public-files.ts): Hugo themes keep scripts and styles there too.
      const left: string[] = [];
      const staticDir = path.join(siteDir, "static");
      await cp(staticDir, "public", {
        recursive: true,
        force: false,
        errorOnExist: false,
        filter: async (source) => {
          if ((await lstat(source)).isDirectory() && !path.basename(source).startsWith(".")) return true;
          const allowed = isAllowedPublicFile(path.relative(staticDir, source));
          if (!allowed) left.push(path.relative(siteDir, source));
          return allowed;
        },
      });
      out("Copied the Hugo site's static/ folder to public/ (files already there were kept).");
      if (left.length) out(`Left out of public/ (${left.length}), types it does not allow (code goes in src/):\n${left.map((file) => `  ${file}`).join("\n")}`);
    }
  }
  return plan.skipped.some((note) => note.message.startsWith("not imported")) ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, input: { type: "string" } } });
  const siteDir = positionals[0];
  if (!siteDir) {
    console.error("usage: npm run import-hugo -- <path-to-hugo-site> [--dry-run]");
    process.exitCode = 2;
  } else {
    process.exitCode = await importHugo(siteDir, { dryRun: values["dry-run"] === true, ...(values.input ? { contentDir: values.input } : {}) });
  }
}
