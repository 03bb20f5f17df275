import { DateTime } from "luxon";
import { isUpcoming, listFor, type ListItem } from "../collections/listing.ts";
import { meetingCalendarUrl } from "../calendar/urls.ts";
import { formatTime, zoneName } from "../../content/i18n/dates.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import { site, type Lang } from "../../content/site.ts";
import { actionItemsUrl } from "./urls.ts";

/** Everything a meeting page shows beyond its front matter, computed once for the layout. */
export interface MeetingView {
  /** Before the day is over the page is an agenda; after, minutes. */
  upcoming: boolean;
  /** "12:00 p.m. – 1:00 p.m. EST" / "12 h 00 – 13 h 00 HNE"; undefined without a start time. */
  time: string | undefined;
  /** Demos whose `meeting` is this meeting's date. */
  demos: ListItem[];
  /** Everyone who presented one of those demos, in order of appearance. */
  presenters: string[];
  slides: { title: string; url: string } | undefined;
  calendarUrl: string;
  actionItemsUrl: string;
  hasOpenActionItems: boolean;
}

/** "12:00 p.m. – 1:00 p.m. EST": start and end in America/Toronto, with the zone in force that day. */
export function meetingTime(date: string, start: string | undefined, end: string | undefined, lang: Lang): string | undefined {
  if (!start) return undefined;
  return `${formatTime(start, lang)}${end ? ` – ${formatTime(end, lang)}` : ""} ${zoneName(date, lang)}`;
}

export function meetingView(entry: MeetingEntry, model: ContentModel, now = DateTime.now().setZone(site.timeZone)): MeetingView {
  const { lang, data } = entry;
  const demos = listFor(model, lang, "demos").filter(({ entry: demo }) => demo.collection === "demos" && demo.data.meeting === data.date);
  const presenters = [...new Set(demos.flatMap(({ entry: demo }) => (demo.collection === "demos" ? (demo.data.presenters ?? []) : [])))];
  const slidesEntries = model.published.filter((e) => e.collection === "slides" && e.fileSlug === data.slides);
  const slides = slidesEntries.find((e) => e.lang === lang) ?? slidesEntries[0];
  return {
    upcoming: isUpcoming(entry, now),
    time: meetingTime(data.date, data.start, data.end, lang),
    demos,
    presenters,
    slides: slides ? { title: slides.title, url: slides.url } : undefined,
    calendarUrl: meetingCalendarUrl(entry),
    actionItemsUrl: actionItemsUrl(lang),
    hasOpenActionItems: (data.actionItems ?? []).some((item) => !item.done),
  };
}
