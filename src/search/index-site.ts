import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Problem } from "../checks/problem.ts";
import { isLang, type Lang } from "../site.ts";
import { closeIndexGaps, entryFile } from "./pagefind-meta.ts";

/** Marks the other-language copy of a single-language page in its URL. */
export const crossLanguageParam = "in";

/** Where the index is written, inside the site: served as /pagefind/. */
export const bundleDir = "pagefind";

/** Pagefind's ready-made UIs; the site has its own (src/search/browser/search.ts), so they are not published. */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

export type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

/**
 * Makes a written bundle what the site publishes: without Pagefind's own UIs, and with no gaps
 * between index chunks (src/search/chunk-bounds.ts: a first French query loads one chunk, not two).
 * Returns problems as messages.
 */
export async function finishBundle(bundlePath: string): Promise<string[]> {
  for (const file of await readdir(bundlePath)) {
    if (unusedFiles.test(file)) await rm(path.join(bundlePath, file));
  }
  return closeIndexGaps(bundlePath);
}

/** Moves `files` (relative paths) from one folder to the same place in another, in order. */
async function moveFiles(from: string, to: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await rename(path.join(from, file), path.join(to, file));
  }
}

/** Every file of a folder, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * Puts the bundle in `next` in place of the one in `target` without a moment when a search
 * finds no index (under `npm start`, search keeps working while the site is re-indexed): the
 * new files move in first (index files are named by their hash), then pagefind-entry.json, which
 * points to them, in one rename; then the files only the old index used are removed.
 */
async function replaceBundle(next: string, target: string): Promise<void> {
  const files = (await filesIn(next)).sort((a, b) => Number(a === entryFile) - Number(b === entryFile));
  await moveFiles(next, target, files);
  const current = new Set(files);
  for (const file of await filesIn(target)) {
    if (!current.has(file)) await rm(path.join(target, file));
  }
  await rm(next, { recursive: true, force: true });
}

/**
 * Writes an index into the site as it is published (see finishBundle), beside the one it
 * replaces, then puts it in place (replaceBundle): under `npm start`, search keeps working
 * while it re-indexes. Returns problems as messages.
 */
export async function writeBundle(index: PagefindIndex, outputDir: string): Promise<string[]> {
  const bundlePath = path.join(outputDir, bundleDir);
  const next = path.join(outputDir, `.${bundleDir}-next`);
  await rm(next, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: next });
  const problems = written.errors.length ? written.errors : await finishBundle(next);
  if (problems.length) {
    await rm(next, { recursive: true, force: true });
    return problems;
  }
  await replaceBundle(next, bundlePath);
  return [];
}

/**
 * Parts of a content page that are not its text: the facts box (shown in results from the
 * metadata instead), the table of contents (repeats the headings), "Date modified", and text for
 * screen readers only ("(external link)" after each link), which would read oddly in an excerpt.
 * Other interface text inside `<article data-pagefind-body>` is marked `data-pagefind-ignore`
 * where it is written (layouts/).
 */
export const excludeSelectors = [".meta", ".toc", ".date-modified", ".visually-hidden"];

/** `<meta name="search:also-index-in" content="fr">` in the <head> of a page with no translation. */
export function alsoIndexIn(html: string): Lang | undefined {
  // Only the <head> is looked at: it is all generated; contributors' text is in the body.
  const head = html.slice(0, html.indexOf("</head>"));
  const language = /<meta name="search:also-index-in" content="([a-z]+)"/.exec(head)?.[1];
  return language && isLang(language) ? language : undefined;
}

/** The same page, as the other language's index should see it: only `<html lang>` changes. */
export function asLanguage(html: string, lang: Lang): string {
  return html.replace(/^(<!DOCTYPE html>)?\s*<html lang="[a-z]+"/i, (_whole, doctype: string | undefined) => `${doctype ?? ""}<html lang="${lang}"`);
}

/** "/en/demos/x/" for "en/demos/x/index.html". */
function urlOf(relative: string): string {
  const url = `/${relative.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

export interface IndexReport {
  pages: number;
  crossLanguage: number;
  problems: Problem[];
}

/**
 * Indexes a built site with Pagefind's Node API (https://pagefind.app/docs/node-api/): one index
 * per `<html lang>`, each with its language's stemming; accents are folded by Pagefind itself
 * ("deploiement" finds "déploiement"). Only pages with `data-pagefind-body` are indexed (content
 * pages, not lists, home, notices or redirects). A page published in one language only is also
 * added to the other language's index under its own URL, so it can be found from either search
 * page; its `lang` metadata lets the results mark it "(French only)".
 */
export async function indexSite(outputDir: string): Promise<IndexReport> {
  const problems: Problem[] = [];
  const fail = (messages: string[]) => problems.push(...messages.map((message) => ({ file: outputDir, line: 0, message: `search index: ${message}` })));
  // The previous index (no HTML in it) stays until the new one replaces it (writeBundle).
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) {
    fail(errors);
    return { pages: 0, crossLanguage: 0, problems };
  }
  try {
    const added = await index.addDirectory({ path: outputDir });
    fail(added.errors);
    let crossLanguage = 0;
    const files = (await readdir(outputDir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith(`${bundleDir}${path.sep}`));
    for (const file of files) {
      const html = await readFile(path.join(outputDir, file), "utf8");
      const other = alsoIndexIn(html);
      if (!other) continue;
      // Pagefind keeps one record per URL across languages: the copy gets its own (the script drops the query).
      const result = await index.addHTMLFile({ url: `${urlOf(file)}?${crossLanguageParam}=${other}`, content: asLanguage(html, other) });
      fail(result.errors);
      crossLanguage += 1;
    }
    fail(await writeBundle(index, outputDir));
    return { pages: added.page_count, crossLanguage, problems };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
