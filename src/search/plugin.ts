import type { EleventyConfig } from "../eleventy-types.ts";
import { indexSite } from "./index-site.ts";

/** What Eleventy passes to `eleventy.after` (https://www.11ty.dev/docs/events/#eleventy.after). */
interface AfterBuild {
  directories: { output: string };
  runMode: "build" | "watch" | "serve";
}

/**
 * `npm start` gets a working search too: after each rebuild the dev server's output is indexed.
 * (`npm run build` indexes each page as it is rendered instead: src/render/page-worker.ts.)
 */
export function searchPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: AfterBuild) => {
    if (runMode === "build") return;
    const report = await indexSite(directories.output);
    for (const problem of report.problems) console.warn(problem.message);
    console.log(`[search] indexed ${report.pages} HTML files into ${directories.output}pagefind/`);
  });
}
