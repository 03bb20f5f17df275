import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { XMLBuilder } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Problem } from "../checks/problem.ts";
import { sitemapPath } from "./robots.ts";

/** What a built page says about itself in its head. */
export interface PageHead {
  canonical: string | undefined;
  noindex: boolean;
  /** hreflang -> absolute URL, from <link rel="alternate" hreflang>. */
  alternates: { lang: string; url: string }[];
  /** YYYY-MM-DD from "Date modified", when the page shows it. */
  modified: string | undefined;
}

export function readPageHead(html: string): PageHead {
  const doc = parseDocument(html);
  const links = DomUtils.getElementsByTagName("link", doc);
  const metas = DomUtils.getElementsByTagName("meta", doc);
  const canonical = links.find((l) => l.attribs.rel === "canonical")?.attribs.href;
  const alternates = links.filter((l) => l.attribs.rel === "alternate" && l.attribs.hreflang && l.attribs.href).map((l) => ({ lang: l.attribs.hreflang ?? "", url: l.attribs.href ?? "" }));
  const noindex = metas.some((m) => m.attribs.name === "robots" && /noindex/.test(m.attribs.content ?? ""));
  const modifiedBox = DomUtils.findOne((el) => el.name === "dl" && (el.attribs.class ?? "").split(/\s+/).includes("date-modified"), doc.children);
  const time = modifiedBox ? DomUtils.findOne((el) => el.name === "time", modifiedBox.children) : null;
  return { canonical, noindex, alternates, modified: time?.attribs.datetime };
}

export interface SitemapUrl {
  url: string;
  modified?: string | undefined;
  alternates: { lang: string; url: string }[];
}

/**
 * The pages a sitemap lists: every indexable page with a canonical URL (not 404, not notices
 * or redirects marked noindex), each with hreflang alternates that are themselves listed.
 */
export function sitemapUrls(heads: PageHead[]): SitemapUrl[] {
  const listed = heads.filter((h): h is PageHead & { canonical: string } => !!h.canonical && !h.noindex);
  const urls = new Set(listed.map((h) => h.canonical));
  return listed
    .map((h) => {
      const alternates = h.alternates.filter((a) => urls.has(a.url));
      // hreflang annotations only mean something when the page has a twin besides itself.
      return { url: h.canonical, modified: h.modified, alternates: alternates.some((a) => a.url !== h.canonical) ? alternates : [] };
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

async function htmlFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((d) => d.isFile() && d.name.endsWith(".html")).map((d) => path.join(d.parentPath, d.name));
}

/** Post-build step: writes sitemap.xml from the finished pages, so every page any feature adds is in it. */
export async function writeSitemap(outputDir: string): Promise<Problem[]> {
  const heads = await Promise.all((await htmlFiles(outputDir)).map(async (file) => readPageHead(await readFile(file, "utf8"))));
  await writeFile(path.join(outputDir, sitemapPath), sitemapXml(sitemapUrls(heads)));
  return [];
}
