import { listFor } from "../collections/listing.ts";
import { t } from "../../content/i18n/index.ts";
import { sectionUrl } from "../../content/i18n/routes.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import { languages, site } from "../../content/site.ts";
import { buildCalendar } from "./build.ts";
import { toCalendarEvent } from "./event.ts";
import { calendarFeedUrl, meetingCalendarUrl } from "./urls.ts";

export interface CalendarFile {
  url: string;
  body: string;
}

function isMeeting(entry: { collection: string }): entry is MeetingEntry {
  return entry.collection === "meetings";
}

/**
 * Every .ics the site publishes: one feed per language with all meetings (those not translated
 * yet included, in their own language), and one file per meeting page.
 */
export function calendarFiles(model: ContentModel): CalendarFile[] {
  const files: CalendarFile[] = [];
  for (const lang of languages) {
    const meetings = listFor(model, lang, "meetings")
      .map((item) => item.entry)
      .filter(isMeeting);
    files.push({
      url: calendarFeedUrl(lang),
      body: buildCalendar({
        lang,
        name: t(lang, "calendar_name"),
        url: `${site.url}${sectionUrl(lang, "meetings")}`,
        events: meetings.map((entry) => toCalendarEvent(entry, lang)),
      }),
    });
  }
  for (const entry of model.published.filter(isMeeting)) {
    files.push({
      url: meetingCalendarUrl(entry),
      body: buildCalendar({ lang: entry.lang, name: entry.title, url: `${site.url}${entry.url}`, events: [toCalendarEvent(entry)] }),
    });
  }
  return files;
}
