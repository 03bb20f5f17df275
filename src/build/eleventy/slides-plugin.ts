import type { EleventyConfig } from "./types.ts";
import { revealFiles } from "../../outputs/slides/assets.ts";

/** Slide decks: reveal.js and the start-up script copied from npm/src (pages are in content/site/). */
export function slidesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy(revealFiles());
}
