import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { alsoIndexIn, asLanguage, indexSite } from "../../../../src/outputs/search/index-site.ts";
import { jsonIsland } from "../../../../src/outputs/search/strings.ts";
import { fixtureProject, page, runCli } from "../../../../scripts/lib/fixture-site.ts";

test("a page without translation is marked for the other language's index; only its <head> counts", () => {
  const head = '<!DOCTYPE html><html lang="en"><head><meta name="search:also-index-in" content="fr"/></head><body>';
  assert.equal(alsoIndexIn(`${head}</body></html>`), "fr");
  assert.equal(alsoIndexIn('<html lang="en"><head></head><body><p><meta name="search:also-index-in" content="fr"></p></body></html>'), undefined);
  assert.equal(alsoIndexIn('<html lang="en"><head><meta name="search:also-index-in" content="de"/></head>'), undefined);
});

test("asLanguage changes only the page's <html lang>", () => {
  const html = '<!DOCTYPE html><html lang="en"><head></head><body><p lang="en">x</p><code>&lt;html lang="en"</code></body></html>';
  assert.equal(asLanguage(html, "fr"), html.replace('<html lang="en">', '<html lang="fr">'));
});

test("the JSON island cannot close its <script> element", () => {
  const island = jsonIsland({ text: "</script><script>alert(1)</script>" });
  assert.doesNotMatch(island, /<\/script/i);
  assert.deepEqual(JSON.parse(island), { text: "</script><script>alert(1)</script>" });
});

test("the build writes one index per language; lists, home and notices carry no indexed body", async () => {
  const dir = await fixtureProject({
    "en/demos/only-english.md": page("title: Only English\ndate: 2025-04-10\nsummary: s\ntechnologies: [helm]\ndepartment: Statistics Canada"),
    "en/posts/both.md": page("title: Both\ndate: 2025-01-10\nsummary: s"),
    "fr/posts/both.md": page("title: Les deux\ndate: 2025-01-10\nsummary: s\nslug: les-deux"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const site = path.join(dir, "_site");
  const bundle = await readdir(path.join(site, "pagefind"));
  assert.ok(
    bundle.some((f) => /^pagefind\.en_\w+\.pf_meta$/.test(f)),
    bundle.join(" "),
  );
  assert.ok(
    bundle.some((f) => /^pagefind\.fr_\w+\.pf_meta$/.test(f)),
    bundle.join(" "),
  );
  assert.ok(!bundle.includes("pagefind-ui.js"), "Pagefind's own UI is not published");
  const demo = await readFile(path.join(site, "en/demos/only-english/index.html"), "utf8");
  assert.match(demo, /<article data-pagefind-body/);
  assert.match(demo, /<meta name="search:type" content="demo" data-pagefind-meta="type\[content\]" data-pagefind-filter="type\[content\]"\/>/);
  assert.match(demo, /<meta name="search:year" content="2025" data-pagefind-filter="year\[content\]"\/>/);
  assert.match(demo, /<meta name="search:tag" content="helm" data-pagefind-filter="tag\[content\]"\/>/);
  assert.match(demo, /<meta name="search:department" content="Statistics Canada"/);
  assert.match(demo, /<meta name="search:also-index-in" content="fr"\/>/);
  const post = await readFile(path.join(site, "en/blog/both/index.html"), "utf8");
  assert.doesNotMatch(post, /search:also-index-in/);
  for (const generated of ["en/index.html", "en/demos/index.html", "fr/demos/only-english/index.html", "en/search/index.html"]) {
    assert.doesNotMatch(await readFile(path.join(site, generated), "utf8"), /data-pagefind-body/, generated);
  }
});

test("the build indexes each language once, and a page published in one language only in both", async () => {
  const dir = await fixtureProject({
    "en/demos/only-english.md": page("title: Only English\ndate: 2025-04-10\nsummary: s\ntechnologies: [helm]"),
    "en/posts/both.md": page("title: Both\ndate: 2025-01-10\nsummary: s", "Déploiement continu."),
    "fr/posts/both.md": page("title: Les deux\ndate: 2025-01-10\nsummary: s\nslug: les-deux", "Déploiement continu."),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const bundle = path.join(dir, "_site", "pagefind");
  const entry = JSON.parse(await readFile(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  // The menu pages, the post, and the English-only demo (in French too, marked).
  assert.deepEqual(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])), { en: 5, fr: 5 });
  assert.equal((await readdir(path.join(bundle, "fragment"))).length, 10);
});

test("re-indexing a site (npm start does it after edits) keeps the previous index in place until the new one is written", async () => {
  const dir = await fixtureProject({ "en/posts/both.md": page("title: Both\ndate: 2025-01-10\nsummary: s", "Déploiement continu.") });
  assert.equal((await runCli(dir, "build")).code, 0);
  const site = path.join(dir, "_site");
  const entry = path.join(site, "pagefind", "pagefind-entry.json");
  let missing = 0;
  let indexing = true;
  const watching = (async () => {
    while (indexing) {
      if (!existsSync(entry)) missing++;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  const report = await indexSite(site);
  indexing = false;
  await watching;
  assert.deepEqual(report.problems, []);
  assert.equal(missing, 0, "the search page would have found no index while it was rewritten");
  assert.ok(existsSync(entry));
  assert.ok(!(await readdir(site)).some((name) => name.startsWith(".pagefind")), "no temporary bundle is left");
  assert.ok(!(await readdir(site)).includes(".search-copies"), "no single-language copy is left to publish");
});
