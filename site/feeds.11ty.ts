import type { FeedDefinition } from "../src/outputs/feeds/definitions.ts";
import { renderFeed } from "../src/outputs/feeds/render.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";

export const data = {
  pagination: { data: "feeds", size: 1, alias: "feed" },
  permalink: (data: { feed: FeedDefinition }) => data.feed.url,
  eleventyExcludeFromCollections: true,
};

/** Atom and JSON Feed per language for posts, meetings, demos and everything. */
export default function Feed(data: TemplateData & { feed: FeedDefinition }): Promise<string> {
  return renderFeed(data.model, data.feed);
}
