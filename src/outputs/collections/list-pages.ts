import { DateTime } from "luxon";
import { listPageUrl, sectionUrl, type CollectionName } from "../../content/i18n/routes.ts";
import type { MessageKey } from "../../content/i18n/index.ts";
import { meetingListLinks, type MeetingListLinks } from "../meetings/urls.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { languages, otherLang, site, type Lang } from "../../content/site.ts";
import { buildDate, newestModified } from "./date-modified.ts";
import { isUpcoming, listFor, type ListItem } from "./listing.ts";
import { pageSize, paginate, type PageLinks } from "./pagination.ts";

export interface YearGroup {
  /** Undefined for a collection without dates (people): one group, with no year heading. */
  year: number | undefined;
  items: ListItem[];
}

/** One page of a paginated list, ready for a layout to arrange. */
export interface ListPage extends PageLinks {
  lang: Lang;
  collection: CollectionName;
  titleKey: MessageKey;
  introKey: MessageKey;
  /** The same page of the list in the other language. */
  twinUrl: string;
  /** Meetings still to come, shown above the archive on the first page only. */
  upcoming: ListItem[];
  groups: YearGroup[];
  /** Meetings only: the calendar to subscribe to and the open action items. */
  meetingLinks?: MeetingListLinks;
  /** "Date modified": the newest `modified` of the collection it lists (src/outputs/collections/date-modified.ts). */
  modified: string;
}

/** Every collection has its list; pages (About, Join...) are reached from the menu and footer instead. */
const lists = [
  { collection: "meetings", titleKey: "list_meetings_title", introKey: "list_meetings_intro" },
  { collection: "posts", titleKey: "list_posts_title", introKey: "list_posts_intro" },
  { collection: "demos", titleKey: "list_demos_title", introKey: "list_demos_intro" },
  { collection: "slides", titleKey: "list_slides_title", introKey: "list_slides_intro" },
  { collection: "people", titleKey: "list_people_title", introKey: "list_people_intro" },
] as const;

export { pageSize };

export function groupByYear(items: ListItem[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = item.entry.date?.year;
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
      const other = otherLang(lang);
      const otherCount = Math.max(1, Math.ceil(listFor(model, other, collection).filter((i) => !isUpcoming(i.entry, now)).length / pageSize));
      for (const links of paginate(sectionUrl(lang, collection), archive.length)) {
        const { pageNumber } = links;
        pages.push({
          ...links,
          lang,
          collection,
          titleKey,
          introKey,
          twinUrl: listPageUrl(sectionUrl(other, collection), Math.min(pageNumber, otherCount)),
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
