import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

test("redirectFrom holds site paths only", async () => {
  const dir = await fixtureProject({
    "en/pages/b.md": page("title: B\nredirectFrom:\n  - /old\n  - https://elsewhere.example/\n  - /x/../y/"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/en\/pages\/b\.md:5: redirectFrom\.1: expected a site path/);
  assert.match(result.stderr, /content\/en\/pages\/b\.md:6: redirectFrom\.2: expected a site path without \. or \.\. segments/);
});

test("a redirect cannot take the address of a page, a list or the presentation of a deck", async () => {
  const dir = await fixtureProject({
    "en/pages/a.md": page("title: A\nredirectFrom: [/en/b/, /en/blog/, /en/slides/deck/present/, /meetup/, /ok/]"),
    "en/pages/b.md": page("title: B"),
    "en/slides/deck.md": page("title: Deck\ndate: 2026-01-15"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/en\/pages\/a\.md:3: redirectFrom: \/en\/b\/ is already used by content\/en\/pages\/b\.md/);
  assert.match(result.stderr, /redirectFrom: \/en\/blog\/ is already used by a page the site generates/);
  assert.match(result.stderr, /redirectFrom: \/en\/slides\/deck\/present\/ is already used by the presentation of content\/en\/slides\/deck\.md/);
  assert.match(result.stderr, /redirectFrom: \/meetup\/ is already used by the redirect from the old section list \/meetup\//);
  assert.doesNotMatch(result.stderr, /\/ok\//);
});

test("two pages cannot both claim an old address", async () => {
  const dir = await fixtureProject({
    "en/pages/a.md": page("title: A\nredirectFrom: [/old/]"),
    "en/pages/b.md": page("title: B\nredirectFrom: [/old]"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/en\/pages\/b\.md:3: redirectFrom: \/old is already used by content\/en\/pages\/a\.md/);
});

test("a slide directive outside the allowlist fails the check at its line", async () => {
  const dir = await fixtureProject({
    "en/slides/deck.md": page("title: Deck\ndate: 2026-01-15", '# One\n---\n<!-- .slide: onclick="alert(1)" -->\n## Two'),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/en\/slides\/deck\.md:7: <!-- \.slide: --> attribute "onclick" is not allowed/);
});

test("content/redirects.yaml leads old addresses to generated lists; a wrong item is reported at its line", async () => {
  const dir = await fixtureProject({});
  await writeFile(
    path.join(dir, "content/redirects.yaml"),
    "# Old lists\n- from: /slides/\n  to: /en/slides/\n- from: /talks/\n  to: /en/talks/\n- from: /en/meetings/\n  to: /en/\n",
  );
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/redirects\.yaml:4: to: expected a generated list or home page/);
  assert.match(result.stderr, /content\/redirects\.yaml:6: from: \/en\/meetings\/ is already used by a page the site generates/);
  assert.doesNotMatch(result.stderr, /redirects\.yaml:2:/);
  await writeFile(path.join(dir, "content/redirects.yaml"), "- from: /slides/\n  to: /en/slides/\n");
  assert.equal((await runCli(dir, "build")).code, 0);
  assert.match(await readFile(path.join(dir, "_site/slides/index.html"), "utf8"), /<meta http-equiv="refresh" content="0; url=\/en\/slides\/"\/>/);
});
