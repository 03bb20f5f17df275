import assert from "node:assert/strict";
import { test } from "node:test";
import { ignoresKeeping } from "../../../../src/build/dev-server/template-scope.ts";

const templates = ["content/en/posts/a.md", "content/en/posts/b.md", "content/fr/posts/a.md", "site/home.11ty.tsx", "site/lists.11ty.tsx"];

test("one ignore glob per folder keeps exactly the templates asked for", () => {
  assert.deepEqual(ignoresKeeping(templates, new Set(["content/en/posts/a.md", "site/lists.11ty.tsx"])), [
    "content/en/posts/!(a.md)",
    "content/fr/posts/*",
    "site/!(lists.11ty.tsx)",
  ]);
});

test("several kept files in a folder are alternatives of one glob", () => {
  assert.deepEqual(ignoresKeeping(templates, new Set(["content/en/posts/a.md", "content/en/posts/b.md"]))?.[0], "content/en/posts/!(a.md|b.md)");
});

test("a kept name that means something in a glob cannot be singled out", () => {
  assert.equal(ignoresKeeping(["content/en/posts/a(1).md"], new Set(["content/en/posts/a(1).md"])), undefined);
});
