import { z } from "zod";
import { common, imageSource, text } from "./fields.ts";

export const personSchema = z
  .strictObject({
    name: text,
    department: text.optional(),
    role: text.optional(),
    github: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "expected a GitHub user name (without @ or URL)").optional(),
    photo: imageSource.optional(),
    photoAlt: text.optional(),
    ...common,
  })
  .refine((p) => !p.photo || p.photoAlt, { message: "a photo needs photoAlt (text for people who cannot see it)", path: ["photoAlt"] });

