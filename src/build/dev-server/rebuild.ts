import { existsSync, lstatSync } from "node:fs";
import type { EleventyConfig } from "../eleventy/types.ts";
import { formatProblem } from "../../content/problem.ts";
import { updateContent, type ContentModel } from "../../content/model/load.ts";
import { affectedPages } from "./affected-pages.ts";
import { templateFiles, templateScope } from "./template-scope.ts";

/** The template formats and input folder of eleventy.config.ts, for listing what Eleventy would build. */
const templateExtensions = ["11ty.ts", "11ty.tsx"] as const;
const templateDir = "site";
/** The template that renders every content page from the model. */
const contentPagesTemplate = `${templateDir}/content-pages.11ty.tsx`;

export interface DevRebuilds {
  /** The model prepared for this build from the files just saved, if the save allowed it. */
  nextModel(): Promise<ContentModel> | undefined;
  /** The content files whose pages this build renders; undefined for all. */
  entriesToRender(): Set<string> | undefined;
  /** A full load finished: later saves update it. */
  loaded(model: ContentModel): void;
}

/**
 * The dev loop of `npm start`: when only content Markdown (or a transcript) was saved, the model is
 * updated for those files (src/content/model/load.ts `updateContent`) before Eleventy rebuilds, and the
 * build is limited to the pages the save affects (./affected-pages.ts). Anything else saved
 * (layouts, code, data) renders everything again.
 */
export function devRebuilds(eleventyConfig: EleventyConfig, contentDir: () => string): DevRebuilds {
  // Eleventy waits for a saved file to stay unchanged 150 ms before it rebuilds; Markdown files
  // are small and editors write them at once: 50 ms is enough, and a third of the 500 ms budget back.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  const scope = templateScope(eleventyConfig);
  /** The model the pages in the output were rendered from. */
  let rendered: ContentModel | undefined;
  /** The last model made, with problems if the last save was wrong. */
  let latest: ContentModel | undefined;
  /** Files saved since `rendered`: a save that failed must still count when it is fixed. */
  let unrendered = new Set<string>();
  let next: Promise<ContentModel> | undefined;
  let entries: Set<string> | undefined;
  const renderAll = () => {
    entries = undefined;
    scope.renderAll();
  };
  /** Only these content pages and site templates; false when that cannot be expressed. */
  const renderOnly = (contentFiles: Set<string>, siteTemplates: Set<string>): boolean => {
    const keep = new Set(siteTemplates);
    if (contentFiles.size) keep.add(contentPagesTemplate);
    entries = contentFiles;
    return scope.renderOnly(templateFiles(templateDir, templateExtensions), keep);
  };

  eleventyConfig.on("eleventy.beforeWatch", async (queue: string[]) => {
    next = undefined;
    const dir = contentDir();
    // Eleventy 3 neither rebuilds nor queues a deleted file: files of the model that are gone
    // are taken out at the next rebuild (so deleting a wrong new file, then saving, recovers).
    const known = latest ? [...latest.sources.keys(), ...[...latest.transcripts.values()].map((transcript) => transcript.file)] : [];
    const deleted = known.filter((file) => !existsSync(file));
    const files = [...queue.map((file) => file.replace(/^\.\//, "")), ...deleted];
    // Anything but a regular page or transcript file (a symlink, a data file, code) takes the full load, which reports it.
    const page = (file: string) =>
      file.startsWith(`${dir}/`) && (file.endsWith(".md") || file.endsWith(".vtt")) && (lstatSync(file, { throwIfNoEntry: false })?.isFile() ?? true);
    if (!latest || !rendered || !files.every(page)) {
      renderAll();
      return;
    }
    const started = performance.now();
    let model: ContentModel;
    try {
      model = await updateContent(latest, files);
    } catch (error) {
      console.warn(`[dev] could not update the model, loading it again: ${String(error)}`);
      renderAll();
      return;
    }
    next = Promise.resolve(model);
    latest = model;
    const changed = new Set([...unrendered, ...files]);
    if (model.problems.length) {
      // Every problem as path:line: message, once, and nothing rendered: the pages stay as the
      // last good save left them, and the next good save renders what changed since.
      unrendered = changed;
      for (const problem of [...model.warnings, ...model.problems]) console.error(formatProblem(problem));
      console.error(`[dev] ${model.problems.length} problem${model.problems.length === 1 ? "" : "s"}: nothing rendered until the next good save`);
      next = Promise.resolve(rendered);
      renderOnly(new Set(), new Set());
      return;
    }
    const affected = affectedPages(rendered, model, changed, dir);
    rendered = model;
    unrendered = new Set();
    const contentFiles = affected.all ? new Set<string>() : new Set([...affected.templates].filter((file) => file.startsWith(`${dir}/`)));
    const siteTemplates = affected.all ? new Set<string>() : new Set([...affected.templates].filter((file) => !file.startsWith(`${dir}/`)));
    const scoped = !affected.all && renderOnly(contentFiles, siteTemplates);
    if (!scoped) renderAll();
    const what = affected.all ? `every page (${affected.reason})` : `${contentFiles.size} content page(s) and ${siteTemplates.size} other template(s)`;
    console.log(`[dev] model updated for ${changed.size} file(s) in ${Math.round(performance.now() - started)} ms; rendering ${what}`);
  });

  return {
    nextModel() {
      const prepared = next;
      next = undefined;
      return prepared;
    },
    entriesToRender() {
      return entries;
    },
    loaded(model) {
      latest = model;
      if (model.problems.length) return;
      rendered = model;
      unrendered = new Set();
    },
  };
}
