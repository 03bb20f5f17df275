import { expect, test } from "@playwright/test";
import { templatePages } from "./pages.ts";

test.describe("switching language", () => {
  for (const [name, url] of Object.entries(templatePages.en)) {
    test(`the toggle on the English ${name} page lands on its French twin and back`, async ({ page }) => {
      await page.goto(url);
      await page.getByRole("link", { name: "Français" }).click();
      const french = templatePages.fr[name as keyof typeof templatePages.fr];
      await expect(page).toHaveURL(new RegExp(`${french}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await page.getByRole("link", { name: "English", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${url}$`));
    });
  }

  test("every page names its twin with hreflang and a canonical URL", async ({ page }) => {
    await page.goto("/fr/blogue/bienvenue/");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", "https://govcloud.ca/fr/blogue/bienvenue/");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", "https://govcloud.ca/en/blog/welcome/");
  });
});

test("keyboard users reach the main content through the skip link", async ({ page }) => {
  await page.goto("/en/meetings/2018-03-22/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator("main")).toBeFocused();
});

test("the French skip link is in French", async ({ page }) => {
  await page.goto("/fr/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Passer au contenu principal" })).toBeFocused();
});
