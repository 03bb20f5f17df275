import { sectionUrl } from "../../content/i18n/routes.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";

/** The subscribable feed of every meeting: /en/meetings.ics, /fr/reunions.ics. */
export function calendarFeedUrl(lang: Lang): string {
  return `${sectionUrl(lang, "meetings").replace(/\/$/, "")}.ics`;
}

/** One meeting's own file, beside its page: /en/meetings/2018-03-22.ics. */
export function meetingCalendarUrl(entry: MeetingEntry): string {
  return `${entry.url.replace(/\/$/, "")}.ics`;
}
