import type { ListPage } from "./collections/list-pages.ts";
import type { ContentModel } from "../content/model/load.ts";

/** What Eleventy hands a layout or a `.11ty.tsx` page (the parts this site uses). */
export interface TemplateData {
  model: ContentModel;
  listPages: ListPage[];
  page: { url: string | false; inputPath: string; outputPath: string | false };
}
