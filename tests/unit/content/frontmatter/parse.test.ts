import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrontMatter } from "../../../../src/content/frontmatter/parse.ts";

test("YAML front matter is parsed and dates stay strings for the schema to judge", () => {
  const fm = parseFrontMatter("---\ntitle: Hello\ndate: 2018-03-22\n---\nBody\n");
  assert.deepEqual(fm.data, { title: "Hello", date: "2018-03-22" });
  assert.equal(fm.body, "Body\n");
  assert.equal(fm.bodyLine, 5);
  assert.deepEqual(fm.errors, []);
});

test("lineOf points at the key's line in the file, counting the opening fence", () => {
  const fm = parseFrontMatter("---\ntitle: Hello\ntags:\n  - a\n  - 3\n---\n");
  assert.equal(fm.lineOf(["title"]), 2);
  assert.equal(fm.lineOf(["tags", 1]), 5);
  assert.equal(fm.lineOf([], "tags"), 3);
});

for (const language of ["js", "javascript", "JS", "json", "coffee"]) {
  test(`---${language} front matter is refused, never evaluated`, () => {
    const fm = parseFrontMatter(`---${language}\n{ title: (() => { throw new Error("ran") })() }\n---\nBody`);
    assert.equal(fm.errors.length, 1);
    assert.match(fm.errors[0]?.message ?? "", /not allowed/);
    assert.deepEqual(fm.data, {});
  });
}

test("YAML syntax errors are reported with their line", () => {
  const fm = parseFrontMatter("---\ntitle: ok\nsummary: [unclosed\n---\n");
  assert.ok(fm.errors.length > 0);
  assert.ok((fm.errors[0]?.line ?? 0) >= 3);
});

test("a missing closing fence is an error, not a silently empty page", () => {
  const fm = parseFrontMatter("---\ntitle: ok\n");
  assert.match(fm.errors[0]?.message ?? "", /closing ---/);
});

test("front matter ends at a --- line as YAML sees lines: a U+2028 in a comment does not end it early", () => {
  const fm = parseFrontMatter("---\ntitle: Safe\n# note\u2028---\nsummary: still front matter\n---\nBody\n");
  assert.deepEqual(fm.errors, []);
  assert.deepEqual(fm.data, { title: "Safe", summary: "still front matter" });
  assert.equal(fm.body, "Body\n");
});

test("a YAML alias bomb (billion laughs) is a problem on the alias's line, not an exception", () => {
  const levels = ["a", "b", "c", "d", "e", "f", "g"];
  const yaml = levels.map((name, i) =>
    i === 0
      ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
      : `${name}: &${name} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(",")}]`,
  );
  const fm = parseFrontMatter(`---\ntitle: t\n${yaml.join("\n")}\n---\nBody`);
  assert.deepEqual(fm.data, {});
  assert.deepEqual(fm.errors, [{ line: 4, message: "front matter: too many aliases (*name) once expanded (at most 50); write the values out" }]);
});

test("a few aliases are still fine", () => {
  const fm = parseFrontMatter("---\nbase: &b [x]\ntags: *b\n---\n");
  assert.deepEqual(fm.errors, []);
  assert.deepEqual(fm.data, { base: ["x"], tags: ["x"] });
});
