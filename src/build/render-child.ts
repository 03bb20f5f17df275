import Eleventy from "@11ty/eleventy";
import { contentChecks } from "../checks/index.ts";
import { ContentError } from "../content/problem.ts";
import { renderedSite, type RenderedSite } from "../outputs/rendered-site.ts";
import { loadContent, type ContentModel } from "../content/model/load.ts";
import { renderNextBuildFrom } from "./eleventy/content-plugin.ts";
import { site } from "../content/site.ts";
import { postBuildSteps } from "./post-build.ts";
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
 * Checks the content, renders the site into `output` and runs the steps that read the rendered
 * pages; false (problems printed) when any of it fails. Every content problem is reported at
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
    let rendered: Promise<RenderedSite> | undefined;
    const context = { model, site: () => (rendered ??= renderedSite(output)) };
    for (const step of postBuildSteps) {
      const stepStarted = performance.now();
      const problems = await step.run(output, context);
      timings.push([step.name, performance.now() - stepStarted]);
      if (problems.length) throw new ContentError(problems);
    }
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
