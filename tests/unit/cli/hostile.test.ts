import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { fixtureProject, page, runCli } from "../../helpers/fixture-site.ts";

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
    "en/posts/hostile-fields.md": page('title: t\ndate: 2026-01-15\nsummary: s\ntags: ["<script>alert(1)</script>"]\nimage: "javascript:alert(1)"\nimageAlt: x'),
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
  assert.ok(problems.includes("content/en/posts/hostile-fields.md:5: tags.0: expected lowercase letters, digits and hyphens (like my-page)"), problems.join("\n"));
  assert.ok(problems.includes("content/en/posts/hostile-fields.md:6: image: expected a site path (/...) or an https:// URL"), problems.join("\n"));
});

test("hostile front-matter values are printed as text on every page they appear on", async () => {
  const title = `</title><script>alert("title")</script><img src=x onerror=alert(1)>`;
  const summary = `"><svg onload=alert("summary")>' onmouseover='alert(1)`;
  const dir = await fixtureProject({
    "en/people/mallory.md": page(`name: ${JSON.stringify('<script>alert("name")</script>')}\nrole: ${JSON.stringify("<b onclick=alert(1)>r</b>")}`),
    "en/posts/2026-01-15-hostile.md": page(`title: ${JSON.stringify(title)}\ndate: 2026-01-15\nsummary: ${JSON.stringify(summary)}\nauthors: [mallory]\ntags: [security]`),
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
      if (text.includes("&lt;/title>&lt;script>alert(&quot;title&quot;)&lt;/script>") || text.includes('&lt;/title>&lt;script>alert("title")&lt;/script>')) titles++;
    } else {
      for (const html of feedHtml(file, text)) assert.deepEqual(executable(html), [], `${file} carries something executable`);
      if (file.endsWith(".xml")) assert.doesNotMatch(text, /<(script|svg|img|iframe|style)\b/, `${file} carries raw markup from front matter`);
    }
  }
  // The post and meeting pages, their lists, the home page, the person and tag pages show the title.
  assert.ok(titles >= 4, `the hostile title was shown escaped on only ${titles} pages`);
});
