import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { allFeeds, feedsForPage, feedUrl } from "../../../../src/outputs/feeds/definitions.ts";
import { renderFeed } from "../../../../src/outputs/feeds/render.ts";
import type { JsonFeed } from "../../../../src/outputs/feeds/json-feed.ts";
import { fixtureModel } from "../../../helpers/fixture-model.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";

const hostile = `Pods & <script>alert("x")</script> "quotes"`;
const files = {
  "en/people/ada.md": page("name: Ada Lovelace"),
  "en/posts/hostile.md": page(
    `title: '${hostile}'\ndate: 2026-01-10\nsummary: 'Less < more & more > less'\nauthors: [ada]\ntags: [kubernetes]`,
    "See [the demo](/en/demos/chart/) and ![a diagram](/images/d.png).",
  ),
  "fr/posts/hostile.md": page("title: Billet\ndate: 2026-01-10\nsummary: Résumé"),
  "en/demos/chart.md": page("title: A Helm chart\ndate: 2026-02-01\nsummary: s\npresenters: [ada]"),
  "en/meetings/2026-03-05.md": page("title: March meeting\ndate: 2026-03-05", ""),
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ["entry", "link", "author", "category"].includes(name) });

interface AtomEntry {
  title: { "#text": string };
  id: string;
  updated: string;
  link: { "@_href": string }[];
  author?: { name: string; uri?: string }[];
  content?: { "#text": string };
  summary?: { "#text": string };
  "@_xml:lang": string;
}

test("every feed URL is distinct, in French for French feeds", () => {
  const urls = allFeeds().map((f) => f.url);
  assert.equal(new Set(urls).size, 20);
  assert.equal(feedUrl("fr", "meetings", "atom"), "/fr/reunions/fil.xml");
  assert.equal(feedUrl("en", "all", "json"), "/en/feed.json");
  assert.deepEqual(
    feedsForPage("fr", "/fr/blogue/bienvenue/").map((f) => f.url),
    ["/fr/blogue/fil.xml", "/fr/blogue/fil.json", "/fr/fil.xml", "/fr/fil.json"],
  );
});

test("the Atom feed is well-formed, escapes hostile titles and makes content URLs absolute", async () => {
  const model = await fixtureModel(files);
  const feed = allFeeds().find((f) => f.lang === "en" && f.kind === "posts" && f.format === "atom");
  assert.ok(feed);
  const xml = await renderFeed(model, feed);
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, /<script>/);
  const doc = parser.parse(xml) as { feed: { title: string; id: string; updated: string; entry: AtomEntry[] } };
  assert.equal(doc.feed.id, "https://govcloud.ca/en/blog/feed.xml");
  assert.match(doc.feed.updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  assert.equal(doc.feed.entry.length, 1);
  const [entry] = doc.feed.entry;
  assert.ok(entry);
  assert.equal(entry.title["#text"], hostile);
  assert.equal(entry.summary?.["#text"], "Less < more & more > less");
  assert.equal(entry.id, "https://govcloud.ca/en/blog/hostile/");
  assert.deepEqual(entry.author, [{ name: "Ada Lovelace", uri: "https://govcloud.ca/en/people/ada/" }]);
  const content = entry.content?.["#text"] ?? "";
  assert.match(content, /href="https:\/\/govcloud\.ca\/en\/demos\/chart\/"/);
  assert.match(content, /src="https:\/\/govcloud\.ca\/images\/d\.png"/);
});

test("the French feed of everything lists English-only entries, marked", async () => {
  const model = await fixtureModel(files);
  const feed = allFeeds().find((f) => f.lang === "fr" && f.kind === "all" && f.format === "atom");
  assert.ok(feed);
  const doc = parser.parse(await renderFeed(model, feed)) as { feed: { entry: AtomEntry[] } };
  const titles = doc.feed.entry.map((e) => e.title["#text"]);
  assert.deepEqual(titles, ["March meeting (en anglais seulement)", "A Helm chart (en anglais seulement)", "Billet"]);
  assert.equal(doc.feed.entry[0]?.["@_xml:lang"], "en");
});

test("the JSON Feed has every field JSON Feed 1.1 requires, and no raw <", async () => {
  const model = await fixtureModel(files);
  const feed = allFeeds().find((f) => f.lang === "en" && f.kind === "all" && f.format === "json");
  assert.ok(feed);
  const text = await renderFeed(model, feed);
  assert.doesNotMatch(text, /</);
  const json = JSON.parse(text) as JsonFeed;
  assert.equal(json.version, "https://jsonfeed.org/version/1.1");
  assert.equal(typeof json.title, "string");
  assert.equal(json.feed_url, "https://govcloud.ca/en/feed.json");
  assert.equal(json.items.length, 3);
  for (const item of json.items) {
    assert.equal(typeof item.id, "string");
    assert.ok(item.content_html ?? item.content_text, `${item.id} has content`);
    assert.match(item.date_modified, /^\d{4}-\d{2}-\d{2}T/);
  }
  assert.equal(json.items.find((i) => i.id.endsWith("/hostile/"))?.title, hostile);
});

test("a feed entry carries the page's own published body: relref resolved, absolute URLs, text in the feed's language, no script", async () => {
  const { feedItems } = await import("../../../../src/outputs/feeds/items.ts");
  const body = 'See [the minutes]({{< relref "meetings/2026-03-05.md" >}}).\n\n{{< youtube dQw4w9WgXcQ "Helm at scale" >}}\n';
  const model = await fixtureModel({
    "en/meetings/2026-03-05.md": page("title: March meeting\ndate: 2026-03-05", ""),
    "fr/meetings/2026-03-05.md": page("title: Réunion de mars\ndate: 2026-03-05", ""),
    "en/posts/2026-03-06-video.md": page("title: Video\ndate: 2026-03-06\nsummary: s", body),
    "fr/posts/2026-03-06-video.md": page("title: Vidéo\ndate: 2026-03-06\nsummary: s\nslug: video", body),
  });
  for (const [lang, minutes, play] of [
    ["en", "https://govcloud.ca/en/meetings/2026-03-05/", "Play the video: Helm at scale"],
    ["fr", "https://govcloud.ca/fr/reunions/2026-03-05/", "Lire la vidéo : Helm at scale"],
  ] as const) {
    const item = (await feedItems(model, lang, "posts")).find((i) => i.title.startsWith(lang === "en" ? "Video" : "Vidéo"));
    assert.ok(item, lang);
    assert.match(item.contentHtml, new RegExp(`<a href="${minutes}">the minutes</a>`), item.contentHtml);
    assert.ok(item.contentHtml.includes(play), item.contentHtml);
    assert.doesNotMatch(item.contentHtml, /<script|\.md"/);
    assert.match(item.contentHtml, /src="https:\/\/govcloud\.ca\/assets\/video-poster\.svg"/);
  }
});
