import { spawn } from "node:child_process";
import { constants, setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "../eleventy/types.ts";
import { backgroundJob, type BackgroundJob } from "./background.ts";

/** What Eleventy passes to `eleventy.after` (https://www.11ty.dev/docs/events/#eleventy.after). */
interface AfterBuild {
  directories: { output: string };
  runMode: "build" | "watch" | "serve";
}

/** How long the dev server waits after a rebuild before re-indexing: saves in a row index once. */
const devIndexQuietMs = 1500;

const indexChild = fileURLToPath(new URL("./index-child.ts", import.meta.url));

/**
 * Indexes `outputDir` in a child process at the lowest priority (Pagefind, which it starts,
 * inherits it): reading thousands of pages back must not slow the next rebuild.
 */
function indexInBackground(outputDir: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", indexChild, outputDir], { stdio: "inherit", signal });
    if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`[search] indexing ${outputDir} failed (${code})`))));
  });
}

/**
 * `npm start` gets a working search too: after each rebuild the dev server's output is indexed,
 * in the background, so the reload never waits for it: search may lag a moment behind
 * an edit. (`npm run build` indexes the finished site before publishing it instead: src/build/build.ts.)
 */
export function searchPlugin(eleventyConfig: EleventyConfig): void {
  let outputDir = "";
  let devIndex: BackgroundJob | undefined;
  eleventyConfig.on("eleventy.beforeWatch", () => devIndex?.postpone());
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: AfterBuild) => {
    if (runMode === "build") return;
    outputDir = directories.output;
    if (!devIndex) {
      const job = backgroundJob((signal) => indexInBackground(outputDir, signal), devIndexQuietMs);
      // Eleventy stops on Ctrl-C once nothing is left running: an index under way must not hold
      // the server up (sent to the server alone, as a process manager does, it is not stopped otherwise).
      process.once("SIGINT", () => job.stop());
      devIndex = job;
    }
    devIndex.request();
  });
}
