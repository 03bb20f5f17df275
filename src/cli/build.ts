import { rm, rename } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { postBuildSteps } from "./post-build.ts";
import { findProblems, reportProblems } from "./report.ts";
import { isMain } from "./is-main.ts";

/**
 * `npm run build`: the production site. Eleventy writes to a temporary folder; only a build
 * that passes every check replaces `_site/`, so a failed build never publishes anything.
 */
async function abortSteps(): Promise<void> {
  await Promise.allSettled(postBuildSteps.map((step) => step.abort?.()));
}

export async function build(input = "content", output = "_site"): Promise<boolean> {
  const started = performance.now();
  const timings: [string, number][] = [];
  const staging = path.join(path.dirname(output), `.build-${path.basename(output)}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const step of postBuildSteps) step.before?.();
    const eleventy = new Eleventy(input, staging, { configPath: "eleventy.config.ts", quietMode: true, runMode: "build" });
    await eleventy.write();
    timings.push(["eleventy", performance.now() - started]);
    for (const step of postBuildSteps) {
      const stepStarted = performance.now();
      const problems = await step.run(staging, { contentDir: input });
      timings.push([step.name, performance.now() - stepStarted]);
      if (problems.length) {
        reportProblems(problems);
        await abortSteps();
        await rm(staging, { recursive: true, force: true });
        return false;
      }
    }
  } catch (error) {
    const problems = findProblems(error);
    if (problems) reportProblems(problems);
    else console.error(error);
    await abortSteps();
    await rm(staging, { recursive: true, force: true });
    return false;
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
