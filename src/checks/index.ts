import type { ContentCheck } from "../content/model/load.ts";
import { redirectsCheck } from "./redirects.ts";
import { slideDirectivesCheck } from "./slides.ts";
import { checkTwinFacts } from "./twin-facts.ts";
import { markdownSafety } from "./markdown-safety.ts";
import { publicFilesCheck } from "./public-files.ts";
import { contentLinksCheck } from "./content-links.ts";
import { uniqueUrlsCheck } from "./unique-urls.ts";

/**
 * Checks over the whole content tree, run by the build (before rendering) and by
 * `npm run check`. Each returns every problem it finds; none stops at the first. Links between
 * pages come last: they are checked only in a tree with no other problem. The files in
 * `public/` are checked here too, so a bad one stops the build before anything is published.
 */
export const contentChecks: ContentCheck[] = [
  checkTwinFacts,
  markdownSafety,
  slideDirectivesCheck,
  redirectsCheck,
  publicFilesCheck,
  uniqueUrlsCheck,
  contentLinksCheck,
];
