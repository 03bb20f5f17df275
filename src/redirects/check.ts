import { buildListPages } from "../collections/list-pages.ts";
import { reservedUrls } from "../collections/reserved-urls.ts";
import { noticeUrl } from "../collections/twin-url.ts";
import type { Problem } from "../checks/problem.ts";
import type { ContentCheck } from "../model/load.ts";
import { presentUrl } from "../slides/urls.ts";
import { site } from "../site.ts";
import { redirectsOf, sectionRedirects } from "./list.ts";
import { listRedirectsFile, readListRedirects } from "./to-lists.ts";

/** Comparable form of a URL path: /a/b and /a/b/ are the same page; /a/index.html too. */
function key(url: string): string {
  return url.replace(/index\.html?$/, "").replace(/\/?$/, "/");
}

/**
 * A redirect must not take an address the site already uses (a page, a list, a notice, a
 * presentation, an asset) nor one another redirect takes: the build would silently overwrite one.
 */
export const redirectsCheck: ContentCheck = (model) => {
  const owners = new Map<string, string>();
  const own = (url: string, owner: string) => owners.has(key(url)) || owners.set(key(url), owner);
  for (const url of reservedUrls()) own(url, "a page the site generates");
  for (const list of buildListPages(model)) own(list.url, "a list page");
  for (const entry of model.published) {
    own(entry.url, entry.file);
    if (!model.twin(entry)) own(noticeUrl(entry), `the "not translated" notice of ${entry.file}`);
    if (entry.collection === "slides") own(presentUrl(entry), `the presentation of ${entry.file}`);
  }
  own("/", "the language splash page");
  for (const redirect of sectionRedirects()) own(redirect.from, `the redirect from the old section list ${redirect.from}`);
  const listed = readListRedirects(model);
  const problems: Problem[] = [...listed.problems];
  for (const { from, line } of listed.redirects) {
    const owner = owners.get(key(from));
    if (owner) problems.push({ file: `${site.contentDir}/${listRedirectsFile}`, line, message: `from: ${from} is already used by ${owner}` });
    else owners.set(key(from), `${site.contentDir}/${listRedirectsFile}`);
  }
  for (const redirect of redirectsOf(model)) {
    if (!redirect.source) continue;
    const { from } = redirect;
    const { entry, index } = redirect.source;
    const line = model.frontMatter.get(entry.file)?.lineOf(["redirectFrom", index]) ?? 1;
    const owner = owners.get(key(from));
    if (from.startsWith("/assets/")) problems.push({ file: entry.file, line, message: `redirectFrom: ${from} is in /assets/, which holds the site's files` });
    else if (owner) problems.push({ file: entry.file, line, message: `redirectFrom: ${from} is already used by ${owner === entry.file ? "this page itself" : owner}` });
    else owners.set(key(from), entry.file);
  }
  return problems;
};
