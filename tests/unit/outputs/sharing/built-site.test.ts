import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { fixtureProject, page, runCli } from "../../../../scripts/lib/fixture-site.ts";

// One fixture build for every check on the finished site: feeds, sitemap, robots, head tags.
const hostile = `A </script><script>alert(1)</script> & <b>title</b>`;
const files = {
  "en/people/ada.md": page("name: Ada Lovelace\ndepartment: Shared Services Canada"),
  "fr/people/ada.md": page("name: Ada Lovelace\ndepartment: Services partagés Canada"),
  "en/posts/hostile.md": page(`title: '${hostile}'\ndate: 2026-01-10\nsummary: 'Less < more'\nauthors: [ada]\ntags: [helm]\nmodified: 2026-02-01`),
  "fr/posts/hostile.md": page(`title: '${hostile}'\ndate: 2026-01-10\nsummary: 'Moins < plus'\nauthors: [ada]\ntags: [helm]\nmodified: 2026-02-02`),
  "en/meetings/2026-01-15.md": page(
    "title: January meeting\ndate: 2026-01-15\nstart: '12:00'\nend: '13:00'\nvirtual:\n  url: https://meet.example.ca/j/1\ntags: [helm]",
  ),
  "fr/meetings/2026-01-15.md": page(
    "title: Réunion de janvier\ndate: 2026-01-15\nstart: '12:00'\nend: '13:00'\nvirtual:\n  url: https://meet.example.ca/j/1\ntags: [helm]",
  ),
  "en/demos/chart.md": page(
    "title: A Helm chart\ndate: 2026-01-15\nsummary: s\npresenters: [ada]\nmeeting: 2026-01-15\nrecording: https://www.youtube.com/watch?v=abc\ntechnologies: [helm]",
  ),
  "fr/demos/chart.md": page(
    "title: Un chart Helm\ndate: 2026-01-15\nsummary: r\npresenters: [ada]\nmeeting: 2026-01-15\nrecording: https://www.youtube.com/watch?v=abc\ntechnologies: [helm]",
  ),
  "en/posts/english-only.md": page("title: English only\ndate: 2026-01-11\nsummary: s\nmodified: 2026-02-03"),
  "en/projects/charts.md": page(
    "name: Charts\nsummary: s\nurl: https://github.com/govcloud/charts\nstatus: active\ntechnologies: [helm]\nmodified: 2026-02-04",
  ),
  "fr/projects/charts.md": page(
    "name: Chartes\nsummary: r\nurl: https://github.com/govcloud/charts\nstatus: active\ntechnologies: [helm]\nmodified: 2026-02-05",
  ),
};

let site = "";
before(async () => {
  const dir = await fixtureProject(files);
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  site = path.join(dir, "_site");
});

const read = (url: string) => readFile(path.join(site, url.endsWith("/") ? `${url}index.html` : url), "utf8");

function head(html: string) {
  const doc = parseDocument(html);
  const metas = DomUtils.getElementsByTagName("meta", doc);
  const meta = (key: string) => metas.find((m) => m.attribs.property === key || m.attribs.name === key)?.attribs.content;
  const scripts = DomUtils.getElementsByTagName("script", doc).filter((s) => s.attribs.type === "application/ld+json");
  const jsonLd = scripts.map((s) => JSON.parse(DomUtils.textContent(s)) as Record<string, unknown>);
  const links = DomUtils.getElementsByTagName("link", doc).filter((l) => l.attribs.rel === "alternate" && l.attribs.type);
  return { meta, jsonLd, scripts: scripts.length, feeds: links.map((l) => l.attribs.href) };
}

const templates = {
  en: {
    home: "/en/",
    post: "/en/blog/hostile/",
    meeting: "/en/meetings/2026-01-15/",
    demo: "/en/demos/chart/",
    person: "/en/people/ada/",
    list: "/en/demos/",
    technology: "/en/demos/technologies/helm/",
  },
  fr: {
    home: "/fr/",
    post: "/fr/blogue/hostile/",
    meeting: "/fr/reunions/2026-01-15/",
    demo: "/fr/demos/chart/",
    person: "/fr/personnes/ada/",
    list: "/fr/demos/",
    technology: "/fr/demos/technologies/helm/",
  },
};

test("every template in both languages has Open Graph and Twitter card tags and a feed link", async () => {
  for (const [lang, pages] of Object.entries(templates)) {
    for (const url of Object.values(pages)) {
      const { meta, feeds } = head(await read(url));
      for (const key of ["og:title", "og:description", "og:url", "og:type", "og:site_name", "og:locale", "og:locale:alternate", "twitter:card"]) {
        assert.ok(meta(key), `${url}: ${key}`);
      }
      assert.equal(meta("og:locale"), lang === "en" ? "en_CA" : "fr_CA", url);
      assert.equal(meta("og:url"), `https://govcloud.ca${url}`);
      assert.ok(feeds.includes(lang === "en" ? "/en/feed.xml" : "/fr/fil.xml"), `${url}: links the feed of everything`);
    }
  }
  for (const url of ["/", "/404.html", "/fr/blogue/english-only/"]) {
    const { meta } = head(await read(url));
    assert.ok(meta("og:title") && meta("twitter:card"), `${url}: bilingual and notice pages too`);
  }
});

test("JSON-LD parses and has the right type per template; a hostile title cannot break out", async () => {
  for (const lang of ["en", "fr"] as const) {
    const pages = templates[lang];
    const types = async (url: string) => head(await read(url)).jsonLd.map((d) => d["@type"]);
    assert.deepEqual(await types(pages.post), ["BlogPosting"]);
    assert.deepEqual(await types(pages.meeting), ["Event"]);
    assert.deepEqual(await types(pages.demo), ["VideoObject"]);
    assert.deepEqual(await types(pages.home), []);
    const html = await read(pages.post);
    assert.equal(head(html).scripts, 1, "the title did not open a second script");
    assert.equal(head(html).jsonLd[0]?.headline, hostile);
    assert.equal(head(html).meta("og:title"), hostile);
  }
  const event = head(await read(templates.en.meeting)).jsonLd[0];
  assert.equal(event?.startDate, "2026-01-15T12:00:00-05:00");
  assert.equal(event?.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
});

async function feedFiles(): Promise<string[]> {
  const all = await readdir(site, { recursive: true });
  return all.filter((f) => /(^|\/)(feed|fil)\.(xml|json)$/.test(f)).sort();
}

test("every feed parses: Atom as XML, JSON Feed against the 1.1 required fields", async () => {
  const files = await feedFiles();
  assert.equal(files.length, 20);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" });
  for (const file of files) {
    const text = await readFile(path.join(site, file), "utf8");
    if (file.endsWith(".xml")) {
      assert.equal(XMLValidator.validate(text), true, file);
      const doc = parser.parse(text) as {
        feed: { "@_xmlns": string; id: string; title: string; updated: string; entry?: { id: string; title: { "#text": string }; updated: string }[] };
      };
      assert.equal(doc.feed["@_xmlns"], "http://www.w3.org/2005/Atom", file);
      assert.ok(doc.feed.id && doc.feed.title && doc.feed.updated, file);
      for (const entry of doc.feed.entry ?? []) assert.ok(entry.id && entry.title["#text"] && entry.updated, `${file}: ${entry.id}`);
    } else {
      const feed = JSON.parse(text) as { version: string; title: string; items: { id: string; content_html?: string; content_text?: string }[] };
      assert.equal(feed.version, "https://jsonfeed.org/version/1.1", file);
      assert.ok(feed.title, file);
      assert.ok(Array.isArray(feed.items), file);
      for (const item of feed.items) assert.ok(item.id && (item.content_html ?? item.content_text), `${file}: ${item.id}`);
    }
  }
  const posts = JSON.parse(await read("/fr/blogue/fil.json")) as { items: { title: string }[] };
  assert.deepEqual(
    posts.items.map((i) => i.title),
    ["English only (en anglais seulement)", hostile],
  );
});

test("sitemap.xml lists translated pages with their hreflang twin, not notice pages; robots.txt points to it", async () => {
  const xml = await read("/sitemap.xml");
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "url" || name === "xhtml:link" }).parse(xml) as {
    urlset: { url: { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] }[] };
  };
  const byLoc = new Map(doc.urlset.url.map((u) => [u.loc, u]));
  const demo = byLoc.get("https://govcloud.ca/en/demos/chart/");
  assert.deepEqual(
    demo?.["xhtml:link"]?.map((l) => [l["@_hreflang"], l["@_href"]]),
    [
      ["en", "https://govcloud.ca/en/demos/chart/"],
      ["fr", "https://govcloud.ca/fr/demos/chart/"],
    ],
  );
  assert.ok(byLoc.has("https://govcloud.ca/fr/demos/technologies/helm/"));
  assert.ok(byLoc.get("https://govcloud.ca/en/blog/english-only/"), "an untranslated page is listed");
  assert.equal(byLoc.get("https://govcloud.ca/en/blog/english-only/")?.["xhtml:link"], undefined);
  assert.ok(!byLoc.has("https://govcloud.ca/fr/blogue/english-only/"), "its notice page is not");
  assert.ok(![...byLoc.keys()].some((loc) => loc.includes("404")));
  assert.match(await read("/robots.txt"), /^Sitemap: https:\/\/govcloud\.ca\/sitemap\.xml$/m);
});

test("every page in sitemap.xml has the lastmod of the Date modified it shows; a list's is its collection's newest change", async () => {
  const doc = new XMLParser({ isArray: (name) => name === "url" }).parse(await read("/sitemap.xml")) as {
    urlset: { url: { loc: string; lastmod?: string }[] };
  };
  const lastmods = new Map(doc.urlset.url.map((u) => [new URL(u.loc).pathname, u.lastmod]));
  for (const [url, lastmod] of lastmods) {
    const shown = DomUtils.findOne((el) => el.attribs.class === "date-modified", parseDocument(await read(url)).children);
    const time = shown && DomUtils.findOne((el) => el.name === "time", shown.children);
    // The bilingual splash page, like Canada.ca's, shows no date: the only page listed without one.
    if (url === "/") assert.deepEqual([shown, lastmod], [null, undefined]);
    else assert.deepEqual([lastmod, DomUtils.textContent(time ?? [])], [time?.attribs.datetime, lastmod], url);
  }
  assert.equal(lastmods.get("/en/blog/english-only/"), "2026-02-03");
  // The newest post is English only: both lists show it, the French one marked.
  assert.equal(lastmods.get("/en/blog/"), "2026-02-03");
  assert.equal(lastmods.get("/fr/blogue/"), "2026-02-03");
  assert.equal(lastmods.get("/en/projects/"), "2026-02-04");
  assert.equal(lastmods.get("/fr/projets/filiation/"), "2026-02-05");
  assert.ok(lastmods.has("/en/tags/helm/") && lastmods.get("/en/tags/helm/") !== undefined);
});

test("the 404 page offers a search form in each language", async () => {
  const doc = parseDocument(await read("/404.html"));
  const forms = DomUtils.getElementsByTagName("form", doc).map((f) => [
    f.attribs.action,
    f.attribs.method,
    DomUtils.findOne((el) => el.name === "input", f.children)?.attribs.name,
  ]);
  assert.deepEqual(forms, [
    ["/en/search/", "get", "q"],
    ["/fr/recherche/", "get", "q"],
  ]);
});
