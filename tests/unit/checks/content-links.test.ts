import assert from "node:assert/strict";
import { test } from "node:test";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

const body = [
  'Good: [the minutes](/en/meetings/2026-01-14/), [its decisions](/en/meetings/2026-01-14/#meeting-decisions), [a heading](/en/meetings/2026-01-14/#round-table), [the blog](/en/blog/), [a tag](/en/tags/helm/), [relref]({{< relref "meetings/2026-01-14.md#round-table" >}}).', // 7
  "", // 8
  "Broken: [no meeting](/en/meetings/2023-10-18/).", // 9
  "", // 10
  "Broken: [no heading](/en/meetings/2026-01-14/#no-such-heading).", // 11
].join("\n");

test("npm run check finds broken links between pages and to headings, at their line, as the build does", async () => {
  const dir = await fixtureProject({
    "en/meetings/2026-01-14.md": page("title: January\ndate: 2026-01-14\ntags: [helm]", "## Round table\n\nWe talked."),
    "en/posts/2026-01-15-links.md": page("title: Links\ndate: 2026-01-15\nsummary: s\ntags: [helm]", body),
  });
  const check = await runCli(dir, "check");
  assert.equal(check.code, 1, check.stdout);
  const problems = check.stderr.split("\n").filter((line) => line.startsWith("content/"));
  assert.deepEqual(problems, [
    'content/en/posts/2026-01-15-links.md:9: broken link "/en/meetings/2023-10-18/": no page /en/meetings/2023-10-18/ on the site',
    'content/en/posts/2026-01-15-links.md:11: broken link "/en/meetings/2026-01-14/#no-such-heading": no heading or id "no-such-heading" on /en/meetings/2026-01-14/',
  ]);
  const build = await runCli(dir, "build");
  assert.equal(build.code, 1);
  assert.deepEqual(
    build.stderr.split("\n").filter((line) => line.startsWith("content/")),
    problems,
  );
});
