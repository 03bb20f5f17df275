import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { XMLBuilder } from "fast-xml-parser";
import type { DateTime } from "luxon";
import type { FeedItem } from "./items.ts";

export interface FeedHead {
  title: string;
  subtitle: string;
  lang: string;
  /** Absolute URLs of the feed itself and of the page it mirrors. */
  feedUrl: string;
  pageUrl: string;
  /** Who publishes it, when an entry names no author (Atom requires one). */
  publisher: string;
  /** Absolute URL of the alternate format of the same feed. */
  alternateFeedUrl?: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });

function rfc3339(date: DateTime): string {
  return dateToRfc3339(date.toJSDate());
}

/** The newest `updated` among the items, or the epoch for an empty feed (stable across builds). */
function feedUpdated(items: FeedItem[]): DateTime | undefined {
  return items.reduce<DateTime | undefined>((newest, item) => (!newest || item.updated > newest ? item.updated : newest), undefined);
}

/** An Atom 1.0 document (RFC 4287). The builder escapes every text and attribute value. */
export function atomFeed(head: FeedHead, items: FeedItem[]): string {
  const updated = feedUpdated(items);
  const feed = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": head.lang,
      title: head.title,
      subtitle: head.subtitle,
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": head.feedUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": head.pageUrl },
        ...(head.alternateFeedUrl ? [{ "@_rel": "alternate", "@_type": "application/feed+json", "@_href": head.alternateFeedUrl }] : []),
      ],
      id: head.feedUrl,
      updated: updated ? rfc3339(updated) : "1970-01-01T00:00:00Z",
      author: { name: head.publisher },
      entry: items.map((item) => ({
        "@_xml:lang": item.lang,
        title: { "@_type": "text", "#text": item.title },
        link: { "@_rel": "alternate", "@_type": "text/html", "@_href": item.url },
        id: item.url,
        ...(item.published ? { published: rfc3339(item.published) } : {}),
        updated: rfc3339(item.updated),
        ...(item.authors.length ? { author: item.authors.map((a) => ({ name: a.name, ...(a.url ? { uri: a.url } : {}) })) } : {}),
        ...(item.tags.length ? { category: item.tags.map((tag) => ({ "@_term": tag })) } : {}),
        ...(item.summary ? { summary: { "@_type": "text", "#text": item.summary } } : {}),
        ...(item.contentHtml ? { content: { "@_type": "html", "#text": item.contentHtml } } : {}),
      })),
    },
  };
  return builder.build(feed) as string;
}
