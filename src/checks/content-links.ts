import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildListPages } from "../outputs/collections/list-pages.ts";
import { projectListPages } from "../outputs/collections/projects.ts";
import { reservedFiles, reservedFolders, reservedUrls } from "../outputs/collections/reserved-urls.ts";
import { tagPages } from "../outputs/collections/tags.ts";
import { technologyPages } from "../outputs/collections/technologies.ts";
import { noticeUrl, untranslated } from "../outputs/collections/twin-url.ts";
import { publishedBody } from "../content/markdown/published.ts";
import type { ContentCheck, ContentModel } from "../content/model/load.ts";
import type { Entry } from "../content/model/types.ts";
import { redirectsOf } from "../outputs/redirects/list.ts";
import { site } from "../content/site.ts";
import { presentUrl } from "../outputs/slides/urls.ts";
import { contentSources } from "./links.ts";
import type { Problem } from "../content/problem.ts";

/**
 * Ids the content page layout writes besides the body's own (layouts/): a link to one of them
 * on a content page is a good link. The build's link check, on the rendered site, has the last word.
 */
const layoutIds = [
  "main-content",
  "toc-title",
  "related-content",
  "meeting-agenda",
  "meeting-decisions",
  "meeting-action-items",
  "meeting-demos",
  "meeting-projects",
  "project-images",
  "project-demos",
  "project-meetings",
  "transcript",
];
const layoutIdPatterns = [/^slide-\d+$/, /^t-[\d-]+$/];

/** Every page and file the build will write, by URL path, from the model alone (no layout rendered). */
function sitePaths(model: ContentModel): { paths: Set<string>; pages: Map<string, Entry> } {
  const pages = new Map(model.published.map((entry) => [entry.url, entry]));
  const paths = new Set<string>([...pages.keys(), ...reservedUrls(), ...reservedFiles(model.published)]);
  for (const list of [buildListPages(model), technologyPages(model), tagPages(model), projectListPages(model)]) for (const page of list) paths.add(page.url);
  for (const entry of untranslated(model)) paths.add(noticeUrl(entry));
  for (const entry of model.published) if (entry.collection === "slides") paths.add(presentUrl(entry));
  for (const redirect of redirectsOf(model)) paths.add(redirect.from);
  const publicDir = "public";
  const files = existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, withFileTypes: true, encoding: "utf8" }) : [];
  for (const entry of files.filter((d) => d.isFile())) {
    paths.add(`/${path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
  }
  return { paths, pages };
}

const siteOrigin = new URL(site.url).origin;
const pathOf = (pathname: string) => (pathname.endsWith("/index.html") ? pathname.slice(0, -"index.html".length) : pathname);

/**
 * Links between pages, and to headings, from the model and each page's Markdown, without
 * rendering a layout: `npm run check` finds a broken internal link as the build would, at the
 * line it is written on. Links to other sites are not followed (`links.yml` does that weekly).
 */
export const contentLinksCheck: ContentCheck = (model) => {
  // Only a tree without other problems: an invalid page would be reported twice.
  if (model.problems.length) return [];
  const { paths, pages } = sitePaths(model);
  const sourceOf = contentSources(model, model.sources);
  const bodyOf = (entry: Entry) => publishedBody(model, entry);
  const problems: Problem[] = [];
  for (const entry of model.published) {
    for (const href of bodyOf(entry).hrefs) {
      let url: URL;
      try {
        url = new URL(href, `https://site.invalid${entry.url}`);
      } catch {
        continue;
      }
      if (url.origin === siteOrigin) url = new URL(`${url.pathname}${url.hash}`, "https://site.invalid");
      if (url.origin !== "https://site.invalid") continue;
      const pathname = decodeURIComponent(url.pathname);
      const where = sourceOf(entry.url, href);
      const at = { file: entry.file, line: where?.line ?? model.frontMatter.get(entry.file)?.bodyLine ?? 1 };
      const known =
        paths.has(pathname) || paths.has(pathOf(pathname)) || paths.has(`${pathname}/`) || reservedFolders.some((folder) => pathname.startsWith(folder));
      if (!known) {
        problems.push({ ...at, message: `broken link "${href}": no page ${pathname} on the site` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const target = pages.get(pathOf(pathname)) ?? pages.get(`${pathname}/`);
      if (!fragment || fragment === "top" || !target) continue;
      if (layoutIds.includes(fragment) || layoutIdPatterns.some((pattern) => pattern.test(fragment))) continue;
      if (!bodyOf(target).ids.has(fragment)) problems.push({ ...at, message: `broken link "${href}": no heading or id "${fragment}" on ${target.url}` });
    }
  }
  return problems;
};
