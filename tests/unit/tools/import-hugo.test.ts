import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, menuPages, projectRoot, runCli } from "../../../scripts/lib/fixture-site.ts";
import { tempDir } from "../../../scripts/lib/temp-dir.ts";

const hugoSite = path.join(projectRoot, "tests/fixtures/hugo-site");

// The menu pages the build's link check needs, except the About page the Hugo fixture brings.
const baseline = Object.fromEntries(Object.entries(menuPages).filter(([file]) => file !== "en/pages/about.md"));
const project = () => fixtureProject(baseline, { menuPages: false });

/** What the import wrote: the content files besides the baseline. */
async function contentFiles(dir: string): Promise<string[]> {
  const found = await readdir(path.join(dir, "content"), { recursive: true });
  return found.filter((f) => f.endsWith(".md") && !(f in baseline)).sort();
}

test("a dry run prints the report and writes nothing", async () => {
  const dir = await project();
  const result = await runCli(dir, "import-hugo", [hugoSite, "--dry-run"]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /dry run: nothing written/);
  assert.match(result.stdout, /Files: pages 1, meetings 3, posts 2, slides 1 \(7 new/);
  assert.deepEqual(await contentFiles(dir), []);
});

test("the import lands in our collections, names what needs a human with file:line, and builds", async () => {
  const dir = await project();
  const result = await runCli(dir, "import-hugo", [hugoSite]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.deepEqual(await contentFiles(dir), [
    "en/meetings/2018-03-22.md",
    "en/meetings/2018-04-26.md",
    "en/pages/about.md",
    "en/posts/2018-04-01-hello.md",
    "en/posts/2018-05-01-draft-post.md",
    "en/slides/containers.md",
    "fr/meetings/2018-04-26.md",
  ]);
  // What could not be mapped, each at the line of the Hugo file it is on.
  assert.match(result.stdout, /hugo-site\/content\/meetup\/2018-04-26\.md:9: shortcode \{\{< wet-carousel id="gallery" >\}\} has no equivalent/);
  assert.match(result.stdout, /hugo-site\/content\/about\.md:4: wetPageId: no such field/);
  assert.match(result.stdout, /hugo-site\/content\/post\/hello\.md:12: <iframe src="https:\/\/example\.com\/map"> is not allowed/);
  assert.match(result.stdout, /hugo-site\/content\/post\/hello\.md:6: author "Zach" not mapped/);
  assert.match(result.stdout, /The result builds, and every imported page shows all the text, links, images and code of its Hugo page/);

  const meeting = await readFile(path.join(dir, "content/en/meetings/2018-03-22.md"), "utf8");
  assert.match(meeting, /redirectFrom:\n {2}- \/meetup\/2018-03-22\/\n {2}- \/2018\/03\/first-meetup\//);
  assert.match(meeting, /\[the deck\]\(\/en\/slides\/containers\/\)/);
  assert.doesNotMatch(meeting, /<div|<iframe/);
  const draft = await readFile(path.join(dir, "content/en/posts/2018-05-01-draft-post.md"), "utf8");
  assert.match(draft, /draft: true/);

  const build = await runCli(dir, "build");
  assert.equal(build.code, 0, build.stderr);
  for (const page of [
    "en/meetings/2018-03-22",
    "en/meetings/2018-04-26",
    "fr/reunions/2018-04-26",
    "en/slides/containers",
    "en/slides/containers/present",
    "en/blog/hello",
    "en/about",
  ]) {
    assert.ok(existsSync(path.join(dir, "_site", page, "index.html")), `${page} is missing`);
  }
  assert.equal(existsSync(path.join(dir, "_site/en/blog/draft-post/index.html")), false);
  const redirect = await readFile(path.join(dir, "_site/2018/03/first-meetup/index.html"), "utf8");
  assert.match(redirect, /<meta http-equiv="refresh" content="0; url=\/en\/meetings\/2018-03-22\/"\/>/);
  assert.match(redirect, /<meta name="robots" content="noindex"\/>/);
  assert.match(redirect, /<link rel="canonical" href="https:\/\/govcloud\.ca\/en\/meetings\/2018-03-22\/"\/>/);
  assert.doesNotMatch(redirect, /data-pagefind-body/);

  const again = await runCli(dir, "import-hugo", [hugoSite]);
  assert.equal(again.code, 0, again.stdout);
  assert.match(again.stdout, /\(0 new, 7 unchanged, 0 kept as they are\)/);
  assert.equal(await readFile(path.join(dir, "content/en/meetings/2018-03-22.md"), "utf8"), meeting);
});

test("a file edited since the import is kept and reported, not overwritten", async () => {
  const dir = await project();
  await runCli(dir, "import-hugo", [hugoSite]);
  const about = path.join(dir, "content/en/pages/about.md");
  await writeFile(about, "---\ntitle: Edited by hand\n---\nMine.\n");
  const again = await runCli(dir, "import-hugo", [hugoSite]);
  assert.match(again.stdout, /content\/en\/pages\/about\.md exists with other text: kept it/);
  assert.equal(await readFile(about, "utf8"), "---\ntitle: Edited by hand\n---\nMine.\n");
});

test("a result that would not build exits non-zero and writes nothing", async () => {
  const site = await tempDir("hugo-broken-");
  await cp(hugoSite, site, { recursive: true });
  // An alias that takes the address of a list page the site generates.
  await writeFile(path.join(site, "content/about.md"), '+++\ntitle = "About"\naliases = ["/en/meetings/"]\n+++\nText.\n');
  const dir = await project();
  const result = await runCli(dir, "import-hugo", [site]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /would not build/);
  assert.match(result.stdout, /content\/en\/pages\/about\.md:\d+: redirectFrom: \/en\/meetings\/ is already used by a page the site generates/);
  assert.deepEqual(await contentFiles(dir), []);
});

test("a reveal-hugo section deck is a deck; a meeting without a date is not imported and fails the run", async () => {
  const site = await tempDir("hugo-decks-");
  await cp(hugoSite, site, { recursive: true });
  await writeFile(path.join(site, "content/meetup/notes.md"), '+++\ntitle = "Undated notes"\n+++\nText.\n');
  // reveal-hugo's other layout: a section whose _index.md has outputs = ["Reveal"].
  await mkdir(path.join(site, "content/talk"));
  await cp(path.join(site, "content/slide/containers.md"), path.join(site, "content/talk/_index.md"));
  const dir = await project();
  const result = await runCli(dir, "import-hugo", [site]);
  assert.equal(result.code, 1, result.stdout);
  assert.match(result.stdout, /content\/meetup\/notes\.md:1: not imported: a meeting needs a date/);
  assert.match(result.stdout, /content\/talk\/_index\.md -> content\/en\/slides\/talk\.md \(\/en\/slides\/talk\/\)/);
  const talk = await readFile(path.join(dir, "content/en/slides/talk.md"), "utf8");
  assert.match(talk, /redirectFrom:\n {2}- \/talk\//);
});

// A Hugo site as the group wrote it: TOML minutes full of raw HTML, reveal.js decks of that era,
// hand-kept list pages. Hugo 0.111 builds it (`hugo` in tests/fixtures/hugo-site-legacy).
const legacySite = path.join(projectRoot, "tests/fixtures/hugo-site-legacy");

test("a site written in raw HTML imports whole: it builds, nothing readers saw is lost, what was changed is listed at its line", async () => {
  const dir = await fixtureProject({});
  const dry = await runCli(dir, "import-hugo", [legacySite, "--dry-run"]);
  assert.equal(dry.code, 0, dry.stdout + dry.stderr);
  const result = await runCli(dir, "import-hugo", [legacySite]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  const report = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .join("\n");
  // The dry run printed the same report (the lines about writing aside).
  assert.equal(report(dry.stdout), report(result.stdout));
  assert.match(result.stdout, /every imported page shows all the text, links, images and code of its Hugo page \(3 compared\)/);
  for (const expected of [
    /2018-09-20\.md:13: decorative icon <i class="fa fa-github"> dropped/,
    /2018-09-20\.md:17: <clustername> looked like an HTML tag \(readers never saw it\): now shown as text/,
    /2018-09-20\.md:21: <iframe src="https:\/\/grafana\.internal\.example\/d\/abc\/cluster-health"> is not allowed: replaced by a link/,
    /2018-11-15\.md:3: the file name says 2018-11-15, date says 2018-10-19, the title says 2018-11-19: imported as 2018-10-19/,
    /2018-11-15\.md:16: <form action="https:\/\/formspree\.io\/f\/abcdefg"> \(posts to another site\) is not allowed: replaced by a link/,
    /aks-engine\.md:12: <!-- \.slide: --> data-background-video="\/video\/intro\.mp4" cannot be mapped/,
    /content\/slides\.md \(hand-kept list of slides\) -> \/en\/slides\/: \/slides\//,
    /content\/meetups\.md \(hand-kept list of meetings\) -> \/en\/meetings\/: \/meetups\//,
    /content\/_index\.md \(hand-kept home page\) -> \/en\//,
  ])
    assert.match(result.stdout, expected);
  assert.deepEqual(
    await contentFiles(dir),
    [
      "en/meetings/2018-09-20.md",
      "en/meetings/2018-10-19.md",
      "en/pages/about.md",
      "en/pages/code-of-conduct.md",
      "en/pages/join.md",
      "en/slides/aks-engine.md",
      "fr/pages/about.md",
      "fr/pages/code-of-conduct.md",
      "fr/pages/join.md",
    ].filter((f) => !(f in baseline)),
  );

  const minutes = await readFile(path.join(dir, "content/en/meetings/2018-09-20.md"), "utf8");
  assert.match(minutes, /^- Shared Services showed their \[landing zone repository\]\(https:\/\/github\.com\/example\/landing-zone\)$/m);
  assert.match(minutes, /\\_output\/\\<clustername>\/apimodel\.json/);
  assert.match(minutes, /needsTranslation: true/);
  const deck = await readFile(path.join(dir, "content/en/slides/aks-engine.md"), "utf8");
  assert.match(deck, /<!-- \.slide: data-background-color="#fff" data-transition="concave" id="intro-slide" -->/);

  // npm run check lists the imported pages as waiting for a translation.
  const check = await runCli(dir, "check");
  assert.match(check.stdout + check.stderr, /content\/en\/meetings\/2018-09-20\.md \(no French version, to translate\)/);

  const build = await runCli(dir, "build");
  assert.equal(build.code, 0, build.stderr);
  // The hand-kept lists' old addresses lead to the generated lists.
  for (const [old, now] of [
    ["slides", "/en/slides/"],
    ["meetups", "/en/meetings/"],
    ["meetup/2018-11-15", "/en/meetings/2018-10-19/"],
  ]) {
    const redirect = await readFile(path.join(dir, "_site", old ?? "", "index.html"), "utf8");
    assert.match(redirect, new RegExp(`<meta http-equiv="refresh" content="0; url=${now}"/>`), old);
  }
  // Readers of French get the notice page for the English-only minutes.
  assert.ok(existsSync(path.join(dir, "_site/fr/reunions/2018-09-20/index.html")));

  const again = await runCli(dir, "import-hugo", [legacySite]);
  assert.equal(again.code, 0, again.stdout);
  assert.match(again.stdout, /\(0 new, 3 unchanged, 0 kept as they are\)/);
  assert.equal(await readFile(path.join(dir, "content/en/meetings/2018-09-20.md"), "utf8"), minutes);
  assert.match(again.stdout, /Wrote 0 files/);
});

test("an import that would lose what readers saw says what, at its line, and writes nothing", async () => {
  const site = await tempDir("hugo-lossy-");
  await cp(legacySite, site, { recursive: true });
  // An image over plain http inside a table: the table is kept as allowed HTML, whose images must be https.
  await writeFile(
    path.join(site, "content/meetup/2018-12-13.md"),
    '+++\ntitle = "December"\ndate = 2018-12-13\n+++\nWho presented:\n\n<table>\n<tr><td>Storage</td>\n<td><img src="http://example.org/storage.png" alt="Storage diagram"></td></tr>\n</table>\n',
  );
  const dir = await fixtureProject({});
  const result = await runCli(dir, "import-hugo", [site]);
  assert.equal(result.code, 1, result.stdout);
  assert.match(result.stdout, /content\/meetup\/2018-12-13\.md:9: lost in the import: .*http:\/\/example\.org\/storage\.png/);
  assert.match(result.stdout, /Nothing was written/);
  assert.equal(existsSync(path.join(dir, "content/en/meetings/2018-09-20.md")), false);
});

test("from Hugo's static/ folder only the types public/ allows are copied; the rest is listed", async () => {
  const hugo = path.join(await tempDir("govcloud-hugo-"), "site");
  await cp(hugoSite, hugo, { recursive: true });
  await mkdir(path.join(hugo, "static", "js"), { recursive: true });
  await writeFile(path.join(hugo, "static", "js", "theme.js"), "alert(1)");
  await writeFile(path.join(hugo, "static", "style.css"), "body{}");
  await writeFile(path.join(hugo, "static", ".htaccess"), "Redirect /");
  await writeFile(path.join(hugo, "static", "robots.txt"), "User-agent: *");
  const dir = await project();
  const result = await runCli(dir, "import-hugo", [hugo]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.ok(existsSync(path.join(dir, "public", "img", "team.png")));
  for (const file of ["js/theme.js", "style.css", ".htaccess", "robots.txt"]) {
    assert.equal(existsSync(path.join(dir, "public", file)), false, `${file} was copied`);
    assert.match(result.stdout, new RegExp(`^ {2}static/${file.replace(".", "\\.")}$`, "m"));
  }
  assert.match(result.stdout, /Left out of public\/ \(4\), types it does not allow \(code goes in src\/\)/);
  const check = await runCli(dir, "check");
  assert.equal(check.code, 0, check.stderr);
});
