import assert from "node:assert/strict";
import { test } from "node:test";
import { sharingMeta } from "../../../../src/outputs/sharing/open-graph.ts";

function asRecord(tags: ReturnType<typeof sharingMeta>): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => ["property" in tag ? tag.property : tag.name, tag.content]));
}

test("Open Graph and Twitter card tags in Canadian French, with the English alternate", () => {
  const meta = asRecord(sharingMeta({ lang: "fr", title: "Réunion", description: "Un résumé", url: "/fr/reunions/2026-01-15/" }));
  assert.equal(meta["og:title"], "Réunion");
  assert.equal(meta["og:description"], "Un résumé");
  assert.equal(meta["og:url"], "https://govcloud.ca/fr/reunions/2026-01-15/");
  assert.equal(meta["og:type"], "website");
  assert.equal(meta["og:locale"], "fr_CA");
  assert.equal(meta["og:locale:alternate"], "en_CA");
  assert.equal(meta["og:site_name"], "Infonuagique native du GC");
  assert.equal(meta["twitter:card"], "summary");
});

test("a page without a description falls back to the tagline; an image is made absolute", () => {
  const meta = asRecord(sharingMeta({ lang: "en", title: "Post", url: "/en/blog/x/", type: "article", image: { url: "/images/x.png", alt: "A diagram" } }));
  assert.equal(meta["og:description"], "Helping to build a government that is cloud native");
  assert.equal(meta["og:type"], "article");
  assert.equal(meta["og:image"], "https://govcloud.ca/images/x.png");
  assert.equal(meta["og:image:alt"], "A diagram");
});
