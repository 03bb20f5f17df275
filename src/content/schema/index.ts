import type { z } from "zod";
import type { CollectionName } from "../i18n/routes.ts";
import { demoSchema } from "./demo.ts";
import { meetingSchema } from "./meeting.ts";
import { pageSchema } from "./page.ts";
import { personSchema } from "./person.ts";
import { postSchema } from "./post.ts";
import { projectSchema } from "./project.ts";
import { slidesSchema } from "./slides.ts";

/** One strict schema per collection; the build and `npm run check` both use these. */
export const schemas = {
  meetings: meetingSchema,
  posts: postSchema,
  demos: demoSchema,
  people: personSchema,
  slides: slidesSchema,
  pages: pageSchema,
  projects: projectSchema,
} satisfies Record<CollectionName, z.ZodType>;

export type DataOf<C extends CollectionName> = z.infer<(typeof schemas)[C]>;
export type { ProjectImage } from "./project.ts";
