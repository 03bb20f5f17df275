import { once } from "node:events";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { Problem } from "../checks/problem.ts";
import { isLang, type Lang } from "../site.ts";
import { alsoIndexIn, asLanguage, bundleDir, crossLanguageParam, unusedFiles, type IndexReport } from "./index-site.ts";
import type { IndexWorkerReport, ToIndexWorker } from "./index-worker.ts";
import { mergeBundles } from "./merge-bundles.ts";
import { startWorker } from "../workers/start.ts";

interface LiveIndex {
  /** One worker (and Pagefind process) per language, started by the first page in it. */
  workers: Map<Lang, Worker>;
  pages: number;
  crossLanguage: number;
}

let live: LiveIndex | undefined;

/**
 * Indexing while Eleventy renders (issue 8): each page is posted to its language's worker as
 * it is written, instead of the whole site being read back afterwards. Pagefind runs in one
 * process per language, so the indexes are built on the second core while this one renders,
 * and written on both cores at once. `npm run build` starts it before rendering and finishes
 * it in its post-build step.
 */
export function startIndexing(): void {
  live = { workers: new Map(), pages: 0, crossLanguage: 0 };
}

function post(current: LiveIndex, lang: Lang, message: ToIndexWorker): void {
  let worker = current.workers.get(lang);
  if (!worker) {
    worker = startWorker(new URL("./index-worker.ts", import.meta.url));
    current.workers.set(lang, worker);
  }
  worker.postMessage(message);
}

/** A page as it is written; only content pages (`data-pagefind-body`) are sent. */
export function indexRendered(url: string, html: string): void {
  const current = live;
  if (!current || !html.includes("data-pagefind-body")) return;
  const lang = /^(?:<!DOCTYPE html>)?\s*<html lang="([a-z]+)"/i.exec(html)?.[1];
  if (!lang || !isLang(lang)) return;
  post(current, lang, { type: "add", url, content: html });
  current.pages += 1;
  const other = alsoIndexIn(html);
  if (other) {
    // As in indexSite: the other language's copy gets its own URL (the search script drops the query).
    post(current, other, { type: "add", url: `${url}?${crossLanguageParam}=${other}`, content: asLanguage(html, other) });
    current.crossLanguage += 1;
  }
}

/** Tells every worker to write (or only close), and waits for their reports. */
async function settle(current: LiveIndex, outputFor?: (lang: Lang) => string): Promise<string[]> {
  const reports = [...current.workers].map(async ([lang, worker]) => {
    const answered = once(worker, "message") as Promise<[IndexWorkerReport]>;
    worker.postMessage((outputFor ? { type: "write", outputPath: outputFor(lang) } : { type: "close" }) satisfies ToIndexWorker);
    const [report] = await answered;
    await worker.terminate();
    return report.errors;
  });
  return (await Promise.all(reports)).flat();
}

/** Writes the index started by startIndexing into the site; undefined when none was started. */
export async function finishIndexing(outputDir: string): Promise<IndexReport | undefined> {
  const current = live;
  live = undefined;
  // No content page at all: indexSite writes the (empty) index the search page loads.
  if (!current?.workers.size) return undefined;
  const bundleOf = (lang: Lang) => path.join(outputDir, `.${bundleDir}-${lang}`);
  const errors = await settle(current, bundleOf);
  const problems: Problem[] = errors.map((message) => ({ file: outputDir, line: 0, message: `search index: ${message}` }));
  if (problems.length) return { pages: current.pages, crossLanguage: current.crossLanguage, problems };
  const target = path.join(outputDir, bundleDir);
  await mergeBundles([...current.workers.keys()].map(bundleOf), target);
  for (const file of await readdir(target).catch(() => [])) {
    if (unusedFiles.test(file)) await rm(path.join(target, file));
  }
  return { pages: current.pages, crossLanguage: current.crossLanguage, problems };
}

/** A build that failed: stop the workers without writing anything. */
export async function abortIndexing(): Promise<void> {
  const current = live;
  live = undefined;
  if (current) await settle(current);
}
