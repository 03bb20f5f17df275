import { slidesTheme } from "../src/outputs/slides/assets.ts";

export const data = { permalink: () => slidesTheme().href, eleventyExcludeFromCollections: true };

export default function render(): string {
  return slidesTheme().css;
}
