import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

test("a failed build publishes nothing and leaves the previous site in place", async () => {
  const dir = await fixtureProject({ "en/posts/hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: A post.") });
  const first = await runCli(dir, "build");
  assert.equal(first.code, 0, first.stderr);
  const published = await readFile(path.join(dir, "_site/en/blog/hello/index.html"), "utf8");
  assert.match(published, /<h1>Hello/);

  await import("node:fs/promises").then((fs) =>
    fs.writeFile(path.join(dir, "content/en/posts/broken.md"), page("title: Broken\ndate: 2026-13-01\nsummary: s")),
  );
  const second = await runCli(dir, "build");
  assert.equal(second.code, 1);
  assert.match(second.stderr, /content\/en\/posts\/broken\.md:3: date:/);
  assert.equal(existsSync(path.join(dir, "_site/en/blog/broken/index.html")), false);
  assert.equal(await readFile(path.join(dir, "_site/en/blog/hello/index.html"), "utf8"), published);
});

test("template syntax in Markdown prints literally, and titles are escaped", async () => {
  const dir = await fixtureProject({
    "en/posts/literal.md": page('title: "<b>bold</b> {{ 7 * 7 }}"\ndate: 2026-01-15\nsummary: s', "Sum: {{ 7 * 7 }} and {% raw %}"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const html = await readFile(path.join(dir, "_site/en/blog/literal/index.html"), "utf8");
  assert.match(html, /Sum: \{\{ 7 \* 7 \}\} and \{% raw %\}/);
  assert.match(html, /<h1>&lt;b>bold&lt;\/b> \{\{ 7 \* 7 \}\}/);
  assert.doesNotMatch(html, /<b>bold<\/b>/);
});

test("drafts and future posts are not published by the production build", async () => {
  const dir = await fixtureProject({
    "en/posts/draft.md": page("title: Draft\ndate: 2026-01-15\nsummary: s\ndraft: true"),
    "en/posts/future.md": page("title: Future\ndate: 2999-01-01\nsummary: s"),
    "en/posts/now.md": page("title: Now\ndate: 2026-01-15\nsummary: s"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  assert.ok(existsSync(path.join(dir, "_site/en/blog/now/index.html")));
  assert.equal(existsSync(path.join(dir, "_site/en/blog/draft/index.html")), false);
  assert.equal(existsSync(path.join(dir, "_site/en/blog/future/index.html")), false);
  const list = await readFile(path.join(dir, "_site/en/blog/index.html"), "utf8");
  assert.doesNotMatch(list, /Draft|Future/);
});
