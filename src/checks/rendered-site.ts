import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { scannedPages } from "../render/rendered-pages.ts";
import { scanPage, type ScannedPage } from "./page-scan.ts";

/** The finished site as the post-build steps see it: every file, and every HTML page scanned. */
export interface RenderedSite {
  /** Every file, relative to the output folder, with "/" separators. */
  files: Set<string>;
  /** Each HTML file (same keys as `files`), scanned once. */
  pages: Map<string, ScannedPage>;
}

/**
 * The site in `outputDir`. Pages Eleventy wrote were scanned as they were written (by the page
 * worker); any other HTML (copied from public/, written by a step) is read and scanned here,
 * so nothing escapes the checks.
 */
export async function renderedSite(outputDir: string): Promise<RenderedSite> {
  const scanned = await scannedPages();
  const entries = await readdir(outputDir, { recursive: true, withFileTypes: true });
  const files = new Set(entries.filter((d) => d.isFile()).map((d) => path.relative(outputDir, path.join(d.parentPath, d.name)).split(path.sep).join("/")));
  const pages = new Map<string, ScannedPage>();
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    const absolute = path.resolve(outputDir, file);
    pages.set(file, scanned.get(absolute) ?? scanPage(await readFile(absolute, "utf8")));
  }
  return { files, pages };
}
