import type { EleventyConfig } from "../eleventy-types.ts";
import type { ContentModel } from "../model/load.ts";
import { calendarFiles, type CalendarFile } from "./files.ts";

/**
 * The iCalendar files: `/en/meetings.ics`, `/fr/reunions.ics` and one per meeting. A virtual
 * template (https://www.11ty.dev/docs/virtual-templates/) paginated over `calendarFiles(model)`.
 */
export function calendarPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate(
    "site/calendars.11ty.ts",
    {
      data: {
        pagination: {
          data: "model.published",
          size: 1,
          alias: "calendarFile",
          before: (_entries: unknown, data: { model: ContentModel }) => calendarFiles(data.model),
        },
        permalink: (data: { calendarFile: CalendarFile }) => data.calendarFile.url,
        eleventyExcludeFromCollections: true,
      },
      render: (data: { calendarFile: CalendarFile }) => data.calendarFile.body,
    },
    {},
  );
}
