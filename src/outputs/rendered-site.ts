import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { scanPage, type ScannedPage } from "./page-scan.ts";

/** The finished site as the sitemap and the link check see it: every file, and every HTML page scanned. */
export interface RenderedSite {
  /** Every file, relative to the output folder, with "/" separators. */
  files: Set<string>;
  /** Each HTML file (same keys as `files`), scanned once. */
  pages: Map<string, ScannedPage>;
}

/** The site in `outputDir`: every HTML file, whoever wrote it, is read and scanned, so nothing escapes the checks. */
export async function renderedSite(outputDir: string): Promise<RenderedSite> {
  const entries = await readdir(outputDir, { recursive: true, withFileTypes: true });
  const files = new Set(entries.filter((d) => d.isFile()).map((d) => path.relative(outputDir, path.join(d.parentPath, d.name)).split(path.sep).join("/")));
  const pages = new Map<string, ScannedPage>();
  // Read synchronously: the pages were just written and are in the page cache, and thousands of
  // small asynchronous reads one after another spend half their time waiting on the thread pool.
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    pages.set(file, scanPage(readFileSync(path.join(outputDir, file), "utf8")));
  }
  return { files, pages };
}
