import ical from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { site, type Lang } from "../../content/site.ts";
import type { CalendarEvent } from "./event.ts";

export interface CalendarOptions {
  lang: Lang;
  name: string;
  /** The page that lists what the calendar holds. */
  url: string;
  events: CalendarEvent[];
}

const vtimezones = new Map<string, string | null>();

/** The VTIMEZONE block for a zone, from the IANA data timezones-ical-library ships (made once: every meeting's file has it). */
function vtimezone(zone: string): string | null {
  let block = vtimezones.get(zone);
  if (block === undefined) vtimezones.set(zone, (block = tzlib_get_ical_block(zone)[0] ?? null));
  return block;
}

/**
 * TEXT escaping (RFC 5545 §3.3.11). ical-generator escapes event properties but writes the
 * calendar NAME as given, and a meeting title is contributor text.
 */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * An iCalendar (RFC 5545) file: escaping and 75-octet line folding are ical-generator's, the
 * VTIMEZONE for America/Toronto is timezones-ical-library's.
 */
export function buildCalendar({ lang, name, url, events }: CalendarOptions): string {
  const calendar = ical({
    name: escapeText(name),
    url,
    prodId: { company: new URL(site.url).hostname, product: "meetings", language: lang.toUpperCase() },
    // Calendar apps re-read a subscription about once a day.
    ttl: 24 * 60 * 60,
    // Only the generator is set, not a calendar-wide zone name: with a name, ical-generator writes
    // DTSTAMP as local time, and RFC 5545 §3.8.7.2 requires UTC. Events name their zone themselves.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.x("X-WR-TIMEZONE", site.timeZone);
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      start: event.start,
      end: event.end ?? null,
      allDay: event.allDay,
      timezone: event.allDay ? null : site.timeZone,
      location: event.location ?? null,
      description: event.description,
      url: event.url,
      stamp: event.stamp,
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too; ical-generator leaves it off,
  // and strict parsers (and `cat` of two files) then run END:VCALENDAR into what follows.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
