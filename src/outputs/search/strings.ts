import { t, type MessageKey } from "../../content/i18n/index.ts";
import type { Lang } from "../../content/site.ts";
import { searchTypes } from "./facts.ts";

/** The interface text the search script prints, handed to it in a JSON island (no inline script). */
const browserKeys = [
  "search_count_none",
  "search_count_one",
  "search_count_other",
  "search_filtered_none",
  "search_filtered_one",
  "search_filtered_other",
  "search_more",
  "search_error",
  "only_en",
  "only_fr",
  "search_in_transcript",
  ...searchTypes.map((type) => `search_type_${type}` as const),
] as const satisfies readonly MessageKey[];

export type BrowserStrings = Record<(typeof browserKeys)[number], string>;

export function browserStrings(lang: Lang): BrowserStrings {
  return Object.fromEntries(browserKeys.map((key) => [key, t(lang, key)])) as BrowserStrings;
}

/** JSON that is safe inside <script type="application/json">: no "</script>" can end it early. */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
