import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { renderedSite, type RenderedSite } from "../checks/rendered-site.ts";
import { ContentError, type Problem } from "../checks/problem.ts";
import { postBuildLanes, type PostBuildContext } from "./post-build.ts";
import { findProblems, reportProblems } from "./report.ts";
import { isMain } from "./is-main.ts";
import { openWorkspace, type Workspace } from "./workspace.ts";
import { contentChecks } from "../checks/index.ts";
import { loadContent, type ContentModel } from "../model/load.ts";
import { renderNextBuildFrom } from "../model/plugin.ts";
import { site } from "../site.ts";

/** Runs each lane's steps in order, the lanes side by side; every lane's problems, and each step's time. */
async function runLanes(outputDir: string, context: PostBuildContext, timings: [string, number][]): Promise<Problem[]> {
  const lanes = postBuildLanes.map(async (lane) => {
    for (const step of lane) {
      const started = performance.now();
      const problems = await step.run(outputDir, context);
      timings.push([step.name, performance.now() - started]);
      if (problems.length) return problems;
    }
    return [];
  });
  return (await Promise.all(lanes)).flat();
}

/** Eleventy renders the site into `output` from `model`. Nothing of Eleventy outlives it. */
async function renderSite(model: ContentModel, output: string): Promise<void> {
  renderNextBuildFrom(model);
  const eleventy = new Eleventy("site", output, { configPath: "eleventy.config.ts", quietMode: true, runMode: "build" });
  await eleventy.write();
}

/** Renders the site into the workspace and runs every check; false (problems printed) when it fails. */
async function buildInto(workspace: Workspace, timings: [string, number][]): Promise<boolean> {
  const { staging } = workspace;
  const started = performance.now();
  // Every content problem at once, before anything renders: `path:line: message`, nothing published.
  const model = await loadContent({ contentDir: site.contentDir }, contentChecks);
  reportProblems([...model.warnings, ...model.problems]);
  if (model.problems.length) return false;
  try {
    await renderSite(model, staging);
    // Eleventy's templates and pages are garbage now. Collected before Pagefind writes (its peak),
    // the build's memory peaks ~300 MB lower at 4,000 pages; V8 alone would keep the heap.
    globalThis.gc?.();
    timings.push(["eleventy", performance.now() - started]);
    let rendered: Promise<RenderedSite> | undefined;
    const context = { model, site: () => (rendered ??= renderedSite(staging)) };
    const problems = await runLanes(staging, context, timings);
    if (problems.length) throw new ContentError(problems);
    return true;
  } catch (error) {
    const problems = findProblems(error);
    if (problems) reportProblems(problems);
    else console.error(error);
    return false;
  }
}

/**
 * `npm run build`: the production site. Eleventy writes to a staging folder (src/cli/workspace.ts);
 * only a build that passes every check replaces `_site/`, so a failed build never publishes anything.
 */
export async function build(output = "_site"): Promise<boolean> {
  const started = performance.now();
  const timings: [string, number][] = [];
  const workspace = await openWorkspace(output);
  try {
    if (!(await buildInto(workspace, timings))) return false;
    await workspace.publish();
  } finally {
    await workspace.release();
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Built ${output}/ in ${seconds(performance.now() - started)} (${timings.map(([name, ms]) => `${name} ${seconds(ms)}`).join(", ")})`);
  // Machine-readable, for scripts/bench.ts.
  console.log(`timings: ${timings.map(([name, ms]) => `${name}_ms=${Math.round(ms)}`).join(" ")}`);
  return true;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { output: { type: "string" } } });
  process.exitCode = (await build(values.output)) ? 0 : 1;
}
