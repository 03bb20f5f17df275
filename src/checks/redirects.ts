import { buildListPages } from "../outputs/collections/list-pages.ts";
import { reservedFiles, reservedFolders, reservedUrls } from "../outputs/collections/reserved-urls.ts";
import { publicFilePaths } from "./public-files.ts";
import { noticeUrl } from "../outputs/collections/twin-url.ts";
import type { Problem } from "../content/problem.ts";
import type { ContentCheck } from "../content/model/load.ts";
import { presentUrl } from "../outputs/slides/urls.ts";
import { site } from "../content/site.ts";
import { redirectPermalink, redirectsOf, sectionRedirects } from "../outputs/redirects/list.ts";
import { listRedirectsFile, readListRedirects } from "../outputs/redirects/to-lists.ts";

/** Comparable form of a URL path: /a/b and /a/b/ are the same page; /a/index.html too. */
function key(url: string): string {
  return url.replace(/index\.html?$/, "").replace(/\/?$/, "/");
}

/** The file a redirect page is written to: /old/ -> /old/index.html; /old.html stays. */
function outputFile(from: string): string {
  const permalink = redirectPermalink(from);
  return permalink.endsWith("/") ? `${permalink}index.html` : permalink;
}

/** /a/b/index.html -> /a, /a/b */
function ancestors(file: string): string[] {
  const parts = file.split("/").slice(1, -1);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}`);
}

/**
 * A redirect must not take an address the site already uses (a page, a list, a notice, a
 * presentation, a feed, a calendar, an asset, a file of public/) nor one another redirect takes:
 * the build would silently overwrite one, or fail writing a folder where a file is.
 */
export const redirectsCheck: ContentCheck = async (model) => {
  // A file the site writes (or copies from public/), and the name shown for it.
  const files = new Map<string, string>(reservedFiles(model.published).map((file) => [file, `${file}, a file the site generates`]));
  for (const file of await publicFilePaths()) files.set(`/${file}`, `public/${file}`);
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
    const output = outputFile(from);
    const folder = reservedFolders.find((reserved) => key(from).startsWith(reserved));
    // The redirect's file is that file, or would need it (or a file above it) to be a folder.
    const file = [output, ...ancestors(output)].find((candidate) => files.has(candidate));
    if (folder) problems.push({ file: entry.file, line, message: `redirectFrom: ${from} is in ${folder}, which holds the site's files` });
    else if (file) problems.push({ file: entry.file, line, message: `redirectFrom: ${from} collides with ${files.get(file) ?? file}` });
    else if (owner)
      problems.push({ file: entry.file, line, message: `redirectFrom: ${from} is already used by ${owner === entry.file ? "this page itself" : owner}` });
    else owners.set(key(from), entry.file);
  }
  return problems;
};
