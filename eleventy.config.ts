import { staticAssets } from "./src/outputs/assets/stylesheet.ts";
import type { EleventyConfig } from "./src/build/eleventy/types.ts";
import { feedsPlugin } from "./src/build/eleventy/feeds-plugin.ts";
import { videoAssetsPlugin } from "./src/build/eleventy/video-assets-plugin.ts";
import { contentPlugin } from "./src/build/eleventy/content-plugin.ts";
import { jsxPlugin } from "./src/build/eleventy/jsx-plugin.ts";
import { searchPlugin } from "./src/build/dev-server/search-plugin.ts";
import { slidesPlugin } from "./src/build/eleventy/slides-plugin.ts";

/** Wiring only: every feature is a plugin in src/. https://www.11ty.dev/docs/config/ */
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(videoAssetsPlugin);
  eleventyConfig.addPlugin(jsxPlugin);
  eleventyConfig.addPlugin(contentPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPassthroughCopy(staticAssets());
  // Images and downloads contributors add (and the Hugo import's static/), served from the root.
  eleventyConfig.addPassthroughCopy({ public: "/" });
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(slidesPlugin);
  eleventyConfig.addWatchTarget("src/");
  // Content is data the model reads (src/content/model/), never templates: watched, not an input.
  eleventyConfig.addWatchTarget("content/");
  eleventyConfig.addWatchTarget("layouts/");
  eleventyConfig.setServerOptions({ port: 8080 });
}

export const config = {
  // The output folder is not set here: `npm run build` chooses it (it builds to a temporary one).
  // Only the site's own templates: every content page is rendered from the model
  // (site/content-pages.11ty.tsx), so Eleventy never reads a contributor's file.
  dir: { input: "site" },
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["11ty.tsx", "11ty.ts"],
};
