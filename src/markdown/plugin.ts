import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "../eleventy-types.ts";
import { videoPoster, videoScript } from "./embeds.ts";
import { eleventyMarkdown } from "./checked-html.ts";

const asset = (name: string) => fileURLToPath(new URL(`./assets/${name}`, import.meta.url));

/** Markdown pages render with our markdown-it (from the content check's tokens); the video facade's script and poster are copied. */
export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", eleventyMarkdown);
  eleventyConfig.addPassthroughCopy({
    [asset("video.js")]: videoScript.slice(1),
    [asset("video-poster.svg")]: videoPoster.slice(1),
  });
}
