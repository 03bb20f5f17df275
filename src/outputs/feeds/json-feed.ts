import type { FeedHead } from "./atom.ts";
import type { FeedItem } from "./items.ts";

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary?: string;
    content_html?: string;
    content_text?: string;
    date_published?: string;
    date_modified: string;
    authors?: { name: string; url?: string }[];
    tags?: string[];
    language: string;
  }[];
}

export function jsonFeed(head: FeedHead, items: FeedItem[]): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: head.title,
    description: head.subtitle,
    home_page_url: head.pageUrl,
    feed_url: head.feedUrl,
    language: head.lang,
    authors: [{ name: head.publisher }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...(item.summary ? { summary: item.summary } : {}),
      // An item must have content_html or content_text: the summary stands in for an empty body.
      ...(item.contentHtml ? { content_html: item.contentHtml } : { content_text: item.summary ?? item.title }),
      ...(item.published ? { date_published: item.published.toISO({ suppressMilliseconds: true }) ?? undefined } : {}),
      date_modified: item.updated.toISO({ suppressMilliseconds: true }) ?? "",
      ...(item.authors.length ? { authors: item.authors } : {}),
      ...(item.tags.length ? { tags: item.tags } : {}),
      language: item.lang,
    })),
  };
}

/** Serialised for a file; `<` escaped so the same text is safe anywhere it is embedded. */
export function jsonFeedText(feed: JsonFeed): string {
  return `${JSON.stringify(feed, null, 2).replace(/</g, "\\u003c")}\n`;
}
