import { stylesheet } from "../src/assets/stylesheet.ts";

export const data = { permalink: () => stylesheet().href, eleventyExcludeFromCollections: true };

export default function render(): string {
  return stylesheet().css;
}
