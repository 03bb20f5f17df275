import { stylesheet } from "../src/outputs/assets/stylesheet.ts";

export const data = { permalink: () => stylesheet().href, eleventyExcludeFromCollections: true };

export default function render(): string {
  return stylesheet().css;
}
