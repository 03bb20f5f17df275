import type { Entry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";

/** The presentation view's URL segment: French URLs in French. */
const presentSegment: Record<Lang, string> = { en: "present", fr: "presenter" };

/** /en/slides/<slug>/present/, /fr/presentations/<slug>/presenter/ */
export function presentUrl(entry: Entry): string {
  return `${entry.url}${presentSegment[entry.lang]}/`;
}

/** What the presentation view loads, all from this site (copied from the reveal.js package). */
export const revealAssets = {
  script: "/assets/reveal/reveal.js",
  notes: "/assets/reveal/plugin/notes.js",
  css: "/assets/reveal/reveal.css",
  init: "/assets/slides.js",
} as const;
