import assert from "node:assert/strict";
import { test } from "node:test";
import { en } from "../../../../src/content/i18n/en.ts";
import { fr } from "../../../../src/content/i18n/fr.ts";
import { t } from "../../../../src/content/i18n/index.ts";

// Strings that are the same in both languages on purpose.
const sameInBoth = new Set([
  "splash_title",
  "footer_canada",
  "meeting_date",
  "pagination_label",
  "demo_technologies",
  "error_code",
  "tag_count",
  "project_license",
  "project_technologies",
]);

test("every French interface string is translated, not a copy of the English", () => {
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    if (sameInBoth.has(key)) continue;
    assert.notEqual(fr[key], en[key], `fr.${key} is the English text`);
  }
});

test("t() fills in parameters", () => {
  assert.equal(t("fr", "pagination_page", { page: 2, pages: 5 }), "Page 2 sur 5");
  assert.equal(t("en", "pagination_page", { page: 2, pages: 5 }), "Page 2 of 5");
});

test("interface text uses typographic apostrophes, as Canada.ca does, in both languages", () => {
  for (const [lang, dictionary] of Object.entries({ en, fr })) {
    for (const [key, text] of Object.entries(dictionary)) assert.doesNotMatch(text, /'/, `${lang}.${key}: ${text}`);
  }
});
