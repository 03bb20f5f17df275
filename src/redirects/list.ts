import type { ContentModel } from "../model/load.ts";
import type { Entry } from "../model/types.ts";

/** An old address that leads to a page of this site. */
export interface Redirect {
  /** The old path as written in front matter. */
  from: string;
  /** Where Eleventy writes the redirect page: a folder (…/) or an .html file. */
  permalink: string;
  entry: Entry;
  /** The index of `from` in the entry's `redirectFrom` (for messages). */
  index: number;
}

/** /meetup/2018-03-22 -> /meetup/2018-03-22/ ; /old.html stays a file. */
export function redirectPermalink(from: string): string {
  if (from.endsWith("/") || /\.html?$/.test(from)) return from;
  return `${from}/`;
}

/** Every redirect of the published pages (a draft's old addresses keep pointing nowhere). */
export function redirectsOf(model: ContentModel): Redirect[] {
  return model.published.flatMap((entry) =>
    (entry.data.redirectFrom ?? []).map((from, index) => ({ from, permalink: redirectPermalink(from), entry, index })),
  );
}
