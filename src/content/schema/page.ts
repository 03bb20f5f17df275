import { z } from "zod";
import { common, text } from "./fields.ts";

export const pageSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  ...common,
});

