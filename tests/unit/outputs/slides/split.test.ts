import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSlideDirective } from "../../../../src/outputs/slides/attributes.ts";
import { renderSlides } from "../../../../src/outputs/slides/render.ts";
import { splitSlides } from "../../../../src/outputs/slides/split.ts";

test("a deck splits on lines that are exactly ---, and nowhere else", () => {
  const slides = splitSlides("# One\n\n---\n\n## Two\n\n--- not a separator\n\n----\n\n---\n## Three");
  assert.deepEqual(
    slides.map((s) => s.markdown),
    ["# One", "## Two\n\n--- not a separator\n\n----", "## Three"],
  );
  assert.deepEqual(
    slides.map((s) => s.line),
    [1, 4, 12],
  );
});

test("--- inside fenced code does not split a slide", () => {
  const slides = splitSlides("## YAML\n\n```yaml\na: 1\n---\nb: 2\n```\n---\n## Next");
  assert.equal(slides.length, 2);
  assert.match(slides[0]?.markdown ?? "", /a: 1\n---\nb: 2/);
});

test("Note: starts the speaker notes, which run to the end of the slide", () => {
  const [first, second] = splitSlides("# Title\n\nText\n\nNote: Say hello.\nAnd more.\n---\n## Two\nnotes: lower case works too");
  assert.equal(first?.markdown, "# Title\n\nText");
  assert.equal(first?.notes, "Say hello.\nAnd more.");
  assert.equal(second?.notes, "lower case works too");
});

test("<!-- .slide: --> sets allowlisted section attributes and reports the rest with their line", () => {
  const [slide] = splitSlides(
    '# T\n<!-- .slide: data-background-color="#26374a" class="title big" onclick="x()" data-background-image="https://evil.example/x.png" -->\ntext',
  );
  assert.deepEqual(slide?.attributes, { "data-background-color": "#26374a", class: "title big" });
  assert.equal(slide?.markdown, "# T\ntext");
  assert.deepEqual(
    slide?.problems.map((p) => p.line),
    [2, 2],
  );
  assert.match(slide?.problems[0]?.message ?? "", /"onclick" is not allowed/);
  assert.match(slide?.problems[1]?.message ?? "", /data-background-image="https:\/\/evil.example\/x.png" is not an allowed value/);
});

test("attribute values that could break out of the attribute are refused", () => {
  const { attributes, refused } = parseSlideDirective(`id='a" onmouseover="x' data-transition="zoom"`);
  assert.deepEqual(attributes, { "data-transition": "zoom" });
  assert.equal(refused.length, 1);
});

test("slides render at build time: reading headings one level down, notes apart, ids unique across slides", () => {
  const [one, two] = renderSlides(splitSlides("# Title\n\n## Same\n\nNote: **Hi**\n---\n## Same"));
  assert.match(one?.html ?? "", /^<h2 id="title">.*Title.*<\/h2>/);
  assert.match(one?.html ?? "", /<h3 id="same"/);
  assert.match(two?.html ?? "", /<h3 id="same-1"/);
  assert.match(one?.presentHtml ?? "", /^<h1>Title<\/h1>/);
  assert.match(one?.presentHtml ?? "", /<aside class="notes" aria-label="Speaker notes \(1\)"><p><strong>Hi<\/strong><\/p>\n<\/aside>$/);
  assert.doesNotMatch(one?.html ?? "", /Hi/);
  assert.match(one?.notesHtml ?? "", /<strong>Hi<\/strong>/);
});
