import { existsSync } from "node:fs";
import { cp, lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentChecks } from "../checks/index.ts";
import { isAllowedPublicFile } from "../checks/public-files.ts";
import { formatProblem } from "../content/problem.ts";
import { normalizeUrl } from "./import/hugo-site.ts";
import { planImport, type ImportNote, type ReplacedList } from "./import/plan.ts";
import { listRedirectsFile, readListRedirectsText } from "../outputs/redirects/to-lists.ts";
import { sectionRedirects } from "../outputs/redirects/list.ts";
import { reservedUrls } from "../outputs/collections/reserved-urls.ts";
import { proveByBuilding } from "./import/proof.ts";
import { loadContent } from "../content/model/load.ts";
import { site } from "../content/site.ts";
import { isMain } from "../build/is-main.ts";

export interface ImportOptions {
  dryRun?: boolean;
  contentDir?: string;
  out?: (line: string) => void;
}

/**
 * `npm run import-hugo -- <hugo-site> [--dry-run]`: the Hugo site's content/ into our
 * collections, every content check on the result, then a build of the result in a throwaway
 * copy whose pages are compared with what the Hugo pages showed. Exit code 1 when something
 * would be lost (a file not imported, a build that fails, a piece of text the built page does
 * not show), and nothing is written; what needs a human is listed as file:line either way.
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

  // Old addresses of hand-kept list pages -> the generated lists, in content/redirects.yaml.
  const redirectsFile = path.join(contentDir, listRedirectsFile).split(path.sep).join("/");
  const redirectsBefore = existsSync(redirectsFile) ? await readFile(redirectsFile, "utf8") : undefined;
  const redirectsAfter = listRedirectsText(redirectsBefore, plan.lists);
  // What the import writes: the new pages, and the redirects file when it changes.
  const writes = new Map(overlay);
  if (redirectsAfter !== redirectsBefore && redirectsAfter !== undefined) writes.set(redirectsFile, redirectsAfter);

  const model = await loadContent({ contentDir, overlay }, contentChecks);
  const perCollection = new Map<string, number>();
  for (const file of plan.files) perCollection.set(file.collection, (perCollection.get(file.collection) ?? 0) + 1);

  out(`Hugo import from ${siteDir}${options.dryRun ? " (dry run: nothing written)" : ""}`);
  out(
    `Files: ${[...perCollection].map(([c, n]) => `${c} ${n}`).join(", ") || "none"} (${status.new} new, ${status.unchanged} unchanged, ${status.kept} kept as they are)`,
  );
  out("\nMapped:");
  for (const file of plan.files) out(`  ${file.source} -> ${file.target} (${file.url})${file.mapped.length ? `: ${file.mapped.join("; ")}` : ""}`);
  if (plan.lists.length) {
    out("\nReplaced by generated lists (not imported; their old addresses redirect):");
    for (const list of plan.lists) out(`  ${list.file} (hand-kept ${list.title}) -> ${list.to}${list.from.length ? `: ${list.from.join(", ")}` : ""}`);
  }
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
  out("\nContent check: passed. Building the result in a throwaway copy to compare every page with the Hugo one...");
  const staticDir = existsSync(path.join(siteDir, "static")) ? path.join(siteDir, "static") : undefined;
  const proof = await proveByBuilding(plan.files, writes, staticDir, (href) => plan.moved.get(normalizeUrl(href)) ?? href);
  if (!proof.built) {
    out("\nThe result would not build (the build's problems are listed above). Nothing was written.");
    return 1;
  }
  for (const note of proof.notCompared) out(`  not compared: ${note}`);
  if (proof.losses.length) {
    out(`\nLost in the import (${proof.losses.length}): what readers of the Hugo site saw and the built page would not show:`);
    for (const loss of proof.losses) out(`  ${where(loss)}`);
    out("Nothing was written.");
    return 1;
  }
  out(
    `\nThe result builds, and every imported page shows all the text, links, images and code of its Hugo page (${plan.files.length - proof.notCompared.length} compared).`,
  );
  if (!options.dryRun) {
    for (const [target, text] of writes) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    out(`Wrote ${writes.size} file${writes.size === 1 ? "" : "s"}${writes.has(redirectsFile) ? ` (${redirectsFile} included)` : ""}.`);
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

/**
 * content/redirects.yaml with an item for every old address of a replaced list that nothing
 * else serves yet; items already there are kept as written. Undefined when there is none.
 */
function listRedirectsText(before: string | undefined, lists: ReplacedList[]): string | undefined {
  const taken = new Set([...reservedUrls(), ...sectionRedirects().map((r) => r.from), "/", ...readListRedirectsText(before ?? "").map((r) => r.from)]);
  let text =
    before ??
    "# Old addresses that lead to a page the site generates (a list or a home page): one redirect each.\n# Written by npm run import-hugo; see CONTRIBUTING.md.\n";
  let added = false;
  for (const list of lists) {
    for (const from of list.from) {
      if (taken.has(from) || from === list.to) continue;
      taken.add(from);
      text += `${text.endsWith("\n") ? "" : "\n"}- from: ${from}\n  to: ${list.to}\n`;
      added = true;
    }
  }
  return added || before !== undefined ? text : undefined;
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
