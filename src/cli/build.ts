import { rm, rename } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { renderedSite, type RenderedSite } from "../checks/rendered-site.ts";
import { startPageWorker, stopPageWorker } from "../render/rendered-pages.ts";
import { ContentError, type Problem } from "../checks/problem.ts";
import { postBuildLanes, type PostBuildContext } from "./post-build.ts";
import { findProblems, reportProblems } from "./report.ts";
import { isMain } from "./is-main.ts";

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

/**
 * `npm run build`: the production site. Eleventy writes to a temporary folder; only a build
 * that passes every check replaces `_site/`, so a failed build never publishes anything.
 */
export async function build(input = "content", output = "_site"): Promise<boolean> {
  const started = performance.now();
  const timings: [string, number][] = [];
  const staging = path.join(path.dirname(output), `.build-${path.basename(output)}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    // Pages go to a worker as they are written: scanned for the checks, fed to the search index.
    startPageWorker();
    const eleventy = new Eleventy(input, staging, { configPath: "eleventy.config.ts", quietMode: true, runMode: "build" });
    await eleventy.write();
    timings.push(["eleventy", performance.now() - started]);
    let site: Promise<RenderedSite> | undefined;
    const problems = await runLanes(staging, { contentDir: input, site: () => (site ??= renderedSite(staging)) }, timings);
    if (problems.length) throw new ContentError(problems);
  } catch (error) {
    const problems = findProblems(error);
    if (problems) reportProblems(problems);
    else console.error(error);
    await rm(staging, { recursive: true, force: true });
    return false;
  } finally {
    await stopPageWorker();
  }
  await rm(output, { recursive: true, force: true });
  await rename(staging, output);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Built ${output}/ in ${seconds(performance.now() - started)} (${timings.map(([name, ms]) => `${name} ${seconds(ms)}`).join(", ")})`);
  // Machine-readable, for scripts/bench.ts.
  console.log(`timings: ${timings.map(([name, ms]) => `${name}_ms=${Math.round(ms)}`).join(" ")}`);
  return true;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { input: { type: "string" }, output: { type: "string" } } });
  process.exitCode = (await build(values.input, values.output)) ? 0 : 1;
}
