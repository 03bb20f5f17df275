import { DateTime } from "luxon";
import { listPageUrl, sectionUrl, type CollectionName } from "../i18n/routes.ts";
import type { MessageKey } from "../i18n/index.ts";
import { meetingListLinks, type MeetingListLinks } from "../meetings/urls.ts";
import type { ContentModel } from "../model/load.ts";
import { languages, site, type Lang } from "../site.ts";
import { buildDate, newestModified } from "./date-modified.ts";
import { isUpcoming, listFor, type ListItem } from "./listing.ts";

export interface YearGroup {
  year: number;
  items: ListItem[];
}

/** One page of a paginated list, ready for a layout to arrange. */
export interface ListPage {
  lang: Lang;
  collection: CollectionName;
  titleKey: MessageKey;
  introKey: MessageKey;
  url: string;
  /** The same page of the list in the other language. */
  twinUrl: string;
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
  /** Meetings still to come, shown above the archive on the first page only. */
  upcoming: ListItem[];
  groups: YearGroup[];
  /** Meetings only: the calendar to subscribe to and the open action items. */
  meetingLinks?: MeetingListLinks;
  /** "Date modified": the newest `modified` of the collection it lists (src/collections/date-modified.ts). */
  modified: string;
}

const lists = [
  { collection: "meetings", titleKey: "list_meetings_title", introKey: "list_meetings_intro" },
  { collection: "posts", titleKey: "list_posts_title", introKey: "list_posts_intro" },
  { collection: "demos", titleKey: "list_demos_title", introKey: "list_demos_intro" },
  { collection: "slides", titleKey: "list_slides_title", introKey: "list_slides_intro" },
] as const;

export const pageSize = 20;

export function groupByYear(items: ListItem[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = item.entry.date?.year ?? 0;
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

export function buildListPages(model: ContentModel, now = DateTime.now().setZone(site.timeZone)): ListPage[] {
  const pages: ListPage[] = [];
  for (const { collection, titleKey, introKey } of lists) {
    for (const lang of languages) {
      const all = listFor(model, lang, collection);
      const modified = newestModified(all, buildDate(now));
      const upcoming = all.filter((item) => isUpcoming(item.entry, now)).reverse();
      const archive = all.filter((item) => !isUpcoming(item.entry, now));
      const pageCount = Math.max(1, Math.ceil(archive.length / pageSize));
      const other = lang === "en" ? "fr" : "en";
      const otherCount = Math.max(1, Math.ceil(listFor(model, other, collection).filter((i) => !isUpcoming(i.entry, now)).length / pageSize));
      for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
        const base = sectionUrl(lang, collection);
        pages.push({
          lang,
          collection,
          titleKey,
          introKey,
          url: listPageUrl(base, pageNumber),
          twinUrl: listPageUrl(sectionUrl(other, collection), Math.min(pageNumber, otherCount)),
          pageNumber,
          pageCount,
          ...(pageNumber > 1 ? { previousUrl: listPageUrl(base, pageNumber - 1) } : {}),
          ...(pageNumber < pageCount ? { nextUrl: listPageUrl(base, pageNumber + 1) } : {}),
          upcoming: pageNumber === 1 ? upcoming : [],
          groups: groupByYear(archive.slice((pageNumber - 1) * pageSize, pageNumber * pageSize)),
          ...(collection === "meetings" ? { meetingLinks: meetingListLinks(lang) } : {}),
          modified,
        });
      }
    }
  }
  return pages;
}
