import type { ListPage } from "../collections/list-pages.ts";
import type { ContentModel } from "../model/load.ts";

/** What Eleventy hands a layout or a `.11ty.tsx` page (the parts this site uses). */
export interface TemplateData {
  model: ContentModel;
  listPages: ListPage[];
  /** Rendered Markdown, for layouts. */
  content?: string;
  page: { url: string | false; inputPath: string; outputPath: string | false };
}

/** Content files are keyed by their path from the working directory: content/en/x/y.md */
export function contentKey(inputPath: string): string {
  return inputPath.replace(/^\.\//, "");
}
