import Eleventy from "@11ty/eleventy";
import { contentChecks } from "../checks/index.ts";
import { ContentError } from "../content/problem.ts";
import { checkLinks, contentSources } from "../checks/links.ts";
import { renderedSite } from "../outputs/rendered-site.ts";
import { writeSitemap } from "../outputs/sharing/sitemap.ts";
import { loadContent, type ContentModel } from "../content/model/load.ts";
import { renderNextBuildFrom } from "./eleventy/content-plugin.ts";
import { site } from "../content/site.ts";
import { findProblems, reportProblems } from "./report.ts";

/** What the rendering process tells the build when it ends: each step's time, in milliseconds. */
export interface RenderReport {
  timings: [string, number][];
}

/** Eleventy renders the site into `output` from `model`. */
async function renderSite(model: ContentModel, output: string): Promise<void> {
  renderNextBuildFrom(model);
  const eleventy = new Eleventy("site", output, { configPath: "eleventy.config.ts", quietMode: true, runMode: "build" });
  await eleventy.write();
}

/**
 * Checks the content, renders the site into `output`, writes the sitemap and checks every link
 * of the rendered pages; false (problems printed) when any of it fails. Every content problem is reported at
 * once, before anything renders: `path:line: message`.
 */
async function renderAndCheck(output: string, timings: [string, number][]): Promise<boolean> {
  let started = performance.now();
  const model = await loadContent({ contentDir: site.contentDir }, contentChecks);
  timings.push(["check", performance.now() - started]);
  reportProblems([...model.warnings, ...model.problems]);
  if (model.problems.length) return false;
  try {
    started = performance.now();
    await renderSite(model, output);
    timings.push(["eleventy", performance.now() - started]);
    // Every page scanned once, for the sitemap and the link check.
    started = performance.now();
    const rendered = await renderedSite(output);
    await writeSitemap(output, model, rendered);
    timings.push(["sitemap", performance.now() - started]);
    started = performance.now();
    const broken = await checkLinks(output, contentSources(model, model.sources), rendered);
    timings.push(["links", performance.now() - started]);
    if (broken.length) throw new ContentError(broken);
    return true;
  } catch (error) {
    const problems = findProblems(error);
    if (problems) reportProblems(problems);
    else console.error(error);
    return false;
  }
}

/**
 * `render-child.ts <folder>`, started by `npm run build` (src/build/build.ts) in a process of its
 * own, so that everything rendering leaves in memory is gone when Pagefind indexes the pages.
 * Exits 0 when the site in <folder> is ready to index, 1 when problems were printed.
 */
const [output] = process.argv.slice(2);
if (!output || !process.send) throw new Error("render-child.ts is started by src/build/build.ts");
const timings: [string, number][] = [];
const ok = await renderAndCheck(output, timings);
const report: RenderReport = { timings };
process.send(report, () => process.exit(ok ? 0 : 1));
