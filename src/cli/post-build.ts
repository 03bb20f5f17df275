import type { Problem } from "../checks/problem.ts";
import { checkLinks, contentSources } from "../checks/links.ts";
import type { RenderedSite } from "../checks/rendered-site.ts";
import type { ContentModel } from "../model/load.ts";
import { indexSite } from "../search/index-site.ts";
import { writeSitemap } from "../sharing/sitemap.ts";

/** What every step may need besides the output. */
export interface PostBuildContext {
  /** The model the site was rendered from. */
  model: ContentModel;
  /** Every file of the output and every page scanned, computed once for all steps. */
  site(): Promise<RenderedSite>;
}

/** A step that runs on the finished site in its temporary folder, before it is published. */
export interface PostBuildStep {
  /** Shown in the build's timings line. */
  name: string;
  run(outputDir: string, context: PostBuildContext): Promise<Problem[]>;
}

/** Every internal link and #anchor resolves in the output; broken ones point back to their Markdown file. */
export const linkCheck: PostBuildStep = {
  name: "links",
  async run(outputDir, { model, site }) {
    return checkLinks(outputDir, contentSources(model, model.sources), await site());
  },
};

/** Search (issue 5): the Pagefind index, written into the site as /pagefind/. */
const searchIndex: PostBuildStep = {
  name: "search",
  run: async (outputDir) => (await indexSite(outputDir)).problems,
};

/**
 * Steps in a lane run in order, and a lane stops at its first step that reports problems; the
 * lanes run side by side. Pagefind finishes its index in its own process while this one writes
 * the sitemap and checks links, so both cores work (issue 8). Any problem in any lane stops
 * the build (nothing is published), with every lane's problems reported together.
 * No page links into /pagefind/ (the search script imports it), so the link check need not
 * wait for the index.
 */
export const postBuildLanes: PostBuildStep[][] = [
  [searchIndex],
  [{ name: "sitemap", run: async (outputDir, { model, site }) => writeSitemap(outputDir, model, await site()) }, linkCheck],
];
