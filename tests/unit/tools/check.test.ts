import assert from "node:assert/strict";
import { test } from "node:test";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

const goodPost = page("title: Hello\ndate: 2026-01-15\nsummary: A post.");

test("a post with only title, date and summary is valid", async () => {
  const dir = await fixtureProject({ "en/posts/hello.md": goodPost });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /7 content files checked: no problems/);
  // Links need the rendered site: the check must not let "no problems" promise a passing build.
  assert.match(result.stdout, /content files checked: no problems\./);
});

test("every problem in the tree is reported at once as path:line: message", async () => {
  const dir = await fixtureProject({
    "en/posts/typo.md": page("title: Typo\ndate: 2026-01-15\nsummary: s\ntagz: [a]"),
    "en/posts/bad-date.md": page("title: Bad date\ndate: 2026-02-30\nsummary: s"),
    "en/posts/no-summary.md": page("title: No summary\ndate: 2026-01-15"),
    "en/posts/wrong-type.md": page("title: Wrong\ndate: 2026-01-15\nsummary: s\ndraft: yes please"),
    "en/posts/js.md": "---js\n{ title: 'x' }\n---\nbody",
    "en/demos/ghost.md": page("title: Ghost\ndate: 2026-01-15\nsummary: s\npresenters: [nobody]\nmeeting: 2026-01-14"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  const lines = result.stderr.split("\n");
  const expect = (pattern: RegExp) =>
    assert.ok(
      lines.some((line) => pattern.test(line)),
      `no line matches ${pattern}\n${result.stderr}`,
    );
  expect(/^content\/en\/posts\/typo\.md:5: tagz: unknown field/);
  expect(/^content\/en\/posts\/bad-date\.md:3: date: not a real calendar date \(expected YYYY-MM-DD\)/);
  expect(/^content\/en\/posts\/no-summary\.md:\d+: summary: required field is missing/);
  expect(/^content\/en\/posts\/wrong-type\.md:5: draft: expected true or false/);
  expect(/^content\/en\/posts\/js\.md:1: front matter language "js" is not allowed/);
  expect(/^content\/en\/demos\/ghost\.md:5: presenters\.0: no person "nobody"/);
  expect(/^content\/en\/demos\/ghost\.md:6: meeting: no meeting "2026-01-14"/);
});

test("two files that produce the same URL fail the check", async () => {
  const dir = await fixtureProject({
    "en/posts/2026-01-15-hello.md": goodPost,
    "en/posts/hello.md": goodPost,
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /duplicate URL \/en\/blog\/hello\//);
});

test("a page cannot take a URL the site generates", async () => {
  const dir = await fixtureProject({ "en/pages/meetings.md": page("title: Clash") });
  const result = await runCli(dir, "check");
  assert.match(result.stderr, /content\/en\/pages\/meetings\.md:\d+: duplicate URL \/en\/meetings\//);
});

test("an invalid English page is one problem at its line; its French twin is not listed as untranslated", async () => {
  const dir = await fixtureProject({
    "en/posts/2026-01-15-twin.md": page("title: Twin\ndate: 2026-13-45\nsummary: s"),
    "fr/posts/2026-01-15-twin.md": page("title: Jumeau\ndate: 2026-01-15\nsummary: r"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(output.match(/content\/en\/posts\/2026-01-15-twin\.md:3: /g)?.length, 1, output);
  assert.doesNotMatch(output, /2026-01-15-twin\.md \(no English version/);
});
