import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, page, runCli, type CommandResult } from "../../../scripts/lib/fixture-site.ts";

const post = (body: string, extra = "") => page(`title: Post\ndate: 2026-01-15\nsummary: s${extra}`, body);

function expectLines(result: CommandResult, expected: string[]): void {
  const lines = result.stderr.split("\n");
  for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\n--- got:\n${result.stderr}`);
}

test("raw HTML and link URLs: every problem at its real file line", async () => {
  // Front matter is lines 1-5; the body starts on line 6.
  const body = [
    "Fine <kbd>Ctrl</kbd> text.", // 6
    "", // 7
    "<script>alert(1)</script>", // 8
    "", // 9
    "A paragraph that goes on", // 10
    'with <img src="/a.png" onerror="alert(1)"> on its second line', // 11
    "and [a link](JaVaScRiPt:alert(1)) on its third.", // 12
    "", // 13
    "- a list item with ![x](data:image/png;base64,AAAA)", // 14
    "", // 15
    "> [quoted](vbscript:msgbox(1))", // 16
  ].join("\n");
  const dir = await fixtureProject({ "en/posts/html.md": post(body), "fr/posts/html.md": post('<iframe src="https://evil.example"></iframe>') });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  expectLines(result, [
    "content/en/posts/html.md:8: <script> is not allowed in content",
    "content/en/posts/html.md:11: <img onerror>: event handlers are not allowed (no scripts in content)",
    'content/en/posts/html.md:12: link "JaVaScRiPt:alert(1)": javascript: URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)',
    'content/en/posts/html.md:14: image "data:image/png;base64,AAAA": only https:// URLs and paths on this site are allowed',
    'content/en/posts/html.md:16: link "vbscript:msgbox(1)": vbscript: URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)',
  ]);
  assert.match(result.stderr, /^content\/fr\/posts\/html\.md:6: <iframe> is not allowed/m);
  assert.match(result.stderr, /6 problems found/);
});

test("indented HTML is checked too: Eleventy renders it as HTML, not as a code block", async () => {
  const body = ["Text.", "", "    <script>alert(1)</script>", "", '    <span onclick="alert(2)">hi</span>'].join("\n");
  const dir = await fixtureProject({ "en/posts/indented.md": post(body) });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 1, result.stdout);
  expectLines(result, [
    "content/en/posts/indented.md:8: <script> is not allowed in content",
    "content/en/posts/indented.md:10: <span onclick>: event handlers are not allowed (no scripts in content)",
  ]);
  assert.equal(existsSync(path.join(dir, "_site", "en", "blog", "indented")), false, "nothing is published");
});

test("embeds and relref: wrong arguments and missing pages are errors at their line", async () => {
  const body = [
    "{{< youtube not-an-id >}}", // 6
    '{{< figure src="/a.png" >}}', // 7
    '{{< figure src="http://example.com/a.png" alt="A" >}}', // 8
    "{{< tweet 123 >}}", // 9
    "", // 10
    'See [the minutes]({{< relref "meetings/2018-03-22.md" >}}).', // 11
    "And {{< youtube dQw4w9WgXcQ >}} in a sentence.", // 12
    'A bare {{< relref "posts/ok.md" >}} as text.', // 13
    "", // 14
    '[draft]({{< ref "posts/draft.md" >}}) [fine]({{< relref "posts/ok.md" >}})', // 15
  ].join("\n");
  const dir = await fixtureProject({
    "en/posts/embeds.md": post(body),
    "en/posts/draft.md": post("Not yet.", "\ndraft: true"),
    "en/posts/ok.md": post('[back]({{< relref "./embeds.md" >}})'),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  expectLines(result, [
    'content/en/posts/embeds.md:6: {{< youtube >}}: "not-an-id" is not a YouTube video id (expected the 11 characters after watch?v=)',
    "content/en/posts/embeds.md:7: {{< figure >}}: alt is required (text for people who cannot see the image)",
    'content/en/posts/embeds.md:8: {{< figure >}}: src "http://example.com/a.png" must be a site path (/...) or an https:// URL',
    "content/en/posts/embeds.md:9: unknown embed {{< tweet >}} (expected youtube, figure, relref or ref)",
    'content/en/posts/embeds.md:11: relref "meetings/2018-03-22.md": no such page (expected a file content/en/meetings/2018-03-22.md or content/meetings/2018-03-22.md)',
    'content/en/posts/embeds.md:12: "{{< youtube dQw4w9WgXcQ >}} in a sentence.": an embed goes on a line of its own',
    'content/en/posts/embeds.md:13: "{{< relref "posts/ok.md" >}} as text.": relref goes where a URL goes, as in [the minutes]({{< relref "meetings/2018-03-22.md" >}})',
    'content/en/posts/embeds.md:15: relref "posts/draft.md": content/en/posts/draft.md is a draft or dated in the future, so the link would be broken',
  ]);
  assert.match(result.stderr, /8 problems found/);
});

test("a page using every allowed feature passes", async () => {
  const body = [
    "<details>",
    "<summary>More</summary>",
    "",
    "Hidden *Markdown*.",
    "",
    "</details>",
    "",
    'Press <kbd>Ctrl</kbd>, read <abbr title="Shared Services Canada">SSC</abbr>, H<sub>2</sub>O.',
    "",
    '{{< youtube dQw4w9WgXcQ "A demo" >}}',
    '{{< figure src="/assets/video-poster.svg" alt="A poster" caption="The poster" >}}',
    "",
    '[Other]({{< relref "fr/posts/other.md" >}}), [site](https://kubernetes.io), `{{< not an embed >}}`.',
  ].join("\n");
  const dir = await fixtureProject({ "en/posts/good.md": post(body), "fr/posts/other.md": post("Autre.") });
  const check = await runCli(dir, "check");
  assert.equal(check.code, 0, check.stderr);
  const build = await runCli(dir, "build");
  assert.equal(build.code, 0, build.stderr);
});
