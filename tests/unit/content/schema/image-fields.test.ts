import assert from "node:assert/strict";
import { test } from "node:test";
import { isSafeImageSource } from "../../../../src/content/markdown/embeds.ts";
import { schemas } from "../../../../src/content/schema/index.ts";

const accepted = ["/images/helm-demo.png", "/photo.jpg", "/images/my%20photo.png", "https://example.com/a.png", "https://cdn.example.ca/x/y.webp?v=2"];
const refused = [
  "//evil.example/track.png", // protocol-relative: another site
  "/\\evil.example/track.png", // browsers read /\ as //
  "/\t/evil.example/x.png", // the URL parser drops tabs: //evil.example
  "/\n/evil.example/x.png",
  " /images/x.png",
  "/images/x.png\u0000",
  "http://example.com/a.png",
  "javascript:alert(1)",
  "data:image/svg+xml;base64,PHN2Zz4=",
  "images/x.png",
  "https:\\\\evil.example/x.png",
  "https://evil.example/a b.png",
  "",
];

const post = (image: string) => ({ title: "t", date: "2026-01-15", summary: "s", image, imageAlt: "alt" });
const person = (photo: string) => ({ name: "n", photo, photoAlt: "alt" });

for (const value of accepted) {
  test(`image fields accept ${JSON.stringify(value)}`, () => {
    assert.equal(schemas.posts.safeParse(post(value)).success, true);
    assert.equal(schemas.people.safeParse(person(value)).success, true);
    assert.equal(isSafeImageSource(value), true);
  });
}

for (const value of refused) {
  test(`image fields refuse ${JSON.stringify(value)}`, () => {
    const result = schemas.posts.safeParse(post(value));
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
      ["image: expected a site path (/...) or an https:// URL"],
    );
    assert.equal(schemas.people.safeParse(person(value)).success, false);
    assert.equal(isSafeImageSource(value), false, "{{< figure src >}} follows the same rule");
  });
}
