import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { DateTime } from "luxon";
import { listFor, type ListItem } from "../collections/listing.ts";
import { personLink } from "../collections/people.ts";
import { t } from "../../content/i18n/index.ts";
import { publishedBody } from "../../content/markdown/published.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { toronto } from "../../content/model/read-entry.ts";
import { languages, site, type Lang } from "../../content/site.ts";
import { pageTranscript } from "../transcripts/view.ts";
import type { FeedKind } from "./definitions.ts";

interface FeedAuthor {
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
const feedLength = 50;

function authorIds(entry: Entry): string[] {
  if (entry.collection === "posts") return entry.data.authors ?? [];
  if (entry.collection === "demos") return entry.data.presenters ?? [];
  if (entry.collection === "meetings") return entry.data.noteTaker ? [entry.data.noteTaker] : [];
  if (entry.collection === "projects") return entry.data.maintainers ?? [];
  return [];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function absolute(url: string): string {
  return new URL(url, `${site.url}/`).toString();
}

// An entry is in up to four feeds per language: its feed HTML is made once per model.
const bodies = new WeakMap<ContentModel["byFile"], Map<string, Promise<string>>>();

/** The page's own published body (src/content/markdown/published.ts), every link and image made absolute. */
function bodyHtml(model: ContentModel, entry: Entry, url: string): Promise<string> {
  let byFile = bodies.get(model.byFile);
  if (!byFile) bodies.set(model.byFile, (byFile = new Map()));
  let html = byFile.get(entry.file);
  if (!html) {
    const body = publishedBody(model, entry).html;
    byFile.set(entry.file, (html = body ? convertHtmlToAbsoluteUrls(body, url, { closingSingleTag: "slash" }) : Promise.resolve("")));
  }
  return html;
}

async function toFeedItem(model: ContentModel, lang: Lang, { entry, onlyIn }: ListItem): Promise<FeedItem> {
  const url = absolute(entry.url);
  const body = await bodyHtml(model, entry, url);
  // The feed carries the body; the transcript stays on the page, one link away.
  const transcript = pageTranscript(model, entry)
    ? `<p><a href="${escapeHtml(url)}#transcript">${escapeHtml(t(entry.lang, "transcript_feed_link"))}</a></p>`
    : "";
  const html = body + transcript;
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

const feedCollections = ["posts", "meetings", "demos", "projects"] as const;

/**
 * Where an entry sorts in a feed: its date, or for an undated project the day its file last
 * changed (a project is news when it is added or updated).
 */
function feedDate(entry: Entry): DateTime {
  return entry.date ?? toronto(entry.modified);
}

/** The entries a feed of `kind` holds for readers of `lang`: the same entries as the matching lists, newest first. */
function feedEntries(model: ContentModel, lang: Lang, kind: FeedKind): ListItem[] {
  const collections = kind === "all" ? feedCollections : ([kind] as const);
  return collections
    .flatMap((collection) => listFor(model, lang, collection))
    .sort((a, b) => feedDate(b.entry).toMillis() - feedDate(a.entry).toMillis() || a.entry.title.localeCompare(b.entry.title))
    .slice(0, feedLength);
}

/** What a feed of `kind` holds for readers of `lang`. */
export async function feedItems(model: ContentModel, lang: Lang, kind: FeedKind): Promise<FeedItem[]> {
  return Promise.all(feedEntries(model, lang, kind).map((item) => toFeedItem(model, lang, item)));
}

/** Whether any feed shows `entry` (an entry in the "everything" feed is in its collection's too). */
export function isInFeeds(model: ContentModel, entry: Entry): boolean {
  const collection = feedCollections.find((c) => c === entry.collection);
  return collection !== undefined && languages.some((lang) => feedEntries(model, lang, collection).some((item) => item.entry.file === entry.file));
}
