import * as pagefind from "pagefind";
import type { Problem } from "../checks/problem.ts";
import { alsoIndexIn, asLanguage, crossLanguageParam, excludeSelectors, writeBundle, type IndexReport, type PagefindIndex } from "./index-site.ts";

interface LiveIndex {
  ready: Promise<{ index?: PagefindIndex; errors: string[] }>;
  adds: Promise<string[]>[];
  pages: number;
  crossLanguage: number;
}

let live: LiveIndex | undefined;

/**
 * Indexing while Eleventy renders: Pagefind runs in its own process, so it works on the second
 * core while this one renders, instead of reading the whole site back afterwards (issue 8).
 * `npm run build` starts it before rendering and finishes it in its post-build step.
 */
export function startIndexing(): void {
  live = { ready: pagefind.createIndex({ excludeSelectors }), adds: [], pages: 0, crossLanguage: 0 };
}

/** A page as it is written; only content pages (`data-pagefind-body`) are sent. */
export function indexRendered(url: string, html: string): void {
  const current = live;
  if (!current || !html.includes("data-pagefind-body")) return;
  const add = (pageUrl: string, content: string) =>
    current.adds.push(current.ready.then(async ({ index }) => (index ? (await index.addHTMLFile({ url: pageUrl, content })).errors : [])));
  add(url, html);
  current.pages += 1;
  const other = alsoIndexIn(html);
  if (other) {
    // As in indexSite: the other language's copy gets its own URL (the search script drops the query).
    add(`${url}?${crossLanguageParam}=${other}`, asLanguage(html, other));
    current.crossLanguage += 1;
  }
}

/** Writes the index started by startIndexing into the site; undefined when none was started. */
export async function finishIndexing(outputDir: string): Promise<IndexReport | undefined> {
  const current = live;
  live = undefined;
  if (!current) return undefined;
  const problems: Problem[] = [];
  const fail = (messages: string[]) => problems.push(...messages.map((message) => ({ file: outputDir, line: 0, message: `search index: ${message}` })));
  const { index, errors } = await current.ready;
  if (!index) {
    fail(errors);
    return { pages: 0, crossLanguage: 0, problems };
  }
  try {
    for (const errorsOfPage of await Promise.all(current.adds)) fail(errorsOfPage);
    fail(await writeBundle(index, outputDir));
    return { pages: current.pages, crossLanguage: current.crossLanguage, problems };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** A build that failed: stop Pagefind without writing anything. */
export async function abortIndexing(): Promise<void> {
  const current = live;
  live = undefined;
  if (!current) return;
  await Promise.allSettled(current.adds);
  await pagefind.close();
}
