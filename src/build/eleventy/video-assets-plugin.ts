import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./types.ts";
import { videoPoster, videoScript } from "../../content/markdown/embeds.ts";

const asset = (name: string) => fileURLToPath(new URL(`../../content/markdown/assets/${name}`, import.meta.url));

/** The video facade's script and poster, copied into the site (pages render bodies from the model: src/content/markdown/published.ts). */
export function videoAssetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({
    [asset("video.js")]: videoScript.slice(1),
    [asset("video-poster.svg")]: videoPoster.slice(1),
  });
}
