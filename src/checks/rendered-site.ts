import { once } from "node:events";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { EleventyConfig } from "../eleventy-types.ts";
import { startWorker } from "../workers/start.ts";
import { scanPage, type ScannedPage } from "./page-scan.ts";
import type { ScanWorkerReport, ToScanWorker } from "./scan-worker.ts";

/** The finished site as the post-build steps see it: every file, and every HTML page scanned. */
export interface RenderedSite {
  /** Every file, relative to the output folder, with "/" separators. */
  files: Set<string>;
  /** Each HTML file (same keys as `files`), scanned once. */
  pages: Map<string, ScannedPage>;
}

/** The worker scanning pages as Eleventy writes them; undefined when not collecting. */
let scanner: Worker | undefined;

/** `npm run build` scans while it renders; the dev server and tests do not pay for it. */
export function startScanning(): void {
  scanner = startWorker(new URL("./scan-worker.ts", import.meta.url));
}

/** The pages scanned so far, by absolute output path; stops the worker. */
async function collectScans(): Promise<Map<string, ScannedPage>> {
  const worker = scanner;
  scanner = undefined;
  if (!worker) return new Map();
  const answered = once(worker, "message") as Promise<[ScanWorkerReport]>;
  worker.postMessage({ type: "done" } satisfies ToScanWorker);
  const [scanned] = await answered;
  await worker.terminate();
  return new Map(scanned);
}

export async function stopScanning(): Promise<void> {
  await scanner?.terminate();
  scanner = undefined;
}

/**
 * Sends each HTML page, as Eleventy writes it, to a worker that scans it on the second core:
 * the post-build steps never read the site back (issue 8).
 */
export function renderedSitePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("rendered-site", function (content) {
    const outputPath = this.page.outputPath;
    if (scanner && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      scanner.postMessage({ type: "scan", file: path.resolve(outputPath), html: content } satisfies ToScanWorker);
    }
    return content;
  });
}

/**
 * The site in `outputDir`. Pages Eleventy wrote come from the scan; any other HTML (copied
 * from public/, written by a step) is read and scanned here, so nothing escapes the checks.
 */
export async function renderedSite(outputDir: string): Promise<RenderedSite> {
  const scanned = await collectScans();
  const entries = await readdir(outputDir, { recursive: true, withFileTypes: true });
  const files = new Set(entries.filter((d) => d.isFile()).map((d) => path.relative(outputDir, path.join(d.parentPath, d.name)).split(path.sep).join("/")));
  const pages = new Map<string, ScannedPage>();
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    const absolute = path.resolve(outputDir, file);
    pages.set(file, scanned.get(absolute) ?? scanPage(await readFile(absolute, "utf8")));
  }
  return { files, pages };
}
