import { expect, test } from "@playwright/test";
import { page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

/**
 * Pages published in one language only are findable from the other language's search, marked
 * as such. The real content has none, so a small fixture site is built and served here.
 */

const site = servedFixtureForSpec(
  {
    "en/demos/quokka-operator.md": fixturePage(
      "title: Quokka operator\ndate: 2025-04-10\nsummary: An operator for Kubernetes.\ntechnologies: [kubernetes]",
      "The quokka operator reconciles Helm releases.",
    ),
    "fr/demos/deploiement-ecureuil.md": fixturePage(
      "title: Déploiement écureuil\ndate: 2024-06-12\nsummary: Un déploiement en continu.",
      "L’écureuil gère le déploiement continu des grappes.",
    ),
    "en/posts/both.md": fixturePage("title: In both languages\ndate: 2025-01-10\nsummary: A translated post."),
    "fr/posts/both.md": fixturePage("title: Dans les deux langues\ndate: 2025-01-10\nsummary: Un billet traduit.\nslug: les-deux"),
    ...Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `en/posts/kumquat-${i + 1}.md`,
        fixturePage(`title: Kumquat ${i + 1}\ndate: 2025-02-${String(i + 1).padStart(2, "0")}\nsummary: s`, "Kumquat notes."),
      ]),
    ),
  },
  { buildTimeoutMs: 180_000 },
);

test("an English-only demo is found from the French search, marked “(en anglais seulement)”", async ({ page }) => {
  await page.goto(`${site.origin}/fr/recherche/?q=quokka`);
  const first = page.locator("#search-results > li").first();
  await expect(first.locator("h2")).toContainText("Quokka operator");
  await expect(first.locator("h2")).toContainText("(en anglais seulement)");
  const link = first.getByRole("link", { name: "Quokka operator" });
  await expect(link).toHaveAttribute("href", "/en/demos/quokka-operator/");
  await expect(link).toHaveAttribute("lang", "en");
});

test("a French-only demo is found from the English search without its accents, marked “(French only)”", async ({ page }) => {
  await page.goto(`${site.origin}/en/search/?q=ecureuil`);
  const first = page.locator("#search-results > li").first();
  await expect(first.locator("h2")).toContainText("Déploiement écureuil");
  await expect(first.locator("h2")).toContainText("(French only)");
  await expect(first.getByRole("link")).toHaveAttribute("href", "/fr/demos/deploiement-ecureuil/");
});

test("a single-language page is also found in its own language", async ({ page }) => {
  await page.goto(`${site.origin}/fr/recherche/?q=ecureuil`);
  await expect(page.locator("#search-results > li h2")).toHaveText(["Déploiement écureuil"]);
  await page.goto(`${site.origin}/en/search/?q=quokka`);
  await expect(page.locator("#search-results > li h2")).toHaveText(["Quokka operator"]);
});

test("a translated page is found once, in the reader's language", async ({ page }) => {
  await page.goto(`${site.origin}/fr/recherche/?q=deux`);
  await expect(page.locator("#search-results > li h2")).toHaveText(["Dans les deux langues"]);
  await page.goto(`${site.origin}/en/search/?q=languages`);
  await expect(page.locator("#search-results > li h2")).toHaveText(["In both languages"]);
});

test("the notice pages of untranslated pages are not indexed", async ({ page }) => {
  // /fr/demos/quokka-operator/ is the French notice "not available in French": not a result.
  await page.goto(`${site.origin}/fr/recherche/?q=offerte`);
  await expect(page.getByRole("status")).toHaveText(/Aucun résultat/);
});

test("more results load on request, and keyboard focus moves to the first new one", async ({ page }) => {
  await page.goto(`${site.origin}/en/search/?q=kumquat&sort=newest`);
  const titles = page.locator("#search-results > li h2");
  await expect(page.getByRole("status")).toHaveText("12 results for “kumquat”.");
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText("Kumquat 12");
  await page.getByRole("button", { name: "Show more results" }).press("Enter");
  await expect(titles).toHaveCount(12);
  await expect(page.getByRole("link", { name: "Kumquat 2", exact: true })).toBeFocused();
  await expect(page.getByRole("button", { name: "Show more results" })).toBeHidden();
});
