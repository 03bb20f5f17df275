import { z } from "zod";
import { clockTime, common, recordingSource, httpsUrl, isoDate, personId, slug, tagList, text } from "./fields.ts";

const actionItemSchema = z.strictObject({
  what: text,
  who: text,
  due: isoDate.optional(),
  done: z.boolean({ error: "expected true or false" }).default(false),
});

export const meetingSchema = z
  .strictObject({
    title: text,
    date: isoDate,
    summary: text.optional(),
    start: clockTime.optional(),
    end: clockTime.optional(),
    location: text.optional(),
    virtual: z.strictObject({ url: httpsUrl.optional(), details: text.optional() }).optional(),
    audience: text.optional(),
    noteTaker: personId.optional(),
    attendees: z.array(text).optional(),
    agenda: z.array(text).optional(),
    recording: recordingSource.optional(),
    slides: slug.optional(),
    decisions: z.array(text).optional(),
    actionItems: z.array(actionItemSchema).optional(),
    tags: tagList.optional(),
    ...common,
  })
  .refine((m) => !(m.start && m.end) || m.start < m.end, { message: "end must be after start", path: ["end"] });

export type ActionItem = z.infer<typeof actionItemSchema>;
