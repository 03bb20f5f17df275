import { writeFile } from "node:fs/promises";
import path from "node:path";
import { XMLBuilder } from "fast-xml-parser";
import { scanPage, type PageHead } from "../page-scan.ts";
import type { RenderedSite } from "../rendered-site.ts";
import { pageDates } from "../collections/page-dates.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { site } from "../../content/site.ts";
import { sitemapPath } from "./robots.ts";

/** A page's head, from the same single scan the link check uses. */
export function readPageHead(html: string): PageHead {
  return scanPage(html).head;
}

export interface SitemapUrl {
  url: string;
  /** `lastmod`: the page's "Date modified", when it shows one. */
  modified?: string | undefined;
  alternates: { lang: string; url: string }[];
}

/** `https://govcloud.ca/en/blog/` -> `/en/blog/`, the key of `pageDates`. */
const sitePath = (url: string) => (url.startsWith(`${site.url}/`) ? url.slice(site.url.length) : url);

/**
 * The pages a sitemap lists: every indexable page with a canonical URL (not 404, not notices
 * or redirects marked noindex), each with hreflang alternates that are themselves listed.
 *
 * Which pages, and their canonical and alternate URLs, are read from the finished pages' heads,
 * so a page any template adds is listed without registering it here. Their `lastmod` is not read
 * from the pages: it is `dates` (`pageDates`, from the model), the very value each template
 * prints as "Date modified", so the sitemap and the page cannot disagree.
 */
export function sitemapUrls(heads: PageHead[], dates: ReadonlyMap<string, string>): SitemapUrl[] {
  const listed = heads.filter((h): h is PageHead & { canonical: string } => !!h.canonical && !h.noindex);
  const urls = new Set(listed.map((h) => h.canonical));
  return listed
    .map((h) => {
      const alternates = h.alternates.filter((a) => urls.has(a.url));
      // hreflang annotations only mean something when the page has a twin besides itself.
      return { url: h.canonical, modified: dates.get(sitePath(h.canonical)), alternates: alternates.some((a) => a.url !== h.canonical) ? alternates : [] };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });

/** https://www.sitemaps.org/protocol.html with Google's hreflang extension (xhtml:link). */
export function sitemapXml(urls: SitemapUrl[]): string {
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "@_xmlns:xhtml": "http://www.w3.org/1999/xhtml",
      url: urls.map((u) => ({
        loc: u.url,
        ...(u.modified ? { lastmod: u.modified } : {}),
        ...(u.alternates.length ? { "xhtml:link": u.alternates.map((a) => ({ "@_rel": "alternate", "@_hreflang": a.lang, "@_href": a.url })) } : {}),
      })),
    },
  }) as string;
}

/**
 * Writes sitemap.xml listing the finished pages (`rendered`, scanned once for the sitemap and the
 * link check), so every page any feature adds is in it, each dated from `model`, the model the
 * site was rendered from.
 */
export async function writeSitemap(outputDir: string, model: ContentModel, rendered: RenderedSite): Promise<void> {
  const heads = [...rendered.pages.values()].map((page) => page.head);
  await writeFile(path.join(outputDir, sitemapPath), sitemapXml(sitemapUrls(heads, pageDates(model))));
}
