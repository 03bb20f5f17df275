import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { indexSite } from "../outputs/search/index-site.ts";
import type { RenderReport } from "./render-child.ts";
import { reportProblems } from "./report.ts";
import { isMain } from "./is-main.ts";
import { openWorkspace } from "./workspace.ts";

const renderChild = fileURLToPath(new URL("./render-child.ts", import.meta.url));

/**
 * Runs src/build/render-child.ts on `staging`: the content checked, the site rendered and its
 * pages checked, in a process that ends before Pagefind starts. What rendering leaves in memory
 * (about 600 MB at 4,000 pages, most of it heap V8 keeps after collecting) is then given back,
 * and the build's peak is Pagefind's own plus this small process. Its problems print as they are found.
 */
function renderInChild(staging: string, timings: [string, number][]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = fork(renderChild, [staging], { execArgv: ["--import", "tsx"] });
    child.on("message", (report: RenderReport) => timings.push(...report.timings));
    child.once("error", reject);
    child.once("exit", (code) => resolve(code === 0));
  });
}

/** Renders and checks the site, then indexes it for search; false (problems printed) when it fails. */
async function buildInto(staging: string, timings: [string, number][]): Promise<boolean> {
  if (!(await renderInChild(staging, timings))) return false;
  const started = performance.now();
  const { problems } = await indexSite(staging);
  timings.push(["search", performance.now() - started]);
  reportProblems(problems);
  return problems.length === 0;
}

/**
 * `npm run build`: the production site. It is written into a fresh folder (src/build/workspace.ts);
 * only a build that passes every check replaces `_site/`, so a failed build never publishes anything.
 */
export async function build(output = "_site"): Promise<boolean> {
  const started = performance.now();
  const timings: [string, number][] = [];
  const workspace = await openWorkspace(output);
  try {
    if (!(await buildInto(workspace.staging, timings))) return false;
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
