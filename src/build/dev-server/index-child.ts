import { indexSite } from "../../outputs/search/index-site.ts";

/**
 * `node --import tsx src/build/dev-server/index-child.ts <folder>`: indexes a built site for search. `npm start`
 * runs it in the background, in its own low-priority process, after rebuilds (src/build/dev-server/search-plugin.ts).
 */
const [outputDir] = process.argv.slice(2);
if (!outputDir) throw new Error("usage: index-child.ts <built site folder>");
const report = await indexSite(outputDir);
for (const problem of report.problems) console.warn(problem.message);
console.log(`[search] indexed ${outputDir.replace(/\/?$/, "/")} into its pagefind/ folder`);
process.exitCode = report.problems.length ? 1 : 0;
