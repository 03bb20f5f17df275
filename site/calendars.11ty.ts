import { calendarFiles, type CalendarFile } from "../src/outputs/calendar/files.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";

/** The iCalendar files: `/en/meetings.ics`, `/fr/reunions.ics` and one per meeting. */
export const data = {
  pagination: {
    data: "model.published",
    size: 1,
    alias: "calendarFile",
    before: (_entries: unknown, data: TemplateData) => calendarFiles(data.model),
  },
  permalink: (data: { calendarFile: CalendarFile }) => data.calendarFile.url,
  eleventyExcludeFromCollections: true,
};

export default function Calendar(data: { calendarFile: CalendarFile }): string {
  return data.calendarFile.body;
}
