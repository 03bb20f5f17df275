import { DateTime } from "luxon";
import type { Entry } from "../../content/model/types.ts";
import { site } from "../../content/site.ts";
import type { ListItem } from "./listing.ts";

/** Today in the site's zone, YYYY-MM-DD: the build date. */
export function buildDate(now = DateTime.now().setZone(site.timeZone)): string {
  return now.setZone(site.timeZone).toISODate() ?? "";
}

/**
 * "Date modified" (Canada.ca puts it on every page) of a page made from entries rather than from
 * one file: the home page, the lists, search, open action items, the technology, tag and project
 * pages. `pageDates` (src/outputs/collections/page-dates.ts) gathers every page's, for the sitemap.
 *
 * It is the newest `modified` of the entries the page is computed from. Each entry's `modified`
 * is its last commit (or its front matter's `modified`, src/content/model/read-entry.ts), and what such a
 * page shows changes only when one of those entries does: a new meeting, a title or summary
 * edited, an action item closed. The page passes the whole collection, not only the entries it
 * shows, because a new entry shifts every page of a newest-first list by one. A page with no
 * entry to compute from (an empty list) gets the build date: nothing else dates it.
 *
 * Not counted, on purpose: changes to code and interface text (they would date every page at
 * once, on every deploy), and deleted entries, which leave no date behind.
 */
export function newestModified(entries: Iterable<Entry | ListItem>, fallback: string = buildDate()): string {
  let newest = "";
  for (const item of entries) {
    const { modified } = "entry" in item ? item.entry : item;
    if (modified > newest) newest = modified;
  }
  return newest || fallback;
}
