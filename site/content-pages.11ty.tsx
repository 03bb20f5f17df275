import type { Entry } from "../src/content/model/types.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { ContentPage } from "../layouts/content-page.tsx";

/**
 * Every content page, rendered from the model's entries: Eleventy never reads content/ as
 * templates, so nothing a contributor writes reaches its data cascade or a template engine.
 * https://www.11ty.dev/docs/pages-from-data/
 */
export const data = {
  pagination: { data: "contentPages", size: 1, alias: "entry" },
  permalink: (data: { entry: Entry }) => data.entry.url,
};

export default function ContentPages(data: TemplateData & { entry: Entry }) {
  return <ContentPage entry={data.entry} model={data.model} />;
}
