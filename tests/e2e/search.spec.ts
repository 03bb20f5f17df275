import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { t } from "../../src/content/i18n/index.ts";

/** Search on the real content: the first meeting's minutes and its two demos. */
const langs = {
  en: {
    search: "/en/search/",
    demo: "/en/demos/docker-sas4c/",
    drupalDemo: "Drupal WxT site (site-wxt)",
    minutes: "First meeting of GoC Cloud Native",
    post: "Welcome to the new govcloud.ca",
    demoType: "Demo",
    nojs: "needs JavaScript",
    meetingsLink: "Meetings by year",
  },
  fr: {
    search: "/fr/recherche/",
    demo: "/fr/demos/docker-sas4c/",
    drupalDemo: "Site Drupal WxT (site-wxt)",
    minutes: "Première rencontre du groupe Infonuagique native du GC",
    post: "Bienvenue sur le nouveau govcloud.ca",
    demoType: "Démo",
    nojs: "nécessite JavaScript",
    meetingsLink: "Réunions par année",
  },
} as const;

const results = (page: Page) => page.locator("#search-results > li");
const titles = (page: Page) => page.locator("#search-results > li h2");

for (const [lang, l] of Object.entries(langs)) {
  test.describe(`search (${lang})`, () => {
    test("typing a query shows the matching demo, with its type, date and highlighted excerpt", async ({ page }) => {
      await page.goto(l.search);
      await page.getByRole("searchbox").first().pressSequentially("drupal");
      // The demo, the project it showed and the minutes that name it.
      const demo = results(page).filter({ has: page.locator("h2", { hasText: l.drupalDemo }) });
      await expect(demo).toHaveCount(1);
      await expect(demo.locator(".search-result-meta")).toContainText(l.demoType);
      await expect(demo.locator(".search-result-meta")).toContainText("2018");
      await expect(demo.locator("mark").first()).toHaveText(/drupal/i);
      await expect(page.getByRole("status")).toHaveText(/3/);
      await expect(page).toHaveURL(/[?&]q=drupal/);
    });

    test("filtering by type and by year narrows the results and is kept in the URL", async ({ page }) => {
      await page.goto(`${l.search}?q=govcloud`);
      // The count is announced once every result of the first page is shown.
      await expect(page.getByRole("status")).toHaveText(/govcloud/);
      const all = await results(page).count();
      expect(all).toBeGreaterThan(2);
      await page.locator("#search-type").selectOption("demo");
      await expect(page).toHaveURL(/type=demo/);
      await expect(results(page)).toHaveCount(1);
      await expect(titles(page)).toHaveText(["docker-sas4c"]);
      await page.locator("#search-type").selectOption("");
      await expect(results(page)).toHaveCount(all);
      await page.locator("#search-year").selectOption("2026");
      await expect(page).toHaveURL(/year=2026/);
      await expect(titles(page)).toHaveText([l.post]);
    });

    test("a shared URL restores the query and filters, and the back button restores the previous search", async ({ page }) => {
      await page.goto(`${l.search}?q=containers&type=demo`);
      await expect(page.locator("#search-q")).toHaveValue("containers");
      await expect(page.locator("#search-type")).toHaveValue("demo");
      await expect(results(page)).toHaveCount(2);
      await page.locator("#search-type").selectOption("meeting");
      await expect(titles(page)).toHaveText([l.minutes]);
      await expect(page).toHaveURL(/type=meeting/);
      await page.goBack();
      await expect(page).toHaveURL(/type=demo/);
      await expect(page.locator("#search-type")).toHaveValue("demo");
      await expect(results(page)).toHaveCount(2);
    });

    test("the search page is usable with the keyboard alone", async ({ page }) => {
      await page.goto(l.search);
      await page.locator("#search-q").focus();
      await page.keyboard.type("sas4c");
      await page.keyboard.press("Enter");
      await expect(titles(page).first()).toHaveText("docker-sas4c");
      // Tab through the filters to the first result's link, and follow it.
      for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement?.closest("#search-results") !== null)); i++) await page.keyboard.press("Tab");
      await expect(page.locator("#search-results a").first()).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${l.demo}$`));
    });

    test("the header search box on a content page leads to the results", async ({ page }) => {
      await page.goto(l.demo);
      const box = page.locator("header").getByRole("searchbox");
      await box.fill("helm");
      await box.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${l.search}\\?q=helm$`));
      await expect(titles(page).first()).toHaveText(l.minutes);
    });

    test("axe finds no WCAG 2.1 AA violation on the search page with results shown", async ({ page }) => {
      await page.goto(`${l.search}?q=containers`);
      await expect(titles(page).first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  });

  test.describe(`search without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false });

    test("the form still submits and the page says search needs JavaScript, with links to the archives", async ({ page }) => {
      await page.goto(l.demo);
      const box = page.locator("header").getByRole("searchbox");
      await box.fill("helm");
      await box.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${l.search}\\?q=helm$`));
      await expect(page.locator("#search-nojs")).toBeVisible();
      await expect(page.locator("#search-nojs")).toContainText(l.nojs);
      await page.getByRole("link", { name: l.meetingsLink }).click();
      await expect(page.locator("h1")).not.toBeEmpty();
      expect(new URL(page.url()).pathname).not.toBe(l.search);
    });
  });
}

/** What the built index holds of each page a query finds: its URL and its whole indexed text. */
async function indexedText(page: Page, searchPage: string, query: string): Promise<Map<string, string>> {
  await page.goto(searchPage);
  const pages = await page.evaluate(async (q) => {
    const entry = "/pagefind/pagefind.js";
    const pagefind = (await import(entry)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }> };
    const search = await pagefind.search(q);
    return Promise.all(search.results.map(async (result) => (({ url, content }) => [url, content] as const)(await result.data())));
  }, query);
  return new Map(pages);
}

for (const lang of ["en", "fr"] as const) {
  test(`results show a page's own text, not the interface around it (${lang})`, async ({ page }) => {
    const deck = lang === "en" ? "/en/slides/containers-and-kubernetes/" : "/fr/presentations/conteneurs-et-kubernetes/";
    const minutes = lang === "en" ? "/en/meetings/2018-03-22/" : "/fr/reunions/2018-03-22/";
    const pages = await indexedText(page, langs[lang].search, "kubernetes");
    const deckText = pages.get(deck) ?? "";
    expect(deckText).toContain(lang === "en" ? "Why containers" : "Pourquoi les conteneurs");
    for (const ui of [
      t(lang, "slides_present"),
      t(lang, "slides_present_hint").slice(0, 30),
      t(lang, "slides_slide_number", { number: 2, total: 6 }),
      t(lang, "slides_notes"),
      t(lang, "link_external"),
    ]) {
      expect(deckText).not.toContain(ui);
    }
    const minutesText = pages.get(minutes) ?? "";
    expect(minutesText).toContain(lang === "en" ? "Welcome and purpose" : "Accueil et raison d’être");
    for (const ui of [t(lang, "meeting_demos"), t(lang, "meeting_see_open_items")]) expect(minutesText).not.toContain(ui);
    // Tags are searchable once, from the facts (src/outputs/search/facts.ts), not again as a list of words.
    expect(minutesText.match(/Helm\W+(Open source|Code source ouvert)/g)).toEqual([lang === "en" ? "Helm, Open source" : "Helm, Code source ouvert"]);
  });
}

test("French search is accent-insensitive: “deploiement” finds “déploiement”", async ({ page }) => {
  await page.goto("/fr/recherche/");
  await page.locator("#search-q").pressSequentially("deploiement");
  // The minutes and the deck shown at that meeting both say « déploiement ».
  await expect(titles(page).filter({ hasText: langs.fr.minutes })).toHaveCount(1);
  await expect(results(page).first().locator("mark").first()).toHaveText(/déploiement/);
});

test("no search script and no Pagefind file load on ordinary pages", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/en/demos/docker-sas4c/");
  await expect(page.locator("h1")).toHaveText("docker-sas4c");
  expect(requested.filter((path) => path.startsWith("/pagefind/") || path.includes("/search."))).toEqual([]);
  expect(await page.locator("script").count()).toBe(0);
});

test("every request of a search stays on the site", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto("/en/search/?q=kubernetes");
  await expect(titles(page).first()).toBeVisible();
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
});

test("the language toggle keeps the search", async ({ page }) => {
  await page.goto("/en/search/?q=containers&type=demo");
  await expect(titles(page).first()).toBeVisible();
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=containers&type=demo$/);
  await expect(page.locator("#search-q")).toHaveValue("containers");
  await expect(results(page)).toHaveCount(2);
});
