import type { EleventyConfig } from "./types.ts";
import { revealFiles } from "../../outputs/slides/assets.ts";

/** Slide decks: reveal.js and the start-up script copied from npm/src (the pages are site/content-pages.11ty.tsx and site/slides-present.11ty.tsx). */
export function slidesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy(revealFiles());
}
