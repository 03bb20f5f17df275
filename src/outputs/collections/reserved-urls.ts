import { homeUrl, searchUrl, sectionUrl, tagsUrl } from "../../content/i18n/routes.ts";
import { actionItemsUrl } from "../meetings/urls.ts";
import { calendarFeedUrl, meetingCalendarUrl } from "../calendar/urls.ts";
import { allFeeds } from "../feeds/definitions.ts";
import type { Entry, MeetingEntry } from "../../content/model/types.ts";
import { sitemapPath } from "../sharing/robots.ts";
import { languages } from "../../content/site.ts";
import { lineageUrl } from "./projects.ts";

/** URLs the site generates itself; no content file may take one. */
export function reservedUrls(): string[] {
  return languages.flatMap((lang) => [
    homeUrl(lang),
    sectionUrl(lang, "meetings"),
    sectionUrl(lang, "posts"),
    sectionUrl(lang, "demos"),
    sectionUrl(lang, "people"),
    sectionUrl(lang, "slides"),
    sectionUrl(lang, "projects"),
    lineageUrl(lang),
    actionItemsUrl(lang),
    searchUrl(lang),
    tagsUrl(lang),
  ]);
}

/** Folders whose every file the build writes: the site's assets and the search index. */
export const reservedFolders = ["/assets/", "/pagefind/"];

/**
 * Files (not pages) the site generates: feeds, calendars, the sitemap, robots.txt, the 404 page,
 * the splash page and the favicon. Nothing else may be written at these paths, or under them.
 */
export function reservedFiles(published: readonly Entry[]): string[] {
  return [
    "/index.html",
    "/404.html",
    "/robots.txt",
    sitemapPath,
    "/favicon.svg",
    ...allFeeds().map((feed) => feed.url),
    ...languages.map(calendarFeedUrl),
    ...published.filter((entry): entry is MeetingEntry => entry.collection === "meetings").map(meetingCalendarUrl),
  ];
}
