import { t } from "../../content/i18n/index.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { atomFeed, type FeedHead } from "./atom.ts";
import { feedPageUrl, feedUrl, type FeedDefinition } from "./definitions.ts";
import { absolute, feedItems } from "./items.ts";
import { jsonFeed, jsonFeedText } from "./json-feed.ts";

/** The file a feed definition produces: an Atom document or a JSON Feed. */
export async function renderFeed(model: ContentModel, feed: FeedDefinition): Promise<string> {
  const { lang, kind, format } = feed;
  const head: FeedHead = {
    title: `${t(lang, feed.titleKey)} – ${t(lang, "site_name")}`,
    subtitle: t(lang, "site_tagline"),
    lang,
    feedUrl: absolute(feed.url),
    pageUrl: absolute(feedPageUrl(lang, kind)),
    publisher: t(lang, "site_owner"),
    alternateFeedUrl: absolute(feedUrl(lang, kind, format === "atom" ? "json" : "atom")),
  };
  const items = await feedItems(model, lang, kind);
  return format === "atom" ? atomFeed(head, items) : jsonFeedText(jsonFeed(head, items));
}
