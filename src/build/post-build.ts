import type { Problem } from "../content/problem.ts";
import { checkLinks, contentSources } from "../checks/links.ts";
import type { RenderedSite } from "../outputs/rendered-site.ts";
import type { ContentModel } from "../content/model/load.ts";
import { writeSitemap } from "../outputs/sharing/sitemap.ts";

/** What every step may need besides the output. */
interface PostBuildContext {
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
const linkCheck: PostBuildStep = {
  name: "links",
  async run(outputDir, { model, site }) {
    return checkLinks(outputDir, contentSources(model, model.sources), await site());
  },
};

/**
 * The steps that read the rendered site, in order, in the rendering process; the first that
 * reports problems stops the build (nothing is published). The search index is written after
 * them, by the build itself, once that process has ended (src/build/build.ts).
 */
export const postBuildSteps: PostBuildStep[] = [
  { name: "sitemap", run: async (outputDir, { model, site }) => writeSitemap(outputDir, model, await site()) },
  linkCheck,
];
