import { indexSite } from "../search/index-site.ts";
import { isMain } from "./is-main.ts";

/**
 * `node --import tsx src/cli/index-search.ts <folder>`: indexes a built site for search. `npm start`
 * runs it in the background, in its own low-priority process, after rebuilds (src/search/plugin.ts).
 */
export async function indexSearch(outputDir: string): Promise<number> {
  const report = await indexSite(outputDir);
  for (const problem of report.problems) console.warn(problem.message);
  console.log(`[search] indexed ${report.pages} HTML files into ${outputDir.replace(/\/?$/, "/")}pagefind/`);
  return report.problems.length ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const [outputDir] = process.argv.slice(2);
  if (!outputDir) throw new Error("usage: index-search.ts <built site folder>");
  process.exitCode = await indexSearch(outputDir);
}
