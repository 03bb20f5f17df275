import type { Problem } from "../checks/problem.ts";
import { checkLinks, contentSources } from "../checks/links.ts";
import { loadContent } from "../model/load.ts";
import { renderedModel } from "../model/plugin.ts";
import { indexSite } from "../search/index-site.ts";
import { abortIndexing, finishIndexing, startIndexing } from "../search/live-index.ts";
import { writeSitemap } from "../sharing/sitemap.ts";

/** What every step may need besides the output: the content folder the site was built from. */
export interface PostBuildContext {
  contentDir: string;
}

/** A step that runs on the finished site in its temporary folder, before it is published. */
export interface PostBuildStep {
  /** Shown in the build's timings line. */
  name: string;
  /** Called before Eleventy renders, for steps that work while it renders (the search index). */
  before?(): void;
  run(outputDir: string, context: PostBuildContext): Promise<Problem[]>;
  /** Called when the build fails before this step ran, to release what `before` started. */
  abort?(): Promise<void>;
}

/** Every internal link and #anchor resolves in the output; broken ones point back to their Markdown file. */
export const linkCheck: PostBuildStep = {
  name: "links",
  async run(outputDir, { contentDir }) {
    // The model the site was just rendered from; loaded again only if this runs on its own.
    const model = renderedModel() ?? (await loadContent({ contentDir }));
    return checkLinks(outputDir, contentSources(model, model.sources));
  },
};

/**
 * Run in order; a step that reports problems stops the build (nothing is published).
 * Keep linkCheck last: it checks the links to whatever the other steps write (search index, ...).
 */
export const postBuildSteps: PostBuildStep[] = [
  { name: "sitemap", run: writeSitemap },
  // Search (issue 5): the Pagefind index, written into the site as /pagefind/.
  // Fed page by page while Eleventy renders (live-index.ts); indexSite reads the output otherwise.
  {
    name: "search",
    before: startIndexing,
    run: async (outputDir) => ((await finishIndexing(outputDir)) ?? (await indexSite(outputDir))).problems,
    abort: abortIndexing,
  },
  linkCheck,
];
