import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { EleventyConfig } from "../eleventy-types.ts";
import { scanPage, type ScannedPage } from "./page-scan.ts";

/** The finished site as the post-build steps see it: every file, and every HTML page scanned. */
export interface RenderedSite {
  /** Every file, relative to the output folder, with "/" separators. */
  files: Set<string>;
  /** Each HTML file (same keys as `files`), scanned once. */
  pages: Map<string, ScannedPage>;
}

/** Pages scanned while Eleventy wrote them, by absolute output path; undefined when not collecting. */
let scanned: Map<string, ScannedPage> | undefined;

/** `npm run build` collects while it renders; the dev server and tests do not pay for it. */
export function startScanning(): void {
  scanned = new Map();
}

export function stopScanning(): void {
  scanned = undefined;
}

/** Scans each HTML page as Eleventy writes it, so post-build steps never read the site back (issue 8). */
export function renderedSitePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("rendered-site", function (content) {
    const outputPath = this.page.outputPath;
    if (scanned && typeof outputPath === "string" && outputPath.endsWith(".html")) scanned.set(path.resolve(outputPath), scanPage(content));
    return content;
  });
}

/**
 * The site in `outputDir`. Pages Eleventy wrote come from the scan; any other HTML (copied
 * from public/, written by a step) is read and scanned here, so nothing escapes the checks.
 */
export async function renderedSite(outputDir: string): Promise<RenderedSite> {
  const entries = await readdir(outputDir, { recursive: true, withFileTypes: true });
  const files = new Set(entries.filter((d) => d.isFile()).map((d) => path.relative(outputDir, path.join(d.parentPath, d.name)).split(path.sep).join("/")));
  const pages = new Map<string, ScannedPage>();
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    const absolute = path.resolve(outputDir, file);
    pages.set(file, scanned?.get(absolute) ?? scanPage(await readFile(absolute, "utf8")));
  }
  return { files, pages };
}
