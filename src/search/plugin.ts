import type { EleventyConfig } from "../eleventy-types.ts";
import { backgroundJob, type BackgroundJob } from "./background.ts";
import { indexSite } from "./index-site.ts";
import { indexRendered } from "./live-index.ts";

/** What Eleventy passes to `eleventy.after` (https://www.11ty.dev/docs/events/#eleventy.after). */
interface AfterBuild {
  directories: { output: string };
  runMode: "build" | "watch" | "serve";
}

/** How long the dev server waits after a rebuild before re-indexing: saves in a row index once. */
export const devIndexQuietMs = 1500;

/**
 * `npm start` gets a working search too: after each rebuild the dev server's output is indexed,
 * in the background, so the reload never waits for it (issue 8): search may lag a moment behind
 * an edit. (`npm run build` indexes in its post-build step instead, before the site is published.)
 */
export function searchPlugin(eleventyConfig: EleventyConfig): void {
  // `npm run build` indexes each page as it is written (when it started a live index).
  eleventyConfig.addTransform("search-index", function (content) {
    if (typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html")) indexRendered(this.page.url, content);
    return content;
  });
  let outputDir = "";
  let devIndex: BackgroundJob | undefined;
  eleventyConfig.on("eleventy.beforeWatch", () => devIndex?.postpone());
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: AfterBuild) => {
    if (runMode === "build") return;
    outputDir = directories.output;
    devIndex ??= backgroundJob(async () => {
      const report = await indexSite(outputDir);
      for (const problem of report.problems) console.warn(problem.message);
      console.log(`[search] indexed ${report.pages} HTML files into ${outputDir}pagefind/`);
    }, devIndexQuietMs);
    devIndex.request();
  });
}
