import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../../scripts/lib/fixture-site.ts";

test("README is for users: what the site is, the two commands, how to contribute, one screen of overview; internals live in docs/", async () => {
  const readme = await readFile(path.join(projectRoot, "README.md"), "utf8");
  assert.ok(readme.length < 8_000, `README is ${readme.length} characters`);
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /npm test/);
  assert.match(readme, /\[CONTRIBUTING\.md\]\(CONTRIBUTING\.md\)/);
  assert.match(readme, /docs\/ARCHITECTURE\.md/);
  // Internals such as the staging folder's inode story or Pagefind's chunk bounds are not README material.
  assert.doesNotMatch(readme, /inode|chunk bounds|pf_meta/);
});
