import { z } from "zod";
import { common, recordingSource, httpsUrl, isoDate, personId, slug, tagList, text } from "./fields.ts";

export const demoSchema = z.strictObject({
  title: text,
  date: isoDate,
  summary: text,
  presenters: z.array(personId).optional(),
  department: text.optional(),
  meeting: isoDate.optional(),
  repository: httpsUrl.optional(),
  recording: recordingSource.optional(),
  captions: httpsUrl.optional(),
  slides: slug.optional(),
  technologies: tagList.optional(),
  tags: tagList.optional(),
  ...common,
});

