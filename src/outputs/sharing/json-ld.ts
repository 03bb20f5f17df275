import { DateTime } from "luxon";
import { personLink } from "../collections/people.ts";
import { t } from "../../content/i18n/index.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { DemoEntry, Entry, MeetingEntry, PostEntry } from "../../content/model/types.ts";
import { site } from "../../content/site.ts";
import { pageTranscript, transcriptText } from "../transcripts/view.ts";

/** A schema.org node as plain data. https://schema.org/ */
export type JsonLd = { "@context"?: string; "@type": string } & { [key: string]: unknown };

function absolute(url: string): string {
  return new URL(url, `${site.url}/`).toString();
}

function person(model: ContentModel, entry: Entry, id: string): JsonLd {
  const link = personLink(model, entry.lang, id);
  return { "@type": "Person", name: link.name, ...(link.url ? { url: absolute(link.url) } : {}) };
}

function organization(entry: Entry): JsonLd {
  return { "@type": "Organization", name: t(entry.lang, "site_owner"), url: absolute(`/${entry.lang}/`) };
}

/** A date and HH:MM in America/Toronto as ISO 8601 with its offset that day (-05:00 or -04:00). */
export function torontoDateTime(date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: site.timeZone }).toISO({ suppressMilliseconds: true, includeOffset: true }) ?? date;
}

/** https://schema.org/Event; online, offline or mixed from the meeting's location fields. */
function meetingEvent(entry: MeetingEntry): JsonLd {
  const { data } = entry;
  const locations: JsonLd[] = [];
  if (data.location) locations.push({ "@type": "Place", name: data.location, address: data.location });
  if (data.virtual)
    locations.push({
      "@type": "VirtualLocation",
      ...(data.virtual.url ? { url: data.virtual.url } : {}),
      ...(data.virtual.details ? { description: data.virtual.details } : {}),
    });
  const mode = data.virtual ? (data.location ? "MixedEventAttendanceMode" : "OnlineEventAttendanceMode") : "OfflineEventAttendanceMode";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: entry.title,
    ...(entry.summary ? { description: entry.summary } : {}),
    url: absolute(entry.url),
    inLanguage: entry.lang,
    startDate: data.start ? torontoDateTime(data.date, data.start) : data.date,
    ...(data.end ? { endDate: torontoDateTime(data.date, data.end) } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    ...(data.location || data.virtual ? { eventAttendanceMode: `https://schema.org/${mode}` } : {}),
    ...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: organization(entry),
  };
}

/** https://schema.org/BlogPosting */
function blogPosting(model: ContentModel, entry: PostEntry): JsonLd {
  const { data } = entry;
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: entry.title,
    description: data.summary,
    url: absolute(entry.url),
    mainEntityOfPage: absolute(entry.url),
    inLanguage: entry.lang,
    datePublished: data.date,
    dateModified: entry.modified,
    author: data.authors?.length ? data.authors.map((id) => person(model, entry, id)) : organization(entry),
    publisher: organization(entry),
    ...(data.image ? { image: absolute(data.image) } : {}),
    ...(entry.tags.length ? { keywords: entry.tags.join(", ") } : {}),
  };
}

/** https://schema.org/VideoObject, for a demo that has a recording. */
function demoVideo(model: ContentModel, entry: DemoEntry): JsonLd | undefined {
  const { data } = entry;
  if (!data.recording) return undefined;
  // The words themselves (https://schema.org/transcript is text), else the captions' address.
  const transcript = pageTranscript(model, entry);
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: entry.title,
    description: data.summary,
    uploadDate: data.date,
    url: absolute(entry.url),
    contentUrl: absolute(data.recording),
    inLanguage: entry.lang,
    ...(data.presenters?.length ? { creator: data.presenters.map((id) => person(model, entry, id)) } : {}),
    ...(transcript ? { transcript: transcriptText(transcript.cues) } : data.captions ? { transcript: data.captions } : {}),
  };
}

/** The structured data a content page carries, if its collection has any. */
export function structuredData(model: ContentModel, entry: Entry): JsonLd | undefined {
  if (entry.collection === "meetings") return meetingEvent(entry);
  if (entry.collection === "posts") return blogPosting(model, entry);
  if (entry.collection === "demos") return demoVideo(model, entry);
  return undefined;
}

/**
 * JSON for a <script> element: `<`, `>` and `&` as \u escapes, so no value (a title with
 * `</script>`) can end the element early; U+2028/2029 too, for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
