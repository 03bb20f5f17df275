import assert from "node:assert/strict";
import { test } from "node:test";
import { convertBody, type BodyContext } from "../../../src/import/body.ts";

const context: BodyContext = {
  resolveRef: (target) => ({ "meetup/2018-03-22.md": "/en/meetings/2018-03-22/", "2018-03-22": "/en/meetings/2018-03-22/" })[target.split("#")[0] ?? ""]?.concat(target.includes("#") ? `#${target.split("#")[1]}` : ""),
  newUrlOf: (url) => (url === "/meetup/2018-03-22/" ? "/en/meetings/2018-03-22/" : undefined),
  deck: false,
};

test("relref and ref become the new URLs, anchors kept; unknown targets are reported with their line", () => {
  const { body, human } = convertBody('See [it]({{< relref "meetup/2018-03-22.md#demo" >}}).\n\n[x]({{< ref "nope.md" >}})', context);
  assert.match(body, /\[it\]\(\/en\/meetings\/2018-03-22\/#demo\)/);
  assert.deepEqual(human.map((h) => h.line), [3]);
  assert.match(human[0]?.message ?? "", /no imported page "nope.md"/);
});

test("YouTube shortcodes are kept, YouTube iframes become one, other iframes become links for a human", () => {
  const source = '{{< youtube id="dQw4w9WgXcQ" >}}\n\n<iframe width="560"\n  src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?rel=0"></iframe>\n\n<iframe src="https://example.com/x" title="Map"></iframe>\nafter';
  const { body, human } = convertBody(source, context);
  assert.match(body, /^\{\{< youtube dQw4w9WgXcQ >\}\}/);
  assert.match(body, /\{\{< youtube aBcDeFgHiJk >\}\}/);
  assert.match(body, /\[Map\]\(https:\/\/example.com\/x\)/);
  assert.doesNotMatch(body, /<iframe/);
  // The multi-line iframe keeps its lines, so later line numbers stay right.
  assert.deepEqual(human.map((h) => h.line), [6]);
});

test("figure maps to ours; a figure without alt text needs a human", () => {
  const { body, human } = convertBody('{{< figure src="/img/a.png" alt="A \\"team\\"" caption="Us" >}}\n{{< figure src="b.png" >}}', context);
  assert.match(body, /\{\{< figure src="\/img\/a.png" alt="A &quot;team&quot;" caption="Us" >\}\}/);
  assert.ok(human.some((h) => h.line === 2 && /no alt text/.test(h.message)));
});

test("Bootstrap grid divs are removed and their content un-indented; other divs stay", () => {
  const source = '<div class="row">\n  <div class="col-md-6" markdown="1">\n\n  ## Left\n\n  - item\n\n  </div>\n</div>\n<div class="alert">\nkept\n</div>';
  const { body, mapped } = convertBody(source, context);
  assert.match(body, /^\n\n\n## Left\n\n- item\n/);
  assert.match(body, /<div class="alert">\nkept\n<\/div>$/);
  assert.ok(mapped.some((m) => /removed: 2/.test(m)));
});

test("unknown shortcodes are kept visibly as code and reported; links to old addresses are rewritten", () => {
  const { body, human } = convertBody('[old](/meetup/2018-03-22/#x)\n\n{{< gist user 123 >}}', context);
  assert.match(body, /\[old\]\(\/en\/meetings\/2018-03-22\/#x\)/);
  assert.match(body, /`\{\{< gist user 123 >\}\}`/);
  assert.deepEqual(human.map((h) => h.line), [3]);
});

test("reveal-hugo's slide and note shortcodes become our deck syntax", () => {
  const { body } = convertBody('{{< slide background-color="#000" transition="zoom" >}}\n# T\n{{% note %}}\nSay hi\n{{% /note %}}', { ...context, deck: true });
  assert.equal(body, '<!-- .slide: data-background-color="#000" data-transition="zoom" -->\n# T\nNote:\nSay hi\n');
});

test("fenced code is left as written; images from Hugo's static/ folder are reported", async () => {
  const source = '```html\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n{{< gist a 1 >}}\n```\n\n![Team](/img/team.png)';
  const { body, human } = convertBody(source, context);
  assert.equal(body, source);
  assert.deepEqual(human.map((h) => `${h.line}: ${h.message}`), ["6: /img/team.png: from the Hugo site's static/ folder, copied to public/: check that it shows"]);
});
