import assert from "node:assert/strict";
import { test } from "node:test";
import { convertBody, type BodyContext } from "../../../../src/tools/import/body.ts";

const context: BodyContext = {
  resolveRef: (target) =>
    ({ "meetup/2018-03-22.md": "/en/meetings/2018-03-22/", "2018-03-22": "/en/meetings/2018-03-22/" })[target.split("#")[0] ?? ""]?.concat(
      target.includes("#") ? `#${target.split("#")[1]}` : "",
    ),
  newUrlOf: (url) => (url === "/meetup/2018-03-22/" ? "/en/meetings/2018-03-22/" : undefined),
  deck: false,
};

test("relref and ref become the new URLs, anchors kept; unknown targets are reported with their line", () => {
  const { body, human } = convertBody('See [it]({{< relref "meetup/2018-03-22.md#demo" >}}).\n\n[x]({{< ref "nope.md" >}})', context);
  assert.match(body, /\[it\]\(\/en\/meetings\/2018-03-22\/#demo\)/);
  assert.deepEqual(
    human.map((h) => h.line),
    [3],
  );
  assert.match(human[0]?.message ?? "", /no imported page "nope.md"/);
});

test("YouTube shortcodes are kept, YouTube iframes become one, other iframes become links for a human", () => {
  const source =
    '{{< youtube id="dQw4w9WgXcQ" >}}\n\n<iframe width="560"\n  src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?rel=0"></iframe>\n\n<iframe src="https://example.com/x" title="Map"></iframe>\nafter';
  const { body, human } = convertBody(source, context);
  assert.match(body, /^\{\{< youtube dQw4w9WgXcQ >\}\}/);
  assert.match(body, /\{\{< youtube aBcDeFgHiJk >\}\}/);
  assert.match(body, /\[Map\]\(https:\/\/example.com\/x\)/);
  assert.doesNotMatch(body, /<iframe/);
  // The multi-line iframe keeps its lines, so later line numbers stay right.
  assert.deepEqual(
    human.map((h) => h.line),
    [6],
  );
});

test("figure maps to ours; a figure without alt text needs a human", () => {
  const { body, human } = convertBody('{{< figure src="/img/a.png" alt="A \\"team\\"" caption="Us" >}}\n{{< figure src="b.png" >}}', context);
  assert.match(body, /\{\{< figure src="\/img\/a.png" alt="A &quot;team&quot;" caption="Us" >\}\}/);
  assert.ok(human.some((h) => h.line === 2 && /no alt text/.test(h.message)));
});

test("Bootstrap grid divs are removed and their content un-indented; other divs become Markdown", () => {
  const source = '<div class="row">\n  <div class="col-md-6" markdown="1">\n\n  ## Left\n\n  - item\n\n  </div>\n</div>\n<div class="alert">\nkept\n</div>';
  const { body, mapped } = convertBody(source, context);
  assert.match(body, /^\n\n\n## Left\n\n- item\n/);
  assert.match(body, /\nkept\n*$/);
  assert.doesNotMatch(body, /<div/);
  assert.ok(mapped.some((m) => /removed: 2/.test(m)));
});

test("unknown shortcodes are kept visibly as code and reported; links to old addresses are rewritten", () => {
  const { body, human } = convertBody("[old](/meetup/2018-03-22/#x)\n\n{{< gist user 123 >}}", context);
  assert.match(body, /\[old\]\(\/en\/meetings\/2018-03-22\/#x\)/);
  assert.match(body, /`\{\{< gist user 123 >\}\}`/);
  assert.deepEqual(
    human.map((h) => h.line),
    [3],
  );
});

test("reveal-hugo's slide and note shortcodes become our deck syntax", () => {
  const { body } = convertBody('{{< slide background-color="#000" transition="zoom" >}}\n# T\n{{% note %}}\nSay hi\n{{% /note %}}', { ...context, deck: true });
  assert.equal(body, '<!-- .slide: data-background-color="#000" data-transition="zoom" -->\n# T\nNote:\nSay hi\n');
});

test("fenced code is left as written; images from Hugo's static/ folder are reported", async () => {
  const source = '```html\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n{{< gist a 1 >}}\n```\n\n![Team](/img/team.png)';
  const { body, human } = convertBody(source, context);
  assert.equal(body, source);
  assert.deepEqual(
    human.map((h) => `${h.line}: ${h.message}`),
    ["6: /img/team.png: from the Hugo site's static/ folder, copied to public/: check that it shows"],
  );
});

test("HTML lists, paragraphs, emphasis and links become Markdown, also mixed with Markdown on a line", () => {
  const source =
    '<p>Hosted by <strong>TBS</strong>, see <a href="https://example.org/x">the notes</a>.</p>\n\n<ul>\n<li>One <em>item</em></li>\n<li>Two with **stars** kept as text</li>\n</ul>\n\nA [Markdown link](https://example.org/y) and <strong>HTML</strong> on one line.';
  const { body } = convertBody(source, context);
  // The importer squeezes runs of blank lines when it writes the file.
  assert.equal(
    body.replace(/\n{3,}/g, "\n\n"),
    "Hosted by **TBS**, see [the notes](https://example.org/x).\n\n- One _item_\n- Two with \\*\\*stars\\*\\* kept as text\n\nA [Markdown link](https://example.org/y) and **HTML** on one line.\n",
  );
});

test("icons are dropped with a note, placeholders become text, forms and other iframes become links for a human", () => {
  const source =
    'Code on [GitHub](https://github.com/x) <i class="fa fa-github"></i>\n\nKeep _output/<clustername>/apimodel.json safe.\n\n<form action="https://forms.example/f/1" method="POST">\n<input name="email">\n<button type="submit">Ask us</button>\n</form>\n\n<iframe src="https://grafana.internal.example/d/1"></iframe>';
  const { body, human } = convertBody(source, context);
  assert.match(body, /^Code on \[GitHub\]\(https:\/\/github\.com\/x\)\n/);
  assert.match(body, /Keep \\_output\/\\<clustername>\/apimodel\.json safe\./);
  assert.match(body, /\[Ask us\]\(https:\/\/forms\.example\/f\/1\)/);
  assert.match(body, /\[https:\/\/grafana\.internal\.example\/d\/1\]\(https:\/\/grafana\.internal\.example\/d\/1\)/);
  assert.doesNotMatch(body, /<i |<form|<iframe|<input/);
  assert.deepEqual(
    human.map((h) => h.line),
    [1, 3, 5, 10],
  );
  assert.match(human[0]?.message ?? "", /decorative icon/);
  assert.match(human[2]?.message ?? "", /<form action="https:\/\/forms\.example\/f\/1">/);
});

test("old reveal.js slide attributes get today's names; what cannot be mapped is listed", () => {
  const source =
    '<!-- .slide: data-background="#fff" data-transition="linear" id="intro slide" -->\n# T\n\n---\n\n<!-- .slide: data-background-iframe="https://x.example/" -->\n## U';
  const { body, human } = convertBody(source, { ...context, deck: true });
  assert.match(body, /^<!-- \.slide: data-background-color="#fff" data-transition="slide" id="intro-slide" -->\n/);
  assert.doesNotMatch(body, /iframe/);
  assert.deepEqual(
    human.map((h) => `${h.line}: ${h.message}`),
    ['6: <!-- .slide: --> data-background-iframe="https://x.example/" cannot be mapped to today\'s reveal.js (dropped)'],
  );
});
