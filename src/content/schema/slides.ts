import { z } from "zod";
import { common, isoDate, personId, tagList, text } from "./fields.ts";

export const slidesSchema = z.strictObject({
  title: text,
  date: isoDate,
  summary: text.optional(),
  meeting: isoDate.optional(),
  presenters: z.array(personId).optional(),
  tags: tagList.optional(),
  ...common,
});

