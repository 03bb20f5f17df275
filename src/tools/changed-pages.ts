import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { entryUrl } from "../content/i18n/routes.ts";
import { loadContent } from "../content/model/load.ts";
import { classifyPath, readEntry } from "../content/model/read-entry.ts";
import type { Entry } from "../content/model/types.ts";
import { site } from "../content/site.ts";
import { isMain } from "../build/is-main.ts";

export type ChangeKind = "added" | "changed" | "removed";

export interface ContentChange {
  kind: ChangeKind;
  file: string;
}

/** `git diff --name-status` lines (A, M, D, R<score>, C<score>) -> what happened to which file. */
export function parseNameStatus(output: string): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const line of output.split("\n")) {
    const [status = "", first, second] = line.split("\t");
    if (!first) continue;
    if (status.startsWith("R")) {
      // A renamed file is a new URL; the old one is gone.
      changes.push({ kind: "removed", file: first });
      if (second) changes.push({ kind: "added", file: second });
    } else if (status.startsWith("C") && second) changes.push({ kind: "added", file: second });
    else if (status === "A") changes.push({ kind: "added", file: first });
    else if (status === "D") changes.push({ kind: "removed", file: first });
    else changes.push({ kind: "changed", file: first });
  }
  return changes.filter((change) => change.file.endsWith(".md"));
}

export interface PageRow extends ContentChange {
  title?: string;
  /** Absolute URL the page has (or had, when removed). */
  url?: string;
  draft?: boolean;
}

type PageFacts = Pick<Entry, "title" | "url" | "published">;

/**
 * Map each changed content file to its page through the content model: `now` for what the
 * branch adds or changes, `before` (the same files read at the base) for what it removes.
 */
export function pagesFor(
  changes: ContentChange[],
  now: Map<string, PageFacts>,
  before: Map<string, PageFacts> = new Map(),
  origin: string = site.url,
): PageRow[] {
  return changes.map((change) => {
    const entry = (change.kind === "removed" ? before : now).get(change.file);
    if (entry && change.kind === "removed") return { ...change, title: entry.title, url: `${origin}${entry.url}` };
    if (entry) return { ...change, title: entry.title, url: `${origin}${entry.url}`, draft: !entry.published };
    // Not readable (a broken file): the URL its path gives, when the path itself is valid.
    const where = classifyPath(change.file.replace(/^.*?(?=content\/)/, ""));
    return typeof where === "string" ? change : { ...change, url: `${origin}${entryUrl(where.lang, where.collection, where.fileSlug)}` };
  });
}

/** The removed files as they were at `base`, read through the same schema as the build. */
function readAtBase(base: string, files: string[]): Map<string, PageFacts> {
  const options = { includeDrafts: true, now: DateTime.now().setZone(site.timeZone), gitDates: new Map<string, string>() };
  const entries = new Map<string, PageFacts>();
  for (const file of files) {
    try {
      const source = execFileSync("git", ["show", `${base}:${file}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const { entry } = readEntry(file, source, options);
      if (entry) entries.set(file, entry);
    } catch {
      // Not in the base after all: fall back to the path.
    }
  }
  return entries;
}

const kindLabel: Record<ChangeKind, string> = { added: "Added / Ajoutée", changed: "Changed / Modifiée", removed: "Removed / Retirée" };

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The job summary: a Markdown table a reviewer can click through. */
export function summaryMarkdown(rows: PageRow[]): string {
  const heading = "### Pages in this pull request / Pages de cette demande de tirage\n\n";
  if (!rows.length) return `${heading}No content page added, changed or removed. / Aucune page de contenu ajoutée, modifiée ou retirée.\n`;
  const lines = rows.map((row) => {
    const page = row.title ? `${cell(row.title)}${row.draft ? " (draft / ébauche)" : ""}` : "";
    const url = row.url ? (row.kind === "removed" ? `~~${row.url}~~` : row.url) : "";
    return `| ${kindLabel[row.kind]} | ${page} | ${url} | \`${cell(row.file)}\` |`;
  });
  return `${heading}| | Page | URL | File / Fichier |\n| --- | --- | --- | --- |\n${lines.join("\n")}\n`;
}

/** `npm run changed-pages -- --base origin/main`: the summary for this branch against its base. */
export async function changedPages(base: string, contentDir: string = site.contentDir): Promise<string> {
  const diff = execFileSync("git", ["diff", "--name-status", "--find-renames", `${base}...HEAD`, "--", contentDir], { encoding: "utf8" });
  const changes = parseNameStatus(diff);
  const model = await loadContent({ contentDir });
  const removed = changes.filter((change) => change.kind === "removed").map((change) => change.file);
  return summaryMarkdown(pagesFor(changes, model.byFile, readAtBase(base, removed)));
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { base: { type: "string", default: "origin/main" }, input: { type: "string" } } });
  process.stdout.write(await changedPages(values.base, values.input));
}
