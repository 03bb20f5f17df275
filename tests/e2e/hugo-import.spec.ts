import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { menuPages, projectRoot, runCli } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// The old Hugo site (tests/fixtures/hugo-site) imported into a throwaway project, built, and served.
// The menu pages the link check needs, except the About page the Hugo site brings.
const site = servedFixtureForSpec(Object.fromEntries(Object.entries(menuPages).filter(([file]) => file !== "en/pages/about.md")), {
  menuPages: false,
  prepare: async (dir) => {
    const imported = await runCli(dir, "import-hugo", [path.join(projectRoot, "tests/fixtures/hugo-site")]);
    return imported.code === 0 ? "" : imported.stdout + imported.stderr;
  },
});

test("every imported page is there, in its collection and language", async ({ page }) => {
  const pages = {
    "/en/meetings/2018-03-22/": "First meetup",
    "/en/meetings/2018-04-26/": "Second meetup",
    "/fr/reunions/2018-04-26/": "Deuxième rencontre",
    "/en/slides/containers/": "Containers 101",
    "/en/blog/hello/": "Hello, govcloud",
    "/en/about/": "About the group",
  };
  for (const [url, title] of Object.entries(pages)) {
    const response = await page.goto(site.origin + url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  }
  // English only: the French side says so and links back.
  await page.goto(`${site.origin}/fr/reunions/2018-03-22/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page n’est pas offerte en français");
  await expect(page.getByRole("link", { name: "First meetup" })).toHaveAttribute("href", "/en/meetings/2018-03-22/");
});

test("relref links lead to the imported pages", async ({ page }) => {
  await page.goto(`${site.origin}/en/meetings/2018-03-22/`);
  await page.getByRole("link", { name: "the deck" }).click();
  await expect(page).toHaveURL(`${site.origin}/en/slides/containers/`);
  await page.goto(`${site.origin}/fr/reunions/2018-04-26/`);
  await page.getByRole("link", { name: "première rencontre" }).click();
  await expect(page).toHaveURL(`${site.origin}/en/meetings/2018-03-22/`);
  await page.goto(`${site.origin}/en/meetings/2018-04-26/`);
  await page.getByRole("link", { name: "its demo" }).click();
  await expect(page).toHaveURL(`${site.origin}/en/meetings/2018-03-22/#recording`);
});

test("old Hugo addresses send the browser to the new page", async ({ page }) => {
  const moves = {
    "/meetup/2018-03-22/": "/en/meetings/2018-03-22/",
    "/2018/03/first-meetup/": "/en/meetings/2018-03-22/",
    "/fr/meetup/2018-04-26/": "/fr/reunions/2018-04-26/",
    "/slide/containers/": "/en/slides/containers/",
    "/post/hello/": "/en/blog/hello/",
    // The old section lists lead to ours.
    "/meetup/": "/en/meetings/",
    "/fr/meetup/": "/fr/reunions/",
  };
  for (const [old, now] of Object.entries(moves)) {
    await page.goto(site.origin + old);
    await expect(page, old).toHaveURL(site.origin + now);
  }
});

test("the imported deck advances with the keyboard", async ({ page }) => {
  await page.goto(`${site.origin}/en/slides/containers/present/`);
  const current = page.locator(".reveal .slides > section.present");
  await expect(current.getByRole("heading", { name: "Containers 101" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(current.getByRole("heading", { name: "Why containers" })).toBeVisible();
  // reveal-hugo's {{% note %}} became speaker notes, not slide text.
  await expect(current.locator("aside.notes")).toContainText("Fortune 100");
});

test("the Bootstrap grid became plain headings and the draft stayed unpublished", async ({ page }) => {
  await page.goto(`${site.origin}/en/meetings/2018-03-22/`);
  await expect(page.getByRole("heading", { level: 2, name: "Departments" })).toBeVisible();
  await expect(page.locator("main .row, main [class*='col-md']")).toHaveCount(0);
  const draft = await page.goto(`${site.origin}/en/blog/draft-post/`);
  expect(draft?.status()).toBe(404);
});

test("axe finds no WCAG 2.1 AA violation on the imported deck and meeting", async ({ page }) => {
  for (const url of ["/en/slides/containers/", "/en/meetings/2018-03-22/"]) {
    await page.goto(site.origin + url);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
