import type { DateTime } from "luxon";
import { t } from "../../content/i18n/index.ts";
import { toronto } from "../../content/model/read-entry.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import { site, type Lang } from "../../content/site.ts";

/** Every UID ends with this, whatever host the site is previewed on, so subscribers never see duplicates. */
const uidDomain = "govcloud.ca";

/** A meeting as a calendar needs it: plain data, no formatting yet. */
export interface CalendarEvent {
  /** `<date>@govcloud.ca`: the same in both languages and in every build (RFC 5545 §3.8.4.7). */
  uid: string;
  summary: string;
  /** Timed events are in America/Toronto; all-day events span whole days. */
  start: DateTime;
  end: DateTime | undefined;
  allDay: boolean;
  location: string | undefined;
  description: string;
  url: string;
  /** When the meeting's file last changed: RFC 5545 §3.8.7.2 for a calendar without METHOD. */
  stamp: DateTime;
}

function at(date: string, time: string): DateTime {
  return toronto(`${date}T${time}`);
}

/**
 * A meeting without a start time is an all-day event (its date only); with one, it starts and
 * ends at those clock times in America/Toronto. `lang` is the calendar's language: the entry may be
 * in the other one when it has no translation.
 */
export function toCalendarEvent(entry: MeetingEntry, lang: Lang = entry.lang): CalendarEvent {
  const { data } = entry;
  const allDay = data.start === undefined;
  const day = toronto(data.date);
  const url = `${site.url}${entry.url}`;
  const lines = [
    entry.summary,
    data.audience ? t(lang, "calendar_audience_line", { audience: data.audience }) : undefined,
    data.virtual?.url ? t(lang, "calendar_join_line", { url: data.virtual.url }) : undefined,
    data.virtual?.details,
    // The agenda is what a reader decides to come by; numbered as on the meeting page.
    data.agenda?.length ? [t(lang, "calendar_agenda_heading"), ...data.agenda.map((item, index) => `${index + 1}. ${item}`)].join("\n") : undefined,
    url,
  ];
  return {
    uid: `${data.date}@${uidDomain}`,
    summary: entry.title,
    start: allDay ? day : at(data.date, data.start ?? "00:00"),
    end: allDay ? day.plus({ days: 1 }) : data.end ? at(data.date, data.end) : undefined,
    allDay,
    location: data.location ?? data.virtual?.url,
    description: lines.filter((line) => line !== undefined).join("\n\n"),
    url,
    stamp: toronto(entry.modified).toUTC(),
  };
}
