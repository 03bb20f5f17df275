import assert from "node:assert/strict";
import { test } from "node:test";
import { markdown } from "../../../../src/content/markdown/index.ts";

const ids = (html: string) => [...html.matchAll(/<h[2-4] id="([^"]*)"/g)].map((m) => m[1]);

test("20,000 identical headings get a, a-1, a-2 ... in one linear pass", () => {
  const count = 20_000;
  const html = markdown.render("## a\n\n".repeat(count), {});
  const found = ids(html);
  assert.equal(found.length, count);
  assert.equal(found[0], "a");
  for (let i = 1; i < count; i++) assert.equal(found[i], `a-${i}`);
  assert.match(html, /<h2 id="a-19999"><a class="header-anchor" href="#a-19999"><span>a<\/span><\/a><\/h2>/);
});

test("a heading whose text is a numbered id does not steal or repeat one", () => {
  assert.deepEqual(ids(markdown.render("## a\n\n## a\n\n## a-1\n\n## a\n\n## A\n\n## Décisions et suivi", {})), [
    "a",
    "a-1",
    "a-1-1",
    "a-2",
    "a-3",
    "decisions-et-suivi",
  ]);
  assert.deepEqual(ids(markdown.render("## a-1\n\n## a\n\n## a\n\n## a", {})), ["a-1", "a", "a-2", "a-3"]);
});

test("ids stay unique across renders that share an env (a deck's slides on one page)", () => {
  const env = {};
  assert.deepEqual([...ids(markdown.render("## Why\n\n### How", env)), ...ids(markdown.render("## Why", env))], ["why", "how", "why-1"]);
});

test("a heading with no letters or digits still gets an id", () => {
  assert.deepEqual(ids(markdown.render("## !!!\n\n## ???", {})), ["section", "section-1"]);
});
