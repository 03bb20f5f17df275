import type { Problem } from "../content/problem.ts";
import type { ContentCheck } from "../content/model/load.ts";
import { reservedUrls } from "../outputs/collections/reserved-urls.ts";

/**
 * No two published files, and no file and a page the site generates (a list, a feed, the
 * sitemap), produce the same URL: the second would silently replace the first.
 */
export const uniqueUrlsCheck: ContentCheck = (model) => {
  const problems: Problem[] = [];
  const owners = new Map<string, string>(reservedUrls().map((url) => [url, "a page the site generates"]));
  for (const entry of model.published) {
    const owner = owners.get(entry.url);
    if (owner) {
      problems.push({
        file: entry.file,
        line: model.frontMatter.get(entry.file)?.lineOf(["slug"]) ?? 1,
        message: `duplicate URL ${entry.url}: also produced by ${owner} (change the file name or slug)`,
      });
    } else {
      owners.set(entry.url, entry.file);
    }
  }
  return problems;
};
