import { expect, test } from "@playwright/test";

test.describe("reading the first meeting's minutes", () => {
  test("in English: note-taker, sections, table of contents", async ({ page }) => {
    await page.goto("/en/meetings/2018-03-22/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("First meeting");
    await expect(page.locator(".meta")).toContainText("March 22, 2018");
    await expect(page.locator(".meta")).toContainText("Minutes taken by");
    await expect(page.getByRole("link", { name: "Zachary Seguin" })).toBeVisible();
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc.getByRole("link")).not.toHaveCount(0);
    const first = toc.getByRole("link").first();
    const target = await first.getAttribute("href");
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator("main")).toContainText("Kubernetes");
    await expect(page.locator("main")).toContainText("GC Message");
  });

  test("in French: a real translation with French dates and labels", async ({ page }) => {
    await page.goto("/fr/reunions/2018-03-22/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator(".meta")).toContainText("22 mars 2018");
    await expect(page.locator(".meta")).toContainText("Procès-verbal rédigé par");
    await expect(page.getByRole("navigation", { name: "Sur cette page" })).toBeVisible();
    await expect(page.locator("main")).toContainText("conteneurs");
    await expect(page.locator("main")).not.toContainText("Minutes taken by");
  });

  test("“Date modified” reads on one line, as on Canada.ca, in each language", async ({ page }) => {
    for (const [url, label] of [
      ["/en/meetings/2018-03-22/", "Date modified:"],
      ["/fr/reunions/2018-03-22/", "Date de modification :"],
    ] as const) {
      await page.goto(url);
      const modified = page.locator(".date-modified");
      await expect(modified).toHaveText(new RegExp(`^\\s*${label}\\s+\\d{4}-\\d{2}-\\d{2}\\s*$`));
      const [term, date] = [await modified.locator("dt").boundingBox(), await modified.locator("time").boundingBox()];
      expect(date?.y, url).toBe(term?.y);
      expect(date?.x ?? 0, url).toBeGreaterThan((term?.x ?? 0) + (term?.width ?? 0));
    }
  });

  test("the page reads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/meetings/2018-03-22/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("First meeting");
    await expect(page.locator("main li")).not.toHaveCount(0);
    await context.close();
  });

  test("the splash page offers both languages", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Infonuagique native du GC");
  });

  test("home shows the latest minutes, posts and demos", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.getByRole("heading", { name: "Next meeting" })).toBeVisible();
    const minutes = page.locator("section", { has: page.getByRole("heading", { name: "Latest minutes" }) });
    await expect(minutes.getByRole("link", { name: /First meeting/ })).toBeVisible();
    const demos = page.locator("section", { has: page.getByRole("heading", { name: "Latest demos" }) });
    await expect(demos.getByRole("listitem")).toHaveCount(2);
  });

  test("meetings are listed by year", async ({ page }) => {
    await page.goto("/fr/reunions/");
    await expect(page.getByRole("heading", { level: 2, name: "2018" })).toBeVisible();
    await page.getByRole("link", { name: /Première/ }).click();
    await expect(page).toHaveURL(/\/fr\/reunions\/2018-03-22\/$/);
  });
});
