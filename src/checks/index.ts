import type { ContentCheck } from "../model/load.ts";
import { redirectsCheck } from "../redirects/check.ts";
import { slideDirectivesCheck } from "../slides/check.ts";
import { checkTwinFacts } from "./twin-facts.ts";
import { markdownSafety } from "./markdown-safety.ts";

/**
 * Checks over the whole content tree, run by the build (before rendering) and by
 * `npm run check`. Each returns every problem it finds; none stops at the first.
 */
export const contentChecks: ContentCheck[] = [checkTwinFacts, markdownSafety, slideDirectivesCheck, redirectsCheck];
