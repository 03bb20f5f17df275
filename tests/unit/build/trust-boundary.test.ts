import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../scripts/lib/browser.ts";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";
import { serveStatic } from "../../../scripts/lib/static-server.ts";

/** Every file of a built site, by path, to prove a failed build changed nothing. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, file), (await readFile(file)).toString("base64"));
    }
  }
  return files;
}

const marker = "/tmp/govcloud-pwned-marker";

test("files Eleventy would have read as templates or data are refused at their path; no code runs; _site stays byte-identical", async () => {
  const dir = await fixtureProject({ "en/posts/2026-01-15-ok.md": page("title: OK\ndate: 2026-01-15\nsummary: s") });
  assert.equal((await runCli(dir, "build")).code, 0);
  const before = await snapshot(path.join(dir, "_site"));
  const content = path.join(dir, "content");
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  };
  const code = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nmodule.exports = () => "x";\n`;
  await write("en/posts/evil.11ty.ts", code);
  await write("en/posts/evil.11ty.js", code);
  await write("en/posts/2026-01-15-ok.11tydata.json", '{ "templateEngineOverride": "njk,md" }');
  await write("en/posts/Shout.MD", page("title: Loud\ndate: 2026-01-15\nsummary: s"));
  await write("en/posts/.hidden.md", page("title: Hidden\ndate: 2026-01-15\nsummary: s"));
  await write("en/unknown/a.md", page("title: A"));
  await write("en/posts/deeper/b.md", page("title: B"));
  await write("_data/site.json", "{}");
  await symlink("/etc/passwd", path.join(content, "en/posts/passwd.md"));
  // Keys the schema never saw, whether plain or hidden after a U+2028 in a comment.
  await write("en/posts/2026-01-16-keys.md", "---\ntitle: Keys\ndate: 2026-01-16\nsummary: s\npermalink: /assets/evil.js\nlayout: false\n---\nalert(1)\n");
  await write(
    "en/posts/2026-01-17-separator.md",
    "---\ntitle: Sep\ndate: 2026-01-17\nsummary: s\n# note\u2028---\ntemplateEngineOverride: njk,md\n---\n{{ 7 * 7 }}\n",
  );
  const result = await runCli(dir, "build");
  const check = await runCli(dir, "check");
  assert.equal(result.code, 1);
  assert.equal(check.code, 1);
  const lines = result.stderr.split("\n").filter((line) => line.startsWith("content/"));
  const expected = [
    /^content\/en\/posts\/evil\.11ty\.ts:1: "evil\.11ty\.ts" is not a page/,
    /^content\/en\/posts\/evil\.11ty\.js:1: "evil\.11ty\.js" is not a page/,
    /^content\/en\/posts\/2026-01-15-ok\.11tydata\.json:1: .* is not a page/,
    /^content\/en\/posts\/Shout\.MD:1: "Shout\.MD": the extension must be \.md in lower case/,
    /^content\/en\/posts\/\.hidden\.md:1: hidden files are not allowed/,
    /^content\/en\/unknown:1: unknown folder/,
    /^content\/en\/posts\/deeper:1: unknown folder/,
    /^content\/_data:1: unknown folder/,
    /^content\/en\/posts\/passwd\.md:1: symbolic links are not allowed/,
    /^content\/en\/posts\/2026-01-16-keys\.md:5: permalink: unknown field/,
    /^content\/en\/posts\/2026-01-16-keys\.md:6: layout: unknown field/,
    /^content\/en\/posts\/2026-01-17-separator\.md:6: templateEngineOverride: unknown field/,
  ];
  for (const pattern of expected)
    assert.ok(
      lines.some((line) => pattern.test(line)),
      `${pattern}\n${lines.join("\n")}`,
    );
  // npm run check and npm run build agree on every case.
  const checked = check.stderr.split("\n").filter((line) => line.startsWith("content/"));
  assert.deepEqual(checked.sort(), lines.sort());
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  assert.equal(existsSync(marker), false, "no contributor code ran during the build");
  assert.deepEqual(await snapshot(path.join(dir, "_site")), before, "a failed build leaves _site/ byte-identical");
});

test("HTML that parses differently in a browser is refused at its line: CDATA outside SVG, an attribute left open across blocks", async () => {
  const dir = await fixtureProject({
    "en/posts/2026-01-15-cdata.md": page("title: C\ndate: 2026-01-15\nsummary: s", "Intro.\n\n<![CDATA[ ><img src=x onerror=alert(1)> ]]>\n"),
    "en/posts/2026-01-15-split.md": page("title: S\ndate: 2026-01-15\nsummary: s", 'Intro.\n\n<div title="\n\n<p>x</p> "><img src=x onerror=alert(2)></div>\n'),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /content\/en\/posts\/2026-01-15-cdata\.md:8: <img onerror>: event handlers are not allowed/);
  assert.match(result.stderr, /content\/en\/posts\/2026-01-15-split\.md:\d+: <img onerror>: event handlers are not allowed/);
});

const oldMarkdown = [
  '<ul><li><strong>Helm</strong> charts, see <a href="https://helm.sh">helm.sh</a></li><li>Kubernetes</li></ul>', // 6
  "", // 7
  'Our code is on [GitHub](https://github.com/govcloud) <i class="fa fa-github"></i>', // 8
  "", // 9
  "Copy it to _output/<clustername>/apimodel.json first.", // 10
].join("\n");

test("benign HTML from real old Markdown builds, neutralised with warnings; the reader sees the placeholder as text", async () => {
  const dir = await fixtureProject({ "en/posts/2026-01-15-old.md": page("title: Old\ndate: 2026-01-15\nsummary: s", oldMarkdown) });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const warnings = `${result.stdout}\n${result.stderr}`;
  assert.match(warnings, /content\/en\/posts\/2026-01-15-old\.md:8: warning: <i class>: the attribute "class" is not on the allowlist/);
  assert.match(warnings, /content\/en\/posts\/2026-01-15-old\.md:10: warning: "<clustername>" is not an HTML element: it is shown as text/);
  const html = await readFile(path.join(dir, "_site/en/blog/old/index.html"), "utf8");
  assert.match(html, /<li><strong>Helm<\/strong> charts, see <a href="https:\/\/helm.sh">helm.sh<\/a><\/li>/);
  assert.match(html, /_output\/&#x3C;clustername>\/apimodel\.json|_output\/&lt;clustername&gt;\/apimodel\.json/);
  assert.match(html, /<i><\/i>/);
  assert.doesNotMatch(html, /fa-github/);
});

test("slides split where the checked body does not: each slide and note is sanitised, nothing runs in chromium served without headers", async () => {
  // "``` js" does not close a fence in CommonMark: the checked body is one code block. A
  // splitter that took it for a closing fence would hand the second slide raw HTML.
  const deck = [
    "# Deck",
    "",
    "```",
    "code",
    "``` js",
    "",
    "---",
    "",
    '<img src="/x.png" alt="" onerror="window.pwned=1;alert(1)">',
    "",
    "Note: `<b onmouseover=alert(1)>`",
    "```",
  ].join("\n");
  const dir = await fixtureProject({
    "en/slides/deck.md": page("title: Deck\ndate: 2026-01-15\nsummary: s", deck),
    "en/posts/2026-01-15-old.md": page("title: Old\ndate: 2026-01-15\nsummary: s", oldMarkdown),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const server = await serveStatic(path.join(dir, "_site"), 0);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const dialogs: string[] = [];
    context.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const url of ["/en/slides/deck/", "/en/slides/deck/present/", "/en/blog/old/"]) {
      const tab = await context.newPage();
      const response = await tab.goto(`${origin}${url}`);
      assert.equal(response?.status(), 200, url);
      await tab.mouse.move(10, 10);
      const state = await tab.evaluate(() => ({
        pwned: (window as { pwned?: number }).pwned,
        handlers: [...document.querySelectorAll("*")].flatMap((element) =>
          [...element.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${element.tagName} ${a.name}`),
        ),
      }));
      assert.equal(state.pwned, undefined, url);
      assert.deepEqual(state.handlers, [], url);
    }
    assert.deepEqual(dialogs, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test("what a second pair of eyes found: CSS hidden by a comment in an SVG, HTML nested thousands deep, a forged video id", async () => {
  const dir = await fixtureProject({
    "en/posts/2026-01-15-deep.md": page("title: Deep\ndate: 2026-01-15\nsummary: s", `x ${"<span>".repeat(5000)}`),
    "en/posts/2026-01-15-forged.md": page(
      "title: Forged\ndate: 2026-01-15\nsummary: s",
      '<a class="video-facade" href="https://www.youtube.com/" data-video-id="../../evil?x" data-video-title="t">v</a>',
    ),
  });
  await mkdir(path.join(dir, "public", "images"), { recursive: true });
  await writeFile(
    path.join(dir, "public", "images", "a.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@im<!-- x -->port "https://evil.example/x.css";</style><rect width="9" height="9"/></svg>',
  );
  const check = await runCli(dir, "check");
  assert.equal(check.code, 1);
  assert.match(check.stderr, /content\/en\/posts\/2026-01-15-deep\.md:6: the page's HTML is nested too deeply/);
  assert.match(check.stderr, /public\/images\/a\.svg:1: /);
  assert.match(check.stderr, /content\/en\/posts\/2026-01-15-forged\.md:6: warning: <a data-video-id>/);
  assert.doesNotMatch(check.stderr, /RangeError|\n\s+at /);
});
