import { searchScript } from "../src/outputs/search/script.ts";

export const data = { permalink: () => searchScript().href, eleventyExcludeFromCollections: true };

export default function render(): string {
  return searchScript().js;
}
