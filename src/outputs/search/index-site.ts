import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "../../content/problem.ts";
import { isLang, type Lang } from "../../content/site.ts";
import { closeIndexGaps, entryFile } from "./pagefind-meta.ts";

/**
 * Where the other-language copies of single-language pages are written for Pagefind to index,
 * inside the site and only while it indexes: a copy's URL is `/.search-copies/<lang><url>`, which
 * the search script (src/outputs/search/browser/search.ts) turns back into `<url>`. A hidden folder,
 * so no file of public/ (which refuses hidden files) can be in it.
 */
const copiesFolder = ".search-copies";

/** Where the index is written, inside the site: served as /pagefind/. */
const bundleDir = "pagefind";

/** Pagefind's ready-made UIs; the site has its own (src/outputs/search/browser/search.ts), so they are not published. */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * Makes a written bundle what the site publishes: without Pagefind's own UIs, and with no gaps
 * between index chunks (src/outputs/search/chunk-bounds.ts: a first French query loads one chunk, not two).
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
  // Nothing to keep serving (a fresh build): the whole folder moves in one rename.
  if (!existsSync(target)) return rename(next, target);
  const files = (await filesIn(next)).sort((a, b) => Number(a === entryFile) - Number(b === entryFile));
  await moveFiles(next, target, files);
  const current = new Set(files);
  for (const file of await filesIn(target)) {
    if (!current.has(file)) await rm(path.join(target, file));
  }
  await rm(next, { recursive: true, force: true });
}

/**
 * Parts of a content page that are not its text: the facts box (shown in results from the
 * metadata instead), the table of contents (repeats the headings), "Date modified", and text for
 * screen readers only ("(external link)" after each link), which would read oddly in an excerpt.
 * Other interface text inside `<article data-pagefind-body>` is marked `data-pagefind-ignore`
 * where it is written (layouts/).
 */
const excludeSelectors = [".meta", ".toc", ".date-modified", ".visually-hidden"];

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

export interface IndexReport {
  /** Single-language pages also indexed in the other language. */
  crossLanguage: number;
  problems: Problem[];
}

/** Pagefind's command line, as `npx pagefind` runs it: the `bin` of its package. */
function pagefindCli(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind")));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; bin?: string | Record<string, string> };
      if (pkg.name === "pagefind" && pkg.bin) return path.join(dir, typeof pkg.bin === "string" ? pkg.bin : (pkg.bin.pagefind ?? ""));
    } catch {
      // no package.json here: look further up
    }
    if (dir === path.dirname(dir)) throw new Error("the pagefind package has no command line");
    dir = path.dirname(dir);
  }
}

/** Runs Pagefind's CLI; resolves with its output when it fails, undefined when it succeeds. */
function runPagefind(args: string[]): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindCli(), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve(code === 0 ? undefined : output.trim() || `pagefind exited with ${code}`));
  });
}

/**
 * Writes, into `copies`, the other language's copy of every page published in one language only
 * (`search:also-index-in`): the same page with the other `<html lang>`. Returns how many.
 */
async function writeCopies(outputDir: string, copies: string): Promise<number> {
  let count = 0;
  const files = (await readdir(outputDir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith(`${bundleDir}${path.sep}`));
  for (const file of files) {
    // Read synchronously: thousands of small asynchronous reads in a row mostly wait on the thread pool.
    const html = readFileSync(path.join(outputDir, file), "utf8");
    const other = alsoIndexIn(html);
    if (!other) continue;
    const copy = path.join(copies, other, file);
    await mkdir(path.dirname(copy), { recursive: true });
    await writeFile(copy, asLanguage(html, other));
    count += 1;
  }
  return count;
}

/**
 * Indexes a built site with Pagefind's own command line (https://pagefind.app/docs/config-options/):
 * one index per `<html lang>`, each with its language's stemming; accents are folded by Pagefind
 * itself ("deploiement" finds "déploiement"). Only pages with `data-pagefind-body` are indexed
 * (content pages, not lists, home, notices or redirects). A page published in one language only
 * is also indexed in the other language, from a copy (writeCopies) whose URL the search script
 * maps back, so it can be found from either search page; its `lang` metadata lets the results
 * mark it "(French only)". The new index is written beside the one it replaces, then put in
 * place (replaceBundle): under `npm start`, search keeps working while it re-indexes.
 *
 * The command line, not the Node API: on the same 4,000-page site, runs alternated, the API's
 * service took 8.7-9.5 s where the command line took 4.7-8.8 s, for the same files and the
 * same index (docs/ARCHITECTURE.md, "Speed and weight").
 */
export async function indexSite(outputDir: string): Promise<IndexReport> {
  const copies = path.join(outputDir, copiesFolder);
  const next = path.join(outputDir, `.${bundleDir}-next`);
  await Promise.all([copies, next].map((dir) => rm(dir, { recursive: true, force: true })));
  const fail = (messages: string[]) => messages.map((message) => ({ file: outputDir, line: 0, message: `search index: ${message}` }));
  try {
    const crossLanguage = await writeCopies(outputDir, copies);
    const excluded = excludeSelectors.flatMap((selector) => ["--exclude-selectors", selector]);
    const failed = await runPagefind(["--site", outputDir, "--output-path", next, ...excluded, "--quiet"]);
    if (failed) return { crossLanguage, problems: fail([failed]) };
    const problems = await finishBundle(next);
    if (problems.length) return { crossLanguage, problems: fail(problems) };
    await replaceBundle(next, path.join(outputDir, bundleDir));
    return { crossLanguage, problems: [] };
  } finally {
    await Promise.all([copies, next].map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
