import assert from "node:assert/strict";
import { test } from "node:test";
import { stylesheet, usedTokens } from "../../../src/assets/stylesheet.ts";

test("only the design tokens the CSS uses are shipped, with what they refer to", () => {
  const tokens = "--gcds-a: 1px; --gcds-b: var(--gcds-c); --gcds-c: red; --gcds-unused: blue;";
  assert.equal(usedTokens("p{margin:var(--gcds-a);color:var(--gcds-b)}", tokens), ":root{--gcds-a:1px;--gcds-b:var(--gcds-c);--gcds-c:red}");
});

test("the site stylesheet is fingerprinted and resolves every token it uses", () => {
  const { css, href } = stylesheet();
  assert.match(href, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
  for (const match of css.matchAll(/var\((--gcds-[\w-]+)/g)) {
    assert.ok(css.includes(`${match[1]}:`), `${match[1]} is used but not defined`);
  }
});
