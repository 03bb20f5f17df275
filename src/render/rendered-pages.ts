import path from "node:path";
import { deserialize } from "node:v8";
import type { Worker } from "node:worker_threads";
import type { ScannedPage } from "../checks/page-scan.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import type { IndexReport } from "../search/index-site.ts";
import { startWorker } from "../workers/start.ts";
import type { FromPageWorker, ToPageWorker } from "./page-worker.ts";

/** The page worker of the build in progress; undefined outside `npm run build`. */
let worker: Worker | undefined;
const waiting = new Map<FromPageWorker["type"], (answer: FromPageWorker) => void>();

/** `npm run build` starts the worker before Eleventy renders; the dev server and tests do without. */
export function startPageWorker(): void {
  worker = startWorker(new URL("./page-worker.ts", import.meta.url));
  worker.on("message", (answer: FromPageWorker) => {
    waiting.get(answer.type)?.(answer);
    waiting.delete(answer.type);
  });
}

function ask<T extends FromPageWorker["type"]>(request: ToPageWorker & { type: T }): Promise<Extract<FromPageWorker, { type: T }> | undefined> {
  const current = worker;
  if (!current) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    waiting.set(request.type, (answer) => resolve(answer as Extract<FromPageWorker, { type: T }>));
    current.postMessage(request);
  });
}

/** Each HTML page, as Eleventy writes it, goes to the worker (src/render/page-worker.ts). */
export function renderedPagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("rendered-pages", function (content) {
    const outputPath = this.page.outputPath;
    if (worker && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      worker.postMessage({ type: "page", file: path.resolve(outputPath), url: this.page.url, html: content } satisfies ToPageWorker);
    }
    return content;
  });
}

/** Every page rendered so far, scanned, by absolute output path (empty without a worker). */
export async function scannedPages(): Promise<Map<string, ScannedPage>> {
  const scans = (await ask({ type: "scans" }))?.scans ?? [];
  return new Map(scans.map(([file, scan]) => [file, deserialize(scan) as ScannedPage]));
}

/** Writes the search index of the pages rendered (see LiveIndex.write); undefined without a worker or any content page. */
export async function writeSearchIndex(outputDir: string, bundles: { dir: string; since: bigint }): Promise<IndexReport | undefined> {
  return (await ask({ type: "index", outputDir, bundles }))?.report;
}

/** Stops the worker and its Pagefind processes. */
export async function stopPageWorker(): Promise<void> {
  await ask({ type: "close" });
  await worker?.terminate();
  worker = undefined;
  waiting.clear();
}
