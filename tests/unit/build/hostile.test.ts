import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

/**
 * Everything in built HTML that could run script. The only scripts allowed are the video
 * facade's file and JSON-LD data, which must escape `<` so nothing can close the element.
 */
function executable(html: string): string[] {
  const found: string[] = [];
  let inScript: "data" | "code" | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "script") {
        inScript = attributes.type === "application/ld+json" || attributes.type === "application/json" ? "data" : "code";
        // The site's own script files are allowed; anything else (or inline code) is not.
        const ownScript = /^\/assets\/(video|slides|search\.[0-9a-f]+)\.js$/.test(attributes.src ?? "");
        if (inScript === "code" && !ownScript) found.push(`<script src=${attributes.src ?? "(inline)"}>`);
      }
      // The site's own search forms (GET to the search page) are the only forms allowed.
      const siteSearch = name === "form" && ["/en/search/", "/fr/recherche/"].includes(attributes.action ?? "") && attributes.method === "get";
      if (["iframe", "object", "embed", "svg", "math", "style", "base", "form"].includes(name) && !siteSearch) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith("on")) found.push(`<${name} ${attribute}>`);
        if (attribute === "style") found.push(`<${name} style>`);
        let scheme = "";
        try {
          scheme = new URL(value, "https://site.invalid/").protocol;
        } catch {
          // not a URL
        }
        if (["href", "src", "action", "formaction", "poster", "content"].includes(attribute) && ["javascript:", "vbscript:", "data:"].includes(scheme)) {
          found.push(`<${name} ${attribute}="${value}">`);
        }
      }
    },
    ontext(text) {
      if (inScript === "code" && text.trim()) found.push("inline script");
      if (inScript === "data" && text.includes("<")) found.push("JSON-LD with an unescaped <");
    },
    onclosetag(name) {
      if (name === "script") inScript = undefined;
    },
  });
  parser.end(html);
  return found;
}

/** The HTML a feed carries (Atom/RSS content marked as HTML, JSON Feed content_html), to check like a page. */
function feedHtml(file: string, text: string): string[] {
  if (file.endsWith(".json")) {
    const found: string[] = [];
    JSON.parse(text, (key, value: unknown) => {
      if (key === "content_html" && typeof value === "string") found.push(value);
      return value;
    });
    return found;
  }
  if (!file.endsWith(".xml")) return [];
  const found: string[] = [];
  let html: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.type === "html" || name === "description" || name === "content:encoded") html = [];
      },
      ontext(text) {
        html?.push(text);
      },
      onclosetag() {
        if (html) found.push(html.join(""));
        html = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  return found;
}

async function builtFiles(dir: string): Promise<Map<string, string>> {
  const site = path.join(dir, "_site");
  const files = new Map<string, string>();
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(html|xml|json|ics|txt|webmanifest)$/.test(entry.name)) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(site, file), await readFile(file, "utf8"));
    }
  }
  return files;
}

const hostileBody = [
  "<script>alert(1)</script>", // 6
  "", // 7
  "<img src=x onerror=alert(1)>", // 8
  "", // 9
  '<iframe src="https://evil.example"></iframe>', // 10
  "", // 11
  "<style>body{display:none}</style>", // 12
  "", // 13
  "<svg onload=alert(1)></svg>", // 14
  "", // 15
  "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](jav&#x61;script:alert(1))", // 16
  "", // 17
  "[d](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)) <javascript:alert(1)>", // 18
  "", // 19
  '<img src="jav&#x09;ascript:alert(1)" alt="">', // 20
  "", // 21
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) [v](vbscript:msgbox(1)) [h](data:text/html,<script>alert(1)</script>)", // 22
  "", // 23
  '<a href="javascript:alert(1)">a</a> <kbd onclick="alert(1)">k</kbd>', // 24
].join("\n");

test("hostile Markdown fails the build, every vector named with its line; nothing is published", async () => {
  const dir = await fixtureProject({
    "en/posts/hostile.md": page("title: Hostile\ndate: 2026-01-15\nsummary: s", hostileBody),
    "en/posts/hostile-fields.md": page(
      'title: t\ndate: 2026-01-15\nsummary: s\ntags: ["<script>alert(1)</script>"]\nimage: "javascript:alert(1)"\nimageAlt: x',
    ),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 1);
  assert.equal(existsSync(path.join(dir, "_site")), false);
  const problems = result.stderr.split("\n").filter((line) => line.startsWith("content/"));
  const at = (line: number) => problems.filter((p) => p.startsWith(`content/en/posts/hostile.md:${line}: `));
  assert.match(at(6).join(), /<script> is not allowed/);
  assert.match(at(8).join(), /<img onerror>/);
  assert.match(at(10).join(), /<iframe> is not allowed/);
  assert.match(at(12).join(), /<style> is not allowed/);
  assert.match(at(14).join(), /<svg> is not allowed/);
  assert.equal(at(16).filter((p) => /javascript: URLs are not allowed/.test(p)).length, 3, at(16).join("\n"));
  assert.equal(at(18).filter((p) => /javascript: URLs are not allowed/.test(p)).length, 2, at(18).join("\n"));
  assert.match(at(20).join(), /<img src="jav ascript:alert\(1\)">: only https:\/\//);
  assert.match(at(22).join("\n"), /image "data:image\/svg\+xml;base64,[^"]*": only https:\/\//);
  assert.match(at(22).join("\n"), /link "vbscript:msgbox\(1\)": vbscript: URLs are not allowed/);
  assert.match(at(22).join("\n"), /link "data:text\/html,[^"]*": data: URLs are not allowed/);
  assert.match(at(24).join("\n"), /<a href="javascript:alert\(1\)">: only https:/);
  assert.match(at(24).join("\n"), /<kbd onclick>/);
  assert.ok(
    problems.includes("content/en/posts/hostile-fields.md:5: tags.0: expected lowercase letters, digits and hyphens (like my-page)"),
    problems.join("\n"),
  );
  assert.ok(problems.includes("content/en/posts/hostile-fields.md:6: image: expected a site path (/...) or an https:// URL"), problems.join("\n"));
});

test("hostile front-matter values are printed as text on every page they appear on", async () => {
  const title = `</title><script>alert("title")</script><img src=x onerror=alert(1)>`;
  const summary = `"><svg onload=alert("summary")>' onmouseover='alert(1)`;
  const dir = await fixtureProject({
    "en/people/mallory.md": page(`name: ${JSON.stringify('<script>alert("name")</script>')}\nrole: ${JSON.stringify("<b onclick=alert(1)>r</b>")}`),
    "en/posts/2026-01-15-hostile.md": page(
      `title: ${JSON.stringify(title)}\ndate: 2026-01-15\nsummary: ${JSON.stringify(summary)}\nauthors: [mallory]\ntags: [security]`,
    ),
    "en/meetings/2026-01-14.md": page(
      [
        `title: ${JSON.stringify(title)}`,
        "date: 2026-01-14",
        `location: ${JSON.stringify('<iframe src="javascript:alert(1)">')}`,
        `virtual: { url: "https://example.com/?a=\\"><script>alert(1)</script>", details: ${JSON.stringify("javascript:alert(1)")} }`,
        `attendees: [${JSON.stringify("<img src=x onerror=alert(1)>")}]`,
        `agenda: [${JSON.stringify("<style>*{display:none}</style>")}]`,
        `decisions: [${JSON.stringify("<a href=javascript:alert(1)>x</a>")}]`,
        `actionItems: [{ what: ${JSON.stringify("<script>alert(1)</script>")}, who: ${JSON.stringify("<svg onload=alert(1)>")} }]`,
        "noteTaker: mallory",
      ].join("\n"),
    ),
    "en/demos/hostile.md": page(
      `title: ${JSON.stringify(title)}\ndate: 2026-01-14\nsummary: ${JSON.stringify(summary)}\nmeeting: 2026-01-14\npresenters: [mallory]\ndepartment: ${JSON.stringify("<style>*{}</style>")}\nrepository: ${JSON.stringify('https://example.com/"><script>alert(1)</script>')}\ntechnologies: [security]`,
    ),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const files = await builtFiles(dir);
  let titles = 0;
  for (const [file, text] of files) {
    if (file.endsWith(".html")) {
      assert.deepEqual(executable(text), [], `${file} has something executable`);
      if (text.includes("&lt;/title>&lt;script>alert(&quot;title&quot;)&lt;/script>") || text.includes('&lt;/title>&lt;script>alert("title")&lt;/script>'))
        titles++;
    } else {
      for (const html of feedHtml(file, text)) assert.deepEqual(executable(html), [], `${file} carries something executable`);
      if (file.endsWith(".xml")) assert.doesNotMatch(text, /<(script|svg|img|iframe|style)\b/, `${file} carries raw markup from front matter`);
    }
  }
  // The post and meeting pages, their lists, the home page, the person and tag pages show the title.
  assert.ok(titles >= 4, `the hostile title was shown escaped on only ${titles} pages`);
});

/** A "billion laughs" YAML document: 9^7 strings from a few lines of aliases. */
function aliasBomb(): string {
  const levels = ["a", "b", "c", "d", "e", "f", "g"];
  return levels
    .map((name, i) =>
      i === 0
        ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(",")}]`,
    )
    .join("\n");
}

const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

test("hostile files and fields fail `npm run check` with path:line for each, never a stack trace", async () => {
  const dir = await fixtureProject({
    "en/posts/bomb.md": page(`title: Bomb\ndate: 2026-01-15\nsummary: s\n${aliasBomb()}`),
    "en/posts/huge.md": page("title: Huge\ndate: 2026-01-15\nsummary: s", "x".repeat(2 * 1024 * 1024 + 1)),
    "en/posts/headings.md": page("title: Headings\ndate: 2026-01-15\nsummary: s", "## a\n\n".repeat(100_000)),
    "en/posts/other-site-image.md": page("title: t\ndate: 2026-01-15\nsummary: s\nimage: //evil.example/track.png\nimageAlt: x"),
    "en/posts/backslash-image.md": page("title: t\ndate: 2026-01-15\nsummary: s\nimage: /\\evil.example/track.png\nimageAlt: x"),
    "en/people/mallory.md": page("name: Mallory\nphoto: //evil.example/me.png\nphotoAlt: x"),
    "en/pages/old.md": page(
      "title: Old\nredirectFrom:\n  - /404.html\n  - /en/feed.xml\n  - /fr/reunions/fil.json\n  - /sitemap.xml\n  - /robots.txt\n  - /assets/site.css\n  - /assets\n  - /pagefind/pagefind.js\n  - /en/meetings.ics\n  - /images/logo.png\n  - /fine/",
    ),
  });
  await mkdir(path.join(dir, "public", "images"), { recursive: true });
  await writeFile(path.join(dir, "public", "images", "logo.png"), png);
  await writeFile(path.join(dir, "public", "images", "x.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await writeFile(path.join(dir, "public", "app.js"), "alert(1)");
  await writeFile(path.join(dir, "public", "fake.png"), "<script>alert(1)</script>");
  const started = performance.now();
  const result = await runCli(dir, "check");
  const seconds = (performance.now() - started) / 1000;
  assert.equal(result.code, 1);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/, "a stack trace escaped");
  const lines = result.stderr.split("\n");
  const expect = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${result.stderr}`);
  expect("content/en/posts/bomb.md:6: front matter: too many aliases (*name) once expanded (at most 50); write the values out");
  expect("content/en/posts/huge.md:1: 2.0 MB is over the 2 MB limit for a content file (split it into pages; images and documents go in public/)");
  expect("content/en/posts/other-site-image.md:5: image: expected a site path (/...) or an https:// URL");
  expect("content/en/posts/backslash-image.md:5: image: expected a site path (/...) or an https:// URL");
  expect("content/en/people/mallory.md:3: photo: expected a site path (/...) or an https:// URL");
  expect("content/en/pages/old.md:4: redirectFrom: /404.html collides with /404.html, a file the site generates");
  expect("content/en/pages/old.md:5: redirectFrom: /en/feed.xml collides with /en/feed.xml, a file the site generates");
  expect("content/en/pages/old.md:6: redirectFrom: /fr/reunions/fil.json collides with /fr/reunions/fil.json, a file the site generates");
  expect("content/en/pages/old.md:7: redirectFrom: /sitemap.xml collides with /sitemap.xml, a file the site generates");
  expect("content/en/pages/old.md:8: redirectFrom: /robots.txt collides with /robots.txt, a file the site generates");
  expect("content/en/pages/old.md:9: redirectFrom: /assets/site.css is in /assets/, which holds the site's files");
  expect("content/en/pages/old.md:10: redirectFrom: /assets is in /assets/, which holds the site's files");
  expect("content/en/pages/old.md:11: redirectFrom: /pagefind/pagefind.js is in /pagefind/, which holds the site's files");
  expect("content/en/pages/old.md:12: redirectFrom: /en/meetings.ics collides with /en/meetings.ics, a file the site generates");
  expect("content/en/pages/old.md:13: redirectFrom: /images/logo.png collides with public/images/logo.png");
  assert.doesNotMatch(result.stderr, /\/fine\//);
  expect("public/app.js:1: .js files are not allowed in public/: code goes in src/ (public/ holds images and documents)");
  expect("public/fake.png:1: the content is not a recognised file, not a .png file (its extension and content must agree)");
  expect("public/images/x.svg:1: SVG: <script> is not allowed (only drawing elements; no script, foreignObject, animate or set)");
  assert.ok(!lines.some((line) => line.startsWith("content/en/posts/headings.md")), "100,000 headings are a valid page");
  // Not a timing test: a page of 100,000 headings must not take minutes (it did, quadratically).
  assert.ok(seconds < 120, `npm run check took ${seconds.toFixed(1)} s`);
});

test("a bad file in public/ fails the build and leaves the published site as it was", async () => {
  const dir = await fixtureProject({ "en/posts/hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: s") });
  await mkdir(path.join(dir, "public", "images"), { recursive: true });
  await writeFile(path.join(dir, "public", "images", "logo.png"), png);
  const first = await runCli(dir, "build");
  assert.equal(first.code, 0, first.stderr);
  const before = await builtFiles(dir);
  assert.ok(existsSync(path.join(dir, "_site", "images", "logo.png")));

  await writeFile(path.join(dir, "public", "images", "evil.svg"), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>');
  await writeFile(path.join(dir, "public", "page.html"), "<script>alert(1)</script>");
  const second = await runCli(dir, "build");
  assert.equal(second.code, 1);
  const problems = second.stderr.split("\n").filter((line) => line.startsWith("public/"));
  assert.deepEqual(problems, [
    "public/images/evil.svg:1: SVG: <svg onload>: event handlers are not allowed",
    "public/page.html:1: .html files are not allowed in public/: code goes in src/ (public/ holds images and documents)",
  ]);
  assert.doesNotMatch(second.stderr, /\n\s+at /, "a stack trace escaped");
  assert.equal(existsSync(path.join(dir, "_site", "images", "evil.svg")), false);
  assert.equal(existsSync(path.join(dir, "_site", "page.html")), false);
  assert.deepEqual(await builtFiles(dir), before, "the published site changed");
});
