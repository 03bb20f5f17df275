import { expect, test } from "@playwright/test";
import { page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// Three meetings in a row, a demo shown at the middle one, a post sharing its tags, a presenter.
const meeting = (date: string, title: string, extra = "") => fixturePage(`title: ${title}\ndate: ${date}${extra}`);
const site = servedFixtureForSpec({
  "en/people/ada.md": fixturePage("name: Ada Lovelace\ndepartment: Shared Services Canada", "Ada runs the platform team."),
  "fr/people/ada.md": fixturePage("name: Ada Lovelace\ndepartment: Services partagés Canada", "Ada dirige l’équipe de la plateforme."),
  "en/meetings/2026-01-15.md": meeting("2026-01-15", "January meeting"),
  "fr/meetings/2026-01-15.md": meeting("2026-01-15", "Réunion de janvier"),
  "en/meetings/2026-02-19.md": meeting("2026-02-19", "February meeting", "\ntags: [containers, helm]"),
  "fr/meetings/2026-02-19.md": meeting("2026-02-19", "Réunion de février", "\ntags: [containers, helm]"),
  "en/meetings/2026-03-19.md": meeting("2026-03-19", "March meeting"),
  "fr/meetings/2026-03-19.md": meeting("2026-03-19", "Réunion de mars"),
  "en/demos/chart.md": fixturePage(
    "title: A Helm chart\ndate: 2026-02-19\nsummary: s\nmeeting: 2026-02-19\npresenters: [ada]\ntechnologies: [containers, helm]\ntags: [open-source]",
  ),
  "fr/demos/chart.md": fixturePage(
    "title: Un chart Helm\ndate: 2026-02-19\nsummary: r\nmeeting: 2026-02-19\npresenters: [ada]\ntechnologies: [containers, helm]\ntags: [open-source]",
  ),
  "en/posts/2026-02-20-helm.md": fixturePage("title: Helm at scale\ndate: 2026-02-20\nsummary: s\nauthors: [ada]\ntags: [helm, community]"),
  "fr/posts/2026-02-20-helm.md": fixturePage("title: Helm à grande échelle\ndate: 2026-02-20\nsummary: r\nauthors: [ada]\ntags: [helm, community]"),
});

test("a French page shows its tags in French, each linked to everything with that tag", async ({ page }) => {
  await page.goto(`${site.origin}/fr/blogue/helm/`);
  const tags = page.getByRole("region", { name: "Étiquettes" });
  await expect(tags.getByRole("link")).toHaveText(["Helm", "Communauté"]);
  await tags.getByRole("link", { name: "Communauté" }).click();
  await expect(page).toHaveURL(/\/fr\/etiquettes\/community\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étiquette : Communauté");
  await expect(page.getByRole("link", { name: "Helm à grande échelle" })).toBeVisible();
  await page.locator(".breadcrumbs").getByRole("link", { name: "Étiquettes" }).click();
  await expect(page).toHaveURL(/\/fr\/etiquettes\/$/);
  await expect(page.locator("main")).toContainText("Conteneurs (2)");
  await expect(page.locator("main")).not.toContainText("containers");

  // A demo's technologies, and the demos list's filter by technology, in French too.
  await page.goto(`${site.origin}/fr/demos/chart/`);
  await expect(page.locator(".meta")).toContainText("Conteneurs");
  await expect(page.getByRole("region", { name: "Étiquettes" }).getByRole("link")).toHaveText(["Code source ouvert"]);
  await page.locator(".meta").getByRole("link", { name: "Conteneurs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Démos par technologie : Conteneurs");
  await page.getByRole("link", { name: /Tout le contenu portant l’étiquette « Conteneurs »/ }).click();
  await expect(page).toHaveURL(/\/fr\/etiquettes\/containers\/$/);
  await expect(page.getByRole("link", { name: "Réunion de février" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Un chart Helm" })).toBeVisible();
});

test("the French search filter offers tags by their French labels", async ({ page }) => {
  await page.goto(`${site.origin}/fr/recherche/`);
  const options = page.getByLabel("Étiquette ou technologie").locator("option");
  await expect(options).toContainText(["Code source ouvert", "Communauté", "Conteneurs", "Helm"]);
  await expect(page.getByLabel("Étiquette ou technologie").locator("option", { hasText: "containers" })).toHaveCount(0);
});

test("in English, tags read in English and link to /en/tags/", async ({ page }) => {
  await page.goto(`${site.origin}/en/meetings/2026-02-19/`);
  await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: "Containers" }).click();
  await expect(page).toHaveURL(/\/en\/tags\/containers\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tag: Containers");
  await page.getByRole("link", { name: "Demos by technology: Containers" }).click();
  await expect(page).toHaveURL(/\/en\/demos\/technologies\/containers\/$/);
});

for (const [lang, people, slides, title, crumb, bio] of [
  ["en", "People", "Slides", "People", "People", "Ada runs the platform team."],
  ["fr", "Personnes", "Présentations", "Personnes", "Personnes", "Ada dirige l’équipe de la plateforme."],
] as const) {
  test(`${lang}: the footer leads to the people and slides indexes; a person's page is under People, bio first`, async ({ page }) => {
    await page.goto(`${site.origin}/${lang}/`);
    await page.locator(".site-footer").getByRole("link", { name: slides }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(slides);
    await page.locator(".site-footer").getByRole("link", { name: people }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.getByRole("link", { name: "Ada Lovelace" }).click();
    await expect(page.locator(".breadcrumbs").getByRole("link")).toHaveText([lang === "en" ? "Home" : "Accueil", crumb]);
    // The bio is read before the lists of what the person did.
    const order = await page.locator("article").evaluate((article, text) => {
      const all = article.textContent ?? "";
      return { bio: all.indexOf(text), firstList: all.indexOf(article.querySelector("h2")?.textContent ?? "\u0000") };
    }, bio);
    expect(order.bio).toBeGreaterThan(-1);
    expect(order.bio).toBeLessThan(order.firstList);
  });
}

for (const [lang, url, label, previous, next] of [
  ["en", "/en/meetings/2026-02-19/", "Other meetings", /^Previous meeting January meeting January 15, 2026$/, /^Next meeting March meeting March 19, 2026$/],
  [
    "fr",
    "/fr/reunions/2026-02-19/",
    "Autres réunions",
    /^Réunion précédente Réunion de janvier 15 janvier 2026$/,
    /^Réunion suivante Réunion de mars 19 mars 2026$/,
  ],
] as const) {
  test(`${lang}: minutes link to the meetings before and after, by title and date`, async ({ page }) => {
    await page.goto(`${site.origin}${url}`);
    const pager = page.getByRole("navigation", { name: label });
    await expect(pager.locator('a[rel="prev"]')).toHaveAccessibleName(previous);
    await expect(pager.locator('a[rel="next"]')).toHaveAccessibleName(next);
    await pager.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${lang === "en" ? "/en/meetings/" : "/fr/reunions/"}2026-01-15/$`));
    // The first meeting has no previous one.
    await expect(page.getByRole("navigation", { name: label }).locator('a[rel="prev"]')).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: label }).locator('a[rel="next"]')).toHaveCount(1);
  });
}

test("minutes do not list their demos again under related content", async ({ page }) => {
  for (const [url, demo, post] of [
    ["/en/meetings/2026-02-19/", "A Helm chart", "Helm at scale"],
    ["/fr/reunions/2026-02-19/", "Un chart Helm", "Helm à grande échelle"],
  ] as const) {
    await page.goto(`${site.origin}${url}`);
    await expect(page.locator("#meeting-demos + ul").getByRole("link", { name: demo })).toBeVisible();
    const related = page.locator(".related");
    await expect(related.getByRole("link", { name: post })).toBeVisible();
    await expect(related.getByRole("link", { name: demo })).toHaveCount(0);
    await expect(page.getByRole("link", { name: demo })).toHaveCount(1);
  }
});
