import type { EleventyConfig } from "../eleventy-types.ts";
import { isDevelopment } from "../model/plugin.ts";
import { indexSite } from "./index-site.ts";

/**
 * `npm start` gets a working search too: after each rebuild the dev server's output is indexed.
 * (`npm run build` indexes in its post-build step instead, before the site is published.)
 */
export function searchPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    if (!isDevelopment()) return;
    const report = await indexSite(dir.output);
    for (const problem of report.problems) console.warn(problem.message);
  });
}
