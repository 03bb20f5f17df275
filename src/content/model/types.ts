import type { DateTime } from "luxon";
import type { CollectionName } from "../i18n/routes.ts";
import type { DataOf } from "../schema/index.ts";
import type { Lang } from "../site.ts";

interface EntryBase<C extends CollectionName> {
  collection: C;
  /** Path from the project root, as in error messages: content/en/posts/x.md */
  file: string;
  lang: Lang;
  /** The file name without .md; the same in both languages. */
  fileSlug: string;
  /** `${collection}/${fileSlug}`: what pairs a page with its translation. */
  translationKey: string;
  url: string;
  data: DataOf<C>;
  title: string;
  summary: string | undefined;
  /** The date the entry is about (meeting day, publication), midnight America/Toronto. */
  date: DateTime | undefined;
  /** YYYY-MM-DD: front matter `modified`, else the file's last git commit, else today. */
  modified: string;
  tags: string[];
  draft: boolean;
  /** False for drafts and future posts in a production build. */
  published: boolean;
}

export type MeetingEntry = EntryBase<"meetings">;
export type PostEntry = EntryBase<"posts">;
export type DemoEntry = EntryBase<"demos">;
export type PersonEntry = EntryBase<"people">;
export type SlidesEntry = EntryBase<"slides">;
type PageEntry = EntryBase<"pages">;
export type ProjectEntry = EntryBase<"projects">;
export type Entry = MeetingEntry | PostEntry | DemoEntry | PersonEntry | SlidesEntry | PageEntry | ProjectEntry;
