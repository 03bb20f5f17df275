import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { DateTime } from "luxon";
import { listFor, type ListItem } from "../collections/listing.ts";
import { personLink } from "../collections/people.ts";
import { t } from "../i18n/index.ts";
import { markdown } from "../markdown/index.ts";
import type { ContentModel } from "../model/load.ts";
import type { Entry } from "../model/types.ts";
import { toronto } from "../model/read-entry.ts";
import { site, type Lang } from "../site.ts";
import type { FeedKind } from "./definitions.ts";

export interface FeedAuthor {
  name: string;
  url?: string;
}

/** One entry of a feed, every value plain text or HTML; the writers escape them. */
export interface FeedItem {
  /** Absolute URL; also the entry's permanent id. */
  url: string;
  title: string;
  summary: string | undefined;
  /** Rendered Markdown, every link and image made absolute. */
  contentHtml: string;
  lang: Lang;
  published: DateTime | undefined;
  updated: DateTime;
  authors: FeedAuthor[];
  tags: string[];
}

/** At most this many entries per feed, newest first: readers keep what they have seen. */
export const feedLength = 50;

function authorIds(entry: Entry): string[] {
  if (entry.collection === "posts") return entry.data.authors ?? [];
  if (entry.collection === "demos") return entry.data.presenters ?? [];
  if (entry.collection === "meetings") return entry.data.noteTaker ? [entry.data.noteTaker] : [];
  return [];
}

export function absolute(url: string): string {
  return new URL(url, `${site.url}/`).toString();
}

async function toFeedItem(model: ContentModel, lang: Lang, { entry, onlyIn }: ListItem): Promise<FeedItem> {
  const url = absolute(entry.url);
  const body = model.frontMatter.get(entry.file)?.body ?? "";
  const html = body.trim() ? await convertHtmlToAbsoluteUrls(markdown.render(body), url, { closingSingleTag: "slash" }) : "";
  const marker = onlyIn ? ` ${t(lang, onlyIn === "en" ? "only_en" : "only_fr")}` : "";
  return {
    url,
    title: `${entry.title}${marker}`,
    summary: entry.summary,
    contentHtml: html,
    lang: entry.lang,
    published: entry.date,
    updated: toronto(entry.modified),
    authors: authorIds(entry).map((id) => {
      const person = personLink(model, lang, id);
      return person.url ? { name: person.name, url: absolute(person.url) } : { name: person.name };
    }),
    tags: entry.tags,
  };
}

/** What a feed of `kind` holds for readers of `lang`: the same entries as the matching lists. */
export async function feedItems(model: ContentModel, lang: Lang, kind: FeedKind): Promise<FeedItem[]> {
  const collections = kind === "all" ? (["posts", "meetings", "demos"] as const) : ([kind] as const);
  const items = collections
    .flatMap((collection) => listFor(model, lang, collection))
    .sort((a, b) => (b.entry.date?.toMillis() ?? 0) - (a.entry.date?.toMillis() ?? 0) || a.entry.title.localeCompare(b.entry.title))
    .slice(0, feedLength);
  return Promise.all(items.map((item) => toFeedItem(model, lang, item)));
}
