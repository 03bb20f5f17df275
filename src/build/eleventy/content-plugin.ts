import { buildListPages } from "../../outputs/collections/list-pages.ts";
import { tagPages } from "../../outputs/collections/tags.ts";
import { projectListPages } from "../../outputs/collections/projects.ts";
import { technologyPages } from "../../outputs/collections/technologies.ts";
import { untranslated } from "../../outputs/collections/twin-url.ts";
import { ContentError, formatProblem } from "../../content/problem.ts";
import { devRebuilds } from "../dev-server/rebuild.ts";
import type { EleventyConfig } from "./types.ts";
import { contentChecks } from "../../checks/index.ts";
import { contentLinksCheck } from "../../checks/content-links.ts";
import { site } from "../../content/site.ts";
import { loadContent, type ContentCheck, type ContentModel } from "../../content/model/load.ts";

export interface ContentPluginOptions {
  checks?: ContentCheck[];
}

/** A model `npm run build` loaded and checked before rendering, taken by the next build (once). */
let handedOver: ContentModel | undefined;

/**
 * `npm run build` checks the content before Eleventy starts, so a content problem is reported
 * once, as `path:line: message`, and never reaches Eleventy's error output; Eleventy then
 * renders from that very model (and the bodies its check approved) instead of loading it again.
 */
export function renderNextBuildFrom(model: ContentModel): void {
  handedOver = model;
}

/** True under `npm start` (eleventy --serve/--watch): drafts and future posts are shown. */
function isDevelopment(): boolean {
  return process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
}

/** A model with problems stops the build with every message at once; warnings are printed. */
function usable(loaded: ContentModel): ContentModel {
  if (loaded.problems.length) throw new ContentError(loaded.problems);
  for (const warning of loaded.warnings) console.warn(formatProblem(warning));
  return loaded;
}

/**
 * Loads and checks the whole content tree once per build, before any page renders (or takes
 * the model `npm run build` checked already: `renderNextBuildFrom`), and exposes it as global
 * data: `model` (every entry), `contentPages` (the entries to render), `listPages`,
 * `technologyPages`, `tagPages`, `projectPages`, `untranslated`. Any problem stops the build
 * with every message at once. Eleventy never reads content/ itself:
 * site/content-pages.11ty.tsx renders every page from the model
 * (https://www.11ty.dev/docs/pages-from-data/), so no front-matter key can reach Eleventy's
 * data cascade. Under `npm start`, a save of content files updates the model for those files
 * only and renders only the pages they affect (src/build/dev-server/).
 */
export function contentPlugin(eleventyConfig: EleventyConfig, options: ContentPluginOptions = {}): void {
  const contentDir = () => site.contentDir;
  // Under npm start, links between pages are left to `npm run check` and the build: checking them
  // means rendering every page's body, on every save, where a save should render one page.
  const checks = options.checks ?? (isDevelopment() ? contentChecks.filter((check) => check !== contentLinksCheck) : contentChecks);
  let current: Promise<ContentModel> | undefined;
  const dev = isDevelopment() ? devRebuilds(eleventyConfig, contentDir) : undefined;
  const model = () => {
    if (!current && handedOver) {
      current = Promise.resolve(handedOver);
      handedOver = undefined;
    }
    current ??= (
      dev?.nextModel() ?? loadContent({ contentDir: contentDir(), includeDrafts: isDevelopment() }, checks).then((loaded) => (dev?.loaded(loaded), loaded))
    ).then(usable);
    return current;
  };
  eleventyConfig.on("eleventy.before", () => {
    current = undefined;
  });
  eleventyConfig.addGlobalData("model", model);
  eleventyConfig.addGlobalData("contentPages", async () => {
    const loaded = await model();
    const only = dev?.entriesToRender();
    return only ? loaded.published.filter((entry) => only.has(entry.file)) : loaded.published;
  });
  eleventyConfig.addGlobalData("listPages", async () => buildListPages(await model()));
  eleventyConfig.addGlobalData("technologyPages", async () => technologyPages(await model()));
  eleventyConfig.addGlobalData("tagPages", async () => tagPages(await model()));
  eleventyConfig.addGlobalData("projectPages", async () => projectListPages(await model()));
  eleventyConfig.addGlobalData("untranslated", async () => untranslated(await model()));
}
