import { expect, test } from "@playwright/test";
import { page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// The real content is fully translated: a fixture with a French-only post.
const site = servedFixtureForSpec({
  "en/posts/2026-01-15-hello.md": fixturePage("title: Hello\ndate: 2026-01-15\nsummary: In both languages."),
  "fr/posts/2026-01-15-hello.md": fixturePage("title: Bonjour\ndate: 2026-01-15\nsummary: Dans les deux langues."),
  "fr/posts/2026-02-01-billet.md": fixturePage("title: Billet en français seulement\ndate: 2026-02-01\nsummary: Pas encore traduit."),
});

test("a French-only post is in the English blog list, marked, and its toggle leads to a notice that links back", async ({ page }) => {
  await page.goto(`${site.origin}/en/blog/`);
  const item = page.getByRole("listitem").filter({ hasText: "Billet en français seulement" });
  await expect(item).toContainText("(French only)");
  await item.getByRole("link", { name: "Billet en français seulement" }).click();
  await expect(page).toHaveURL(/\/fr\/blogue\/billet\/$/);
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/blog\/billet\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not available in English");
  await page.getByRole("link", { name: "Billet en français seulement" }).click();
  await expect(page).toHaveURL(/\/fr\/blogue\/billet\/$/);
});
