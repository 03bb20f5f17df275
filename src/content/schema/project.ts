import { z } from "zod";
import { common, httpsUrl, isoDate, personId, slug, tagList, text } from "./fields.ts";
import { licenceProblem } from "./licence.ts";
import { parseImageReference } from "./oci-reference.ts";

/** How a project is looked after: being developed, kept working, or left as it is. */
export const projectStatuses = ["active", "maintained", "archived"] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** An image's own name: a full reference (registry included), without tag or digest, which have their own fields. */
const imageName = z.string({ error: "expected an image name like ghcr.io/org/image" }).superRefine((value, ctx) => {
  const parsed = parseImageReference(value);
  if (typeof parsed === "string") return void ctx.addIssue({ code: "custom", message: parsed });
  if (!parsed.hasDomain) ctx.addIssue({ code: "custom", message: `expected the full name with its registry, like ${parsed.fullName} or ghcr.io/org/${value}` });
  else if (parsed.tag !== undefined || parsed.digest !== undefined) ctx.addIssue({ code: "custom", message: "expected the name alone: list the tags under tags:" });
});

/** What an image is built FROM: an image reference with an optional tag or digest, or `scratch`. */
const imageBase = z.string({ error: "expected an image reference like debian:12-slim" }).superRefine((value, ctx) => {
  if (value === "scratch") return;
  const parsed = parseImageReference(value);
  if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
});

const imageTag = z.string({ error: "expected a tag" }).regex(/^[\w][\w.-]{0,127}$/, "expected a tag (letters, digits, _ . -, at most 128, not starting with . or -)");

/** An OCI platform, os/architecture[/variant]: linux/amd64, linux/arm64/v8. */
const platform = z.string({ error: "expected a platform like linux/amd64" }).regex(/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/, "expected a platform like linux/amd64 or linux/arm64/v8");

const projectImageSchema = z.strictObject({
  name: imageName,
  tags: z.array(imageTag, { error: "expected a list of tags" }).optional(),
  base: imageBase,
  platforms: z.array(platform, { error: "expected a list of platforms" }).optional(),
  adds: text,
});

/** An SPDX licence identifier, or several joined by AND / OR. */
const licence = z.string({ error: "expected an SPDX licence identifier like MIT" }).superRefine((value, ctx) => {
  const problem = licenceProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * A project the group shares. Field names follow publiccode.yml where it has the same field
 * (`name`, `url`, `license`); CONTRIBUTING.md gives the whole mapping. Licence and status are
 * optional because a project entered from old minutes may not say: absent means "not recorded".
 */
export const projectSchema = z.strictObject({
  name: text,
  // publiccode.yml's description.shortDescription: at most 150 characters.
  summary: text.max(150, "at most 150 characters (one sentence; the page's body says the rest)"),
  url: httpsUrl,
  departments: z.array(text, { error: "expected a list of departments" }).optional(),
  maintainers: z.array(personId, { error: "expected a list of people ids" }).optional(),
  license: licence.optional(),
  status: z.enum(projectStatuses, { error: `expected one of ${projectStatuses.join(", ")}` }).optional(),
  technologies: tagList.optional(),
  demos: z.array(slug, { error: "expected a list of demo ids" }).optional(),
  meetings: z.array(isoDate, { error: "expected a list of meeting dates" }).optional(),
  images: z.array(projectImageSchema, { error: "expected a list of images" }).optional(),
  ...common,
});

export type ProjectImage = z.infer<typeof projectImageSchema>;
