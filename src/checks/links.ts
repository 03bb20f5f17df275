import path from "node:path";
import type { ContentModel } from "../content/model/load.ts";
import { site } from "../content/site.ts";
import type { FoundLink } from "../outputs/page-scan.ts";
import type { Problem } from "../content/problem.ts";
import { renderedSite, type RenderedSite } from "../outputs/rendered-site.ts";

const siteOrigin = new URL(site.url).origin;

/** The URL path a built file is served at: en/blog/x/index.html -> /en/blog/x/ */
function urlOfFile(file: string): string {
  const url = `/${file.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** The built file a site path is served from (nginx: /x/ -> x/index.html, /x -> x or x/index.html). */
function fileOfPath(pathname: string, files: Set<string>): string | undefined {
  const relative = pathname.replace(/^\/+/, "");
  const candidates = pathname.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Where a link leads: nowhere valid, off this site (other sites, mailto:, tel:), or to a built file (target) or none. */
type Resolved = { kind: "invalid" } | { kind: "external" } | { kind: "internal"; pathname: string; target: string | undefined; fragment: string };

/** Links that lead to the same place from any page: with a scheme, or a path from the site's root. */
const sameFromAnyPage = /^(?:[a-z][a-z0-9+.-]*:|\/(?!\/))/i;

function resolve(href: string, pageUrl: string, files: Set<string>): Resolved {
  const base = new URL(pageUrl, "https://site.invalid");
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: "invalid" };
  }
  // Absolute links to this site (canonical, hreflang alternates) are internal links too.
  if (url.origin === siteOrigin) url = new URL(`${url.pathname}${url.search}${url.hash}`, base);
  if (url.origin !== base.origin) return { kind: "external" };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  return { kind: "internal", pathname: url.pathname, target: fileOfPath(pathname, files), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * The content file a built page comes from, and the line where a link is written in it
 * (`written` false when the link is not in the Markdown: it comes from the layout).
 */
export type SourceOf = (pageUrl: string, href: string) => { file: string; line: number; written: boolean } | undefined;

/**
 * Every internal link and #anchor of the built site, resolved against the output itself.
 *
 * Hand-written on htmlparser2 rather than a link-checker
 * package: linkinator 8 needs Node 22 and crawls over HTTP; hyperlink has not been released
 * since 2021. Checking the output needs no server; each page is read back and scanned once
 * after rendering (src/outputs/rendered-site.ts), and the sitemap uses the same scan.
 */
export async function checkLinks(outputDir: string, sourceOf: SourceOf = () => undefined, rendered?: RenderedSite): Promise<Problem[]> {
  const { files, pages } = rendered ?? (await renderedSite(outputDir));
  const problems: Problem[] = [];
  // A broken link in a layout is on every page: report it once, with how many pages have it.
  const seen = new Map<string, { problem: Problem; pages: number }>();
  const broken = (file: string, pageUrl: string, link: FoundLink, message: string) => {
    const source = sourceOf(pageUrl, link.href);
    const key = source ? `${source.file}\n${message}` : message;
    const known = seen.get(key);
    if (known) {
      known.pages++;
      return;
    }
    const problem = source?.written
      ? { file: source.file, line: source.line, message: `${message} (on ${pageUrl})` }
      : { file: `_site/${file}`, line: link.line, message: source ? `${message} (page from ${source.file})` : message };
    seen.set(key, { problem, pages: 1 });
    problems.push(problem);
  };
  // Most links are the same absolute paths on every page (menus, footer): each is resolved once.
  const resolved = new Map<string, Resolved>();
  for (const [file, page] of pages) {
    const pageUrl = urlOfFile(file);
    for (const link of page.links) {
      const key = sameFromAnyPage.test(link.href) ? link.href : `${pageUrl}\n${link.href}`;
      let found = resolved.get(key);
      if (!found) resolved.set(key, (found = resolve(link.href, pageUrl, files)));
      if (found.kind === "invalid") broken(file, pageUrl, link, `link "${link.href}" is not a valid URL`);
      if (found.kind !== "internal") continue;
      if (!found.target) {
        broken(file, pageUrl, link, `broken link "${link.href}": no page ${found.pathname} in the built site`);
        continue;
      }
      // "#" and "#top" scroll to the top of any page (HTML spec, "scroll to the fragment").
      if (!found.fragment || found.fragment === "top" || !found.target.endsWith(".html")) continue;
      if (!pages.get(found.target)?.ids.has(found.fragment)) {
        broken(file, pageUrl, link, `broken link "${link.href}": no id="${found.fragment}" on ${urlOfFile(found.target)}`);
      }
    }
  }
  for (const { problem, pages: count } of seen.values()) {
    if (count > 1) problem.message += ` (and on ${count - 1} other page${count === 2 ? "" : "s"})`;
  }
  return problems;
}

/** Maps a built page back to its Markdown file, and the link to the line it is written on. */
export function contentSources(model: ContentModel, sources: Map<string, string>): SourceOf {
  const byUrl = new Map(model.published.map((entry) => [entry.url, entry]));
  return (pageUrl, href) => {
    const entry = byUrl.get(pageUrl);
    if (!entry) return undefined;
    const text = sources.get(entry.file) ?? "";
    const bodyLine = model.frontMatter.get(entry.file)?.bodyLine ?? 1;
    const hash = href.indexOf("#");
    const needles = [href, hash > 0 ? href.slice(0, hash) : "", hash >= 0 ? href.slice(hash) : ""].filter(Boolean);
    for (const needle of needles) {
      const index = text.indexOf(needle);
      if (index !== -1) return { file: entry.file, line: text.slice(0, index).split("\n").length, written: true };
    }
    return { file: entry.file, line: bodyLine, written: false };
  };
}
