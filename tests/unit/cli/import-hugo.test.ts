import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, menuPages, projectRoot, runCli } from "../../helpers/fixture-site.ts";
import { tempDir } from "../../helpers/temp-dir.ts";

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
  assert.match(result.stdout, /Content check: the result builds/);

  const meeting = await readFile(path.join(dir, "content/en/meetings/2018-03-22.md"), "utf8");
  assert.match(meeting, /redirectFrom:\n {2}- \/meetup\/2018-03-22\/\n {2}- \/2018\/03\/first-meetup\//);
  assert.match(meeting, /\[the deck\]\(\/en\/slides\/containers\/\)/);
  assert.doesNotMatch(meeting, /<div|<iframe/);
  const draft = await readFile(path.join(dir, "content/en/posts/2018-05-01-draft-post.md"), "utf8");
  assert.match(draft, /draft: true/);

  const build = await runCli(dir, "build");
  assert.equal(build.code, 0, build.stderr);
  for (const page of ["en/meetings/2018-03-22", "en/meetings/2018-04-26", "fr/reunions/2018-04-26", "en/slides/containers", "en/slides/containers/present", "en/blog/hello", "en/about"]) {
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
