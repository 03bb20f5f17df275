import { site } from "../../content/site.ts";

export const sitemapPath = "/sitemap.xml";

/** robots.txt: everything may be crawled; the sitemap lists the pages. https://www.rfc-editor.org/rfc/rfc9309 */
export function robotsTxt(): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.url}${sitemapPath}\n`;
}
