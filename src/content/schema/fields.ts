import { DateTime } from "luxon";
import { z } from "zod";
import { tagId } from "./tags.ts";

/** A calendar date written YYYY-MM-DD that really exists (2026-02-30 does not). */
export const isoDate = z
  .string({ error: "expected a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  // In UTC: whether a calendar date exists does not depend on the zone, and UTC needs no Intl lookup.
  .refine((value) => DateTime.fromISO(value, { zone: "utc" }).isValid, "not a real calendar date (expected YYYY-MM-DD)");

/** A 24-hour clock time in America/Toronto, HH:MM. */
export const clockTime = z
  .string({ error: "expected a time as HH:MM (24-hour)" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM (24-hour)");

export const slug = z
  .string({ error: "expected a lowercase id like my-page" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lowercase letters, digits and hyphens (like my-page)");

/** People are referred to by the file name of their page: content/en/people/<id>.md. */
export const personId = slug;

export const tagList = z.array(tagId, { error: "expected a list of tags" });

export const text = z.string({ error: "expected text" }).trim().min(1, "expected text, not an empty value");

export const httpsUrl = z
  .string({ error: "expected an https:// URL" })
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "expected an https:// URL");

/**
 * A path on this site: `/images/x.png`. Never `//host/...` or `/\host/...`, which browsers
 * read as another site, and nothing a URL parser would drop or reinterpret (spaces, tabs,
 * backslashes): write other characters percent-encoded.
 */
function isSitePathUrl(value: string): boolean {
  return /^\/(?![/\\])[A-Za-z0-9._~%/-]*$/.test(value);
}

/** A site path or an absolute https:// URL, exactly as written (no spaces, tabs or backslashes to be cleaned up). */
export function isSitePathOrHttpsUrl(value: string): boolean {
  if (isSitePathUrl(value)) return true;
  if (!value.startsWith("https://") || /[\s\\\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Fields that hold an image (`image`, `photo`): a file of this site or an https:// URL. */
export const imageSource = z
  .string({ error: "expected a site path (/...) or an https:// URL" })
  .refine(isSitePathOrHttpsUrl, "expected a site path (/...) or an https:// URL");

/**
 * Where a recording is: an https:// URL (YouTube, a departmental site), or a video file of this
 * site (`/videos/demo.webm`, in public/), which the page plays in a native player with its transcript as captions.
 */
export const recordingSource = z
  .string({ error: "expected an https:// URL or a site path to an .mp4 or .webm file" })
  .refine((value) => (isSitePathUrl(value) ? /\.(mp4|webm)$/.test(value) : isSitePathOrHttpsUrl(value) && value.startsWith("https://")), "expected an https:// URL or a site path to an .mp4 or .webm file (/videos/demo.webm)");

/** A path on this site, as an old address to redirect from: /meetup/2018-03-22/ or /old.html. */
export const sitePath = z
  .string({ error: "expected a site path like /old/address/" })
  .regex(/^\/(?!\/)[A-Za-z0-9._~%/-]*$/, "expected a site path like /old/address/ (letters, digits, . _ ~ % - and /)")
  .refine((value) => !value.split("/").some((part) => part === ".." || part === "."), "expected a site path without . or .. segments");

/** Fields every collection accepts. */
export const common = {
  draft: z.boolean({ error: "expected true or false" }).optional(),
  modified: isoDate.optional(),
  /** The URL segment, when it differs from the file name (French pages use French words). */
  slug: slug.optional(),
  /** Old addresses of this page (from the Hugo site, or before a rename); each becomes a redirect. */
  redirectFrom: z.array(sitePath, { error: "expected a list of site paths" }).optional(),
  /** Waiting for its twin in the other language (the Hugo import sets it): listed by `npm run check`. */
  needsTranslation: z.literal(true, { error: "expected true (or no needsTranslation line)" }).optional(),
};
