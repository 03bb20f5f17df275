import { z } from "zod";
import { common, imageSource, isoDate, personId, tagList, text } from "./fields.ts";

export const postSchema = z
  .strictObject({
    title: text,
    date: isoDate,
    summary: text,
    authors: z.array(personId).optional(),
    tags: tagList.optional(),
    image: imageSource.optional(),
    imageAlt: text.optional(),
    ...common,
  })
  .refine((post) => !post.image || post.imageAlt, { message: "an image needs imageAlt (text for people who cannot see it)", path: ["imageAlt"] });

