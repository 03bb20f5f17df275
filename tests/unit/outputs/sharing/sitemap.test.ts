import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readPageHead, sitemapUrls, sitemapXml } from "../../../../src/outputs/sharing/sitemap.ts";

const head = (canonical: string, alternates: [string, string][], extra = "") =>
  `<!DOCTYPE html><html><head><link rel="canonical" href="${canonical}">${alternates.map(([lang, url]) => `<link rel="alternate" hreflang="${lang}" href="${url}">`).join("")}${extra}</head><body><dl class="date-modified"><dt>x</dt><dd><time datetime="2026-01-02">2026-01-02</time></dd></dl></body></html>`;

const en = head("https://govcloud.ca/en/about/", [
  ["en", "https://govcloud.ca/en/about/"],
  ["fr", "https://govcloud.ca/fr/a-propos/"],
]);
const fr = head("https://govcloud.ca/fr/a-propos/", [
  ["fr", "https://govcloud.ca/fr/a-propos/"],
  ["en", "https://govcloud.ca/en/about/"],
]);
const onlyEn = head("https://govcloud.ca/en/blog/x/", [
  ["en", "https://govcloud.ca/en/blog/x/"],
  ["fr", "https://govcloud.ca/fr/blogue/x/"],
]);
const notice = head(
  "https://govcloud.ca/fr/blogue/x/",
  [
    ["fr", "https://govcloud.ca/fr/blogue/x/"],
    ["en", "https://govcloud.ca/en/blog/x/"],
  ],
  '<meta name="robots" content="noindex">',
);
const notFound = "<!DOCTYPE html><html><head><title>404</title></head><body></body></html>";

test("a page's head: canonical, alternates and noindex", () => {
  assert.deepEqual(readPageHead(notice), {
    canonical: "https://govcloud.ca/fr/blogue/x/",
    noindex: true,
    alternates: [
      { lang: "fr", url: "https://govcloud.ca/fr/blogue/x/" },
      { lang: "en", url: "https://govcloud.ca/en/blog/x/" },
    ],
  });
});

// The model's dates (src/outputs/collections/page-dates.ts), by site path. The pages above all show 2026-01-02.
const dates = new Map([
  ["/en/about/", "2025-11-30"],
  ["/fr/a-propos/", "2025-12-01"],
]);

test("the sitemap lists indexable pages; alternates only between translated twins", () => {
  const urls = sitemapUrls([en, fr, onlyEn, notice, notFound].map(readPageHead), dates);
  assert.deepEqual(
    urls.map((u) => [u.url, u.alternates.map((a) => a.lang)]),
    [
      ["https://govcloud.ca/en/about/", ["en", "fr"]],
      ["https://govcloud.ca/en/blog/x/", []],
      ["https://govcloud.ca/fr/a-propos/", ["fr", "en"]],
    ],
  );
  const xml = sitemapXml(urls);
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "url" || name === "xhtml:link" }).parse(xml) as {
    urlset: { "@_xmlns:xhtml": string; url: { loc: string; lastmod: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] }[] };
  };
  assert.equal(doc.urlset["@_xmlns:xhtml"], "http://www.w3.org/1999/xhtml");
  assert.equal(doc.urlset.url[0]?.lastmod, "2025-11-30");
  assert.deepEqual(
    doc.urlset.url[0]?.["xhtml:link"]?.map((l) => l["@_href"]),
    ["https://govcloud.ca/en/about/", "https://govcloud.ca/fr/a-propos/"],
  );
});

test("lastmod is the model's date for the page, whatever its markup shows; none when the model has none", () => {
  const undated = `<!DOCTYPE html><html><head><link rel="canonical" href="https://govcloud.ca/en/blog/"></head><body></body></html>`;
  const urls = sitemapUrls([en, fr, onlyEn, undated].map(readPageHead), new Map([...dates, ["/en/blog/", "2026-03-04"]]));
  assert.deepEqual(
    urls.map((u) => [u.url, u.modified]),
    [
      ["https://govcloud.ca/en/about/", "2025-11-30"],
      ["https://govcloud.ca/en/blog/", "2026-03-04"],
      ["https://govcloud.ca/en/blog/x/", undefined],
      ["https://govcloud.ca/fr/a-propos/", "2025-12-01"],
    ],
  );
  assert.doesNotMatch(sitemapXml(urls), /2026-01-02/, "nothing is read from the pages' Date modified");
});
