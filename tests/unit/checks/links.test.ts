import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { checkLinks } from "../../../src/checks/links.ts";
import { site as siteFacts } from "../../../src/content/site.ts";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";
import { tempDir } from "../../../scripts/lib/temp-dir.ts";

async function site(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("govcloud-links-");
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const nav = '<a href="/en/">Home</a><a href="/en/gone/">Gone</a>';

test("internal links and #anchors resolve against the built files", async () => {
  const dir = await site({
    "en/index.html": `${nav}\n<h2 id="top-news">News</h2>\n<a href="/en/blog/post/#intro">ok</a> <a href="/en/blog/post">no slash</a> <a href="#top-news">ok</a>`,
    "en/blog/post/index.html": `${nav}\n<p id="intro">x</p><a href="../../">up</a> <a href="#missing">bad</a>\n<a href="/en/blog/post/#nope">bad</a> <img src="/assets/x.png" alt="">\n<a href="https://example.com/nope">external</a> <a href="mailto:a@b.c">mail</a> <a href="#">top</a> <a href="/assets/site.css">css</a>`,
    "assets/site.css": "",
  });
  const problems = await checkLinks(dir);
  assert.deepEqual(problems, [
    { file: "_site/en/blog/post/index.html", line: 1, message: 'broken link "/en/gone/": no page /en/gone/ in the built site (and on 1 other page)' },
    { file: "_site/en/blog/post/index.html", line: 2, message: 'broken link "#missing": no id="missing" on /en/blog/post/' },
    { file: "_site/en/blog/post/index.html", line: 3, message: 'broken link "/en/blog/post/#nope": no id="nope" on /en/blog/post/' },
    { file: "_site/en/blog/post/index.html", line: 3, message: 'broken link "/assets/x.png": no page /assets/x.png in the built site' },
  ]);
});

test("a broken link fails the build before anything renders, named by its Markdown file and line; nothing is published", async () => {
  const dir = await fixtureProject({
    "en/posts/links.md": page(
      "title: Links\ndate: 2026-01-15\nsummary: s",
      [
        "## Intro",
        "",
        '[fine](#intro) and [fine too]({{< relref "posts/other.md#details" >}})',
        "",
        "[gone](/en/blog/nope/)",
        "",
        '[no anchor]({{< relref "posts/other.md#nowhere" >}})',
      ].join("\n"),
    ),
    "en/posts/other.md": page("title: Other\ndate: 2026-01-15\nsummary: s", "## Details\n\nText."),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 1);
  const lines = result.stderr.split("\n");
  assert.ok(lines.includes('content/en/posts/links.md:10: broken link "/en/blog/nope/": no page /en/blog/nope/ on the site'), result.stderr);
  assert.ok(
    lines.includes('content/en/posts/links.md:12: broken link "/en/blog/other/#nowhere": no heading or id "nowhere" on /en/blog/other/'),
    result.stderr,
  );
  assert.match(result.stderr, /2 problems found/);
  assert.equal(existsSync(path.join(dir, "_site")), false);
});

test("absolute links to the site itself (canonical, hreflang) are checked like relative ones", async () => {
  const dir = await site({
    "en/index.html": `<link rel="canonical" href="${siteFacts.url}/en/"><link rel="alternate" hreflang="fr" href="${siteFacts.url}/fr/">`,
  });
  assert.deepEqual(await checkLinks(dir), [
    { file: "_site/en/index.html", line: 1, message: `broken link "${siteFacts.url}/fr/": no page /fr/ in the built site` },
  ]);
});

test("the build checks every page Eleventy renders (scanned as written); HTML in public/ is refused before", async () => {
  const dir = await fixtureProject({
    "en/posts/fine.md": page("title: Fine\ndate: 2026-01-15\nsummary: s", "[gone](/en/blog/missing-post/)"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 1);
  assert.ok(
    result.stderr.split("\n").includes('content/en/posts/fine.md:6: broken link "/en/blog/missing-post/": no page /en/blog/missing-post/ on the site'),
    result.stderr,
  );

  await mkdir(path.join(dir, "public", "old"), { recursive: true });
  await writeFile(path.join(dir, "public", "old", "index.html"), '<!DOCTYPE html>\n<a href="/en/nowhere/">x</a>\n');
  const again = await runCli(dir, "build");
  assert.equal(again.code, 1);
  assert.ok(
    again.stderr
      .split("\n")
      .includes("public/old/index.html:1: .html files are not allowed in public/: code goes in src/ (public/ holds images and documents)"),
    again.stderr,
  );
});
