import type { EleventyConfig } from "./types.ts";
import { allFeeds } from "../../outputs/feeds/definitions.ts";

/** Global data `feeds`: every Atom and JSON feed, which site/feeds.11ty.ts renders. */
export function feedsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("feeds", () => allFeeds());
}
