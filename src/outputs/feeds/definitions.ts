import type { MessageKey } from "../../content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../../content/i18n/routes.ts";
import { languages, type Lang } from "../../content/site.ts";

const feedKinds = ["all", "posts", "meetings", "demos", "projects"] as const;
export type FeedKind = (typeof feedKinds)[number];
export type FeedFormat = "atom" | "json";

/** A feed's file name per language: French URLs in French. */
const fileNames: Record<Lang, Record<FeedFormat, string>> = {
  en: { atom: "feed.xml", json: "feed.json" },
  fr: { atom: "fil.xml", json: "fil.json" },
};

const titleKeys: Record<FeedKind, MessageKey> = {
  all: "feed_all_title",
  posts: "feed_posts_title",
  meetings: "feed_meetings_title",
  demos: "feed_demos_title",
  projects: "feed_projects_title",
};

/** The HTML page a feed mirrors: the home page for "all", else the collection's list. */
export function feedPageUrl(lang: Lang, kind: FeedKind): string {
  return kind === "all" ? homeUrl(lang) : sectionUrl(lang, kind);
}

/** /en/feed.xml, /en/blog/feed.json, /fr/reunions/fil.xml ... */
export function feedUrl(lang: Lang, kind: FeedKind, format: FeedFormat): string {
  return `${feedPageUrl(lang, kind)}${fileNames[lang][format]}`;
}

export interface FeedDefinition {
  lang: Lang;
  kind: FeedKind;
  format: FeedFormat;
  url: string;
  titleKey: MessageKey;
}

/** Every feed the site publishes: 5 kinds x 2 formats x 2 languages. */
export function allFeeds(): FeedDefinition[] {
  return languages.flatMap((lang) =>
    feedKinds.flatMap((kind) =>
      (["atom", "json"] as const).map((format) => ({ lang, kind, format, url: feedUrl(lang, kind, format), titleKey: titleKeys[kind] })),
    ),
  );
}

/** The feeds a page advertises in its head: its section's (if any), then everything. */
export function feedsForPage(lang: Lang, url: string): FeedDefinition[] {
  const section = feedKinds.find((kind) => kind !== "all" && url.startsWith(sectionUrl(lang, kind)));
  const kinds: FeedKind[] = section ? [section, "all"] : ["all"];
  return kinds.flatMap((kind) =>
    (["atom", "json"] as const).map((format) => ({ lang, kind, format, url: feedUrl(lang, kind, format), titleKey: titleKeys[kind] })),
  );
}
