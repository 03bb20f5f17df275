import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { reportProblems } from "../../../src/build/report.ts";

const saved = process.env.GITHUB_ACTIONS;
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_ACTIONS;
  else process.env.GITHUB_ACTIONS = saved;
});

function report(problems: Parameters<typeof reportProblems>[0]): string[] {
  const lines: string[] = [];
  reportProblems(problems, (line) => lines.push(line));
  return lines;
}

test("on GitHub Actions each problem is also an error annotation on its file and line", () => {
  process.env.GITHUB_ACTIONS = "true";
  const lines = report([{ file: "content/en/posts/typo.md", line: 5, message: "tagz: unknown field" }]);
  assert.deepEqual(lines.slice(0, 2), ["content/en/posts/typo.md:5: tagz: unknown field", "::error file=content/en/posts/typo.md,line=5::tagz: unknown field"]);
});

test("annotation text escapes %, carriage returns and newlines so one problem stays one annotation", () => {
  process.env.GITHUB_ACTIONS = "true";
  const [, annotation] = report([{ file: "content/fr/posts/a,b.md", line: 2, message: "100% wrong\r\nsee: line two" }]);
  assert.equal(annotation, "::error file=content/fr/posts/a%2Cb.md,line=2::100%25 wrong%0D%0Asee: line two");
  assert.equal(annotation?.split("\n").length, 1);
});

test("elsewhere only path:line: message is printed", () => {
  process.env.GITHUB_ACTIONS = "";
  const lines = report([{ file: "content/en/posts/x.md", line: 1, message: "bad" }]);
  assert.deepEqual(lines, ["content/en/posts/x.md:1: bad", "\n1 problem found."]);
});
