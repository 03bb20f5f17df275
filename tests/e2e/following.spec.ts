import { expect, test } from "@playwright/test";

test.describe("following the group: feeds and demos by technology", () => {
  test("a list page offers visible subscribe links that lead to its feeds", async ({ page, request }) => {
    await page.goto("/en/blog/");
    const atom = page.getByRole("link", { name: "Atom feed", exact: true });
    await expect(atom).toHaveAttribute("href", "/en/blog/feed.xml");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", "/en/blog/feed.xml");
    const response = await request.get("/en/blog/feed.xml");
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const json = (await (await request.get("/en/blog/feed.json")).json()) as { version: string };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  });

  test("in French, the meetings list links French feeds", async ({ page }) => {
    await page.goto("/fr/reunions/");
    await expect(page.getByRole("link", { name: "Fil Atom", exact: true })).toHaveAttribute("href", "/fr/reunions/fil.xml");
    await expect(page.getByRole("link", { name: "Fil JSON", exact: true })).toHaveAttribute("href", "/fr/reunions/fil.json");
  });

  test("a technology page lists only the demos using it, reached without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/demos/");
    await page
      .getByRole("navigation", { name: "Demos by technology" })
      .getByRole("link", { name: /^Docker/ })
      .click();
    await expect(page).toHaveURL(/\/en\/demos\/technologies\/docker\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demos by technology: Docker");
    await expect(page.locator("main .entry-list > li")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "docker-sas4c" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Drupal WxT/ })).toHaveCount(0);
    await context.close();
  });

  test("a demo's technology tags link to their page, in French too", async ({ page }) => {
    await page.goto("/fr/demos/drupal-wxt/");
    await page.locator(".meta").getByRole("link", { name: "Drupal", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/demos\/technologies\/drupal\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Démos par technologie : Drupal");
    await expect(page.locator("main .entry-list > li")).toHaveCount(1);
  });

  test("content pages offer Edit this page and Propose a talk or demo, and related content", async ({ page }) => {
    await page.goto("/en/demos/docker-sas4c/");
    await expect(page.getByRole("link", { name: "Edit this page on GitHub" })).toHaveAttribute(
      "href",
      "https://github.com/govcloud/govcloud.ca/edit/main/content/en/demos/docker-sas4c.md",
    );
    await expect(page.getByRole("link", { name: "Propose a talk or demo" })).toHaveAttribute("href", /\/issues\/new\?template=propose-talk-or-demo\.yml$/);
    const related = page.locator("section", { has: page.getByRole("heading", { name: "Related content" }) });
    await expect(related).toHaveAttribute("data-pagefind-ignore", /.*/);
    await expect(related.getByRole("link", { name: /Drupal WxT/ })).toBeVisible();
    await expect(related.getByRole("link", { name: "docker-sas4c" })).toHaveCount(0);
  });

  test("the 404 page searches in each language with a plain form", async ({ page }) => {
    await page.goto("/no/such/page/");
    await expect(page.getByRole("search", { name: "Search the site" }).locator('input[name="q"]')).toBeVisible();
    await expect(page.getByRole("search", { name: "Rechercher dans le site" })).toHaveAttribute("action", "/fr/recherche/");
  });
});
