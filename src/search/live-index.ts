import path from "node:path";
import type * as Pagefind from "pagefind";
import type { Problem } from "../checks/problem.ts";
import { isLang, type Lang } from "../site.ts";
import { alsoIndexIn, asLanguage, bundleDir, crossLanguageParam, excludeSelectors, finishBundle, type IndexReport, type PagefindIndex } from "./index-site.ts";
import { mergeBundles } from "./merge-bundles.ts";

/** One language's index, in its own Pagefind process. */
interface LanguageIndex {
  api: typeof Pagefind;
  ready: Promise<{ index?: PagefindIndex; errors: string[] }>;
}

/**
 * The pagefind module keeps one Pagefind process per module instance, and Node makes a new
 * instance for each URL (the query differs): so each language gets its own process, and the
 * indexes are built and written on both cores at once (issue 8).
 */
async function languageIndex(lang: Lang): Promise<LanguageIndex> {
  const api = (await import(`${import.meta.resolve("pagefind")}?lang=${lang}`)) as typeof Pagefind;
  return { api, ready: api.createIndex({ excludeSelectors }) };
}

/**
 * The search index, fed each page as it is rendered instead of reading the site back
 * afterwards. `npm run build` does this in its page worker (src/render/page-worker.ts).
 */
export class LiveIndex {
  private readonly indexes = new Map<Lang, Promise<LanguageIndex>>();
  /** Each page sent to Pagefind, resolving to its errors. */
  private readonly adds: Promise<string[]>[] = [];
  private pages = 0;
  private crossLanguage = 0;

  private add(lang: Lang, url: string, content: string): void {
    let language = this.indexes.get(lang);
    if (!language) this.indexes.set(lang, (language = languageIndex(lang)));
    this.adds.push(
      language.then(async ({ ready }) => {
        const { index } = await ready;
        return index ? (await index.addHTMLFile({ url, content })).errors : [];
      }),
    );
  }

  /** A page as it is written; only content pages (`data-pagefind-body`) are indexed. */
  page(url: string, html: string): void {
    if (!html.includes("data-pagefind-body")) return;
    const lang = /^(?:<!DOCTYPE html>)?\s*<html lang="([a-z]+)"/i.exec(html)?.[1];
    if (!lang || !isLang(lang)) return;
    this.add(lang, url, html);
    this.pages += 1;
    const other = alsoIndexIn(html);
    if (other) {
      // As in indexSite: the other language's copy gets its own URL (the search script drops the query).
      this.add(other, `${url}?${crossLanguageParam}=${other}`, asLanguage(html, other));
      this.crossLanguage += 1;
    }
  }

  /**
   * Writes every language's index into its own folder under `bundles.dir` (outside the site),
   * then merges them into the site's /pagefind/; undefined when no page came. Files older than
   * `bundles.since` are from an earlier build (see mergeBundles).
   */
  async write(outputDir: string, bundles: { dir: string; since: bigint }): Promise<IndexReport | undefined> {
    if (!this.indexes.size) return undefined;
    const problems: Problem[] = [];
    const fail = (messages: string[]) => problems.push(...messages.map((message) => ({ file: outputDir, line: 0, message: `search index: ${message}` })));
    const bundleOf = (lang: Lang) => path.join(bundles.dir, lang);
    for (const errorsOfPage of await Promise.all(this.adds)) fail(errorsOfPage);
    await Promise.all(
      [...this.indexes].map(async ([lang, language]) => {
        const { index, errors } = await (await language).ready;
        fail(errors);
        if (index) fail((await index.writeFiles({ outputPath: bundleOf(lang) })).errors);
      }),
    );
    const languages = [...this.indexes.keys()];
    await this.close();
    if (problems.length) return { pages: this.pages, crossLanguage: this.crossLanguage, problems };
    const target = path.join(outputDir, bundleDir);
    await mergeBundles(languages.map(bundleOf), target, bundles.since);
    fail(await finishBundle(target));
    return { pages: this.pages, crossLanguage: this.crossLanguage, problems };
  }

  /** Stops every Pagefind process (after write, or when the build failed); a second call does nothing. */
  async close(): Promise<void> {
    const open = [...this.indexes.values()];
    this.indexes.clear();
    await Promise.allSettled(this.adds);
    await Promise.allSettled(
      open.map(async (language) => {
        const { api, ready } = await language;
        await (await ready).index?.deleteIndex();
        await api.close();
      }),
    );
  }
}
