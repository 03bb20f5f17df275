import assert from "node:assert/strict";
import { test } from "node:test";
import { minifyCss, preloadFonts, stylesheet, usedTokens } from "../../../../src/outputs/assets/stylesheet.ts";

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

test("web fonts swap in whenever they arrive, over fallbacks sized like them, and the faces at the top of a page are preloaded", () => {
  const { css } = stylesheet();
  const webFaces = [...css.matchAll(/@font-face\{[^}]*url\(([^)]+)\)[^}]*\}/g)];
  assert.equal(webFaces.length, 4);
  for (const [face] of webFaces) assert.match(face, /font-display:swap/, face);
  for (const family of ["Noto Sans", "Lato"]) {
    assert.match(css, new RegExp(`['"]?${family}['"]?,['"]?${family} Fallback['"]?,sans-serif`), `${family} falls back to its metric-compatible face`);
    assert.match(css, new RegExp(`@font-face\\{font-family:['"]?${family} Fallback['"]?;src:local\\("Arial[^}]*size-adjust:`));
  }
  for (const face of ["noto-sans-regular", "noto-sans-bold", "lato-bold"]) assert.ok(preloadFonts.includes(`/assets/fonts/${face}.woff2`), face);
});

test("minifying keeps what a selector and a string mean", () => {
  // A descendant's pseudo-class is not the element's own, and text in quotes is kept as written.
  assert.equal(minifyCss('.nav :focus { outline: 2px solid }\n.x::after { content: "a , b" }'), '.nav :focus{outline:2px solid}.x:after{content:"a , b"}');
});
