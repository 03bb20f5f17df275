import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const decks = {
  en: { reading: "/en/slides/containers-and-kubernetes/", present: "/en/slides/containers-and-kubernetes/present/", meeting: "/en/meetings/2018-03-22/" },
  fr: {
    reading: "/fr/presentations/conteneurs-et-kubernetes/",
    present: "/fr/presentations/conteneurs-et-kubernetes/presenter/",
    meeting: "/fr/reunions/2018-03-22/",
  },
};

/** Fails the test if the page asks anything of another site. */
function stayOnSite(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "about:" && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  return outside;
}

test.describe("reading a slide deck as a page", () => {
  test("without JavaScript: every slide and its notes, and a way into the slideshow", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(decks.en.reading);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Containers and Kubernetes");
    await expect(page.locator("article[data-pagefind-body] section.slide")).toHaveCount(6);
    await expect(page.locator("section.slide").nth(1)).toContainText("Slide 2 of 6");
    await expect(page.locator("section.slide").nth(1).getByRole("heading", { level: 3, name: "Why containers" })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Speaker notes (2)" })).toContainText("71% of Fortune 100");
    await expect(page.getByRole("link", { name: "Present this deck" })).toHaveAttribute("href", decks.en.present);
    await context.close();
  });

  test("the deck links to its meeting, and the meeting back to the deck, in each language", async ({ page }) => {
    for (const lang of ["en", "fr"] as const) {
      await page.goto(decks[lang].reading);
      await page.locator(".meta").getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${decks[lang].meeting}$`));
      await page
        .locator(".meta")
        .getByRole("link", { name: lang === "en" ? "Containers and Kubernetes" : "Conteneurs et Kubernetes" })
        .click();
      await expect(page).toHaveURL(new RegExp(`${decks[lang].reading}$`));
    }
  });
});

test.describe("presenting a slide deck", () => {
  test("arrow keys move between slides, rendered at build time, with nothing loaded from elsewhere", async ({ page }) => {
    const outside = stayOnSite(page);
    await page.goto(decks.en.present);
    const current = page.locator(".reveal .slides > section.present");
    await expect(current).toContainText("GoC Cloud Native, first meeting");
    await page.keyboard.press("ArrowRight");
    await expect(current.getByRole("heading", { name: "Why containers" })).toBeVisible();
    await expect(page).toHaveURL(/#\/1$/);
    await page.keyboard.press("ArrowRight");
    await expect(current.getByRole("heading", { name: "Design principles" })).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(current.getByRole("heading", { name: "Why containers" })).toBeVisible();
    // The first slide's <!-- .slide: --> attributes reached its <section>.
    await expect(page.locator(".reveal .slides > section").first()).toHaveAttribute("data-background-color", "#26374a");
    expect(outside).toEqual([]);
  });

  test("the speaker view opens with the current slide's notes", async ({ page, context }) => {
    await page.goto(decks.en.present);
    await expect(page.locator(".reveal .slides > section.present")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
    await expect(speaker.locator(".speaker-controls-notes .value")).toContainText("71% of Fortune 100");
  });

  test("full screen from the keyboard (F) and from the button", async ({ page }) => {
    await page.goto(decks.en.present);
    await expect(page.locator(".reveal .slides > section.present")).toBeVisible();
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.getByRole("button", { name: "Full screen" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  });

  test("in French, the controls speak French", async ({ page }) => {
    await page.goto(decks.fr.present);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("button", { name: "Diapositive suivante" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Quitter le diaporama" })).toHaveAttribute("href", decks.fr.reading);
  });

  for (const lang of ["en", "fr"] as const) {
    test(`screen-reader-only text is not shown on the slides (${lang})`, async ({ page }) => {
      await page.goto(`${decks[lang].present}#/5`);
      const link = page.locator(".reveal .slides > section.present a[href='https://github.com/govcloud']");
      await expect(link).toBeVisible();
      // "(external link)" / "(lien externe)" is read out, not drawn: its box is the 1 px of .visually-hidden.
      const hint = link.locator(".visually-hidden");
      await expect(hint).toHaveText(lang === "en" ? /external link/ : /lien externe/);
      const box = await hint.boundingBox();
      expect(box?.width).toBeLessThanOrEqual(1);
    });

    test(`the presentation has the site's icon and previews as the deck when shared (${lang})`, async ({ page, request }) => {
      await page.goto(decks[lang].present);
      const icon = await page.locator("link[rel=icon]").getAttribute("href");
      expect(icon).toBeTruthy();
      const iconResponse = await request.get(icon ?? "");
      expect(iconResponse.status()).toBe(200);
      expect(iconResponse.headers()["content-type"]).toMatch(/^image\//);
      // Browsers, feed readers and calendar apps ask for /favicon.ico without reading a page.
      const ico = await request.get("/favicon.ico");
      expect(ico.status()).toBe(200);
      expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
      const title = lang === "en" ? "Containers and Kubernetes" : "Conteneurs et Kubernetes";
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `https://govcloud.ca${decks[lang].reading}`);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", lang === "en" ? "en_CA" : "fr_CA");
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    });

    test(`axe finds no WCAG 2.1 AA violation on the presentation (${lang})`, async ({ page }) => {
      await page.goto(decks[lang].present);
      await expect(page.locator(".reveal .slides > section.present")).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});

test("the slideshow and its speaker view work under a strict Content-Security-Policy", async ({ page, context }) => {
  const { presentationPolicy } = await import("../../src/outputs/slides/csp.ts");
  const policy = presentationPolicy();
  const violations: string[] = [];
  await context.route(/\/present\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
  });
  // Both windows: the presentation and the speaker view it opens.
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(decks.en.present);
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".reveal .slides > section.present").getByRole("heading", { name: "Why containers" })).toBeVisible();
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.locator(".speaker-controls-notes .value")).toContainText("71% of Fortune 100");
  expect(violations).toEqual([]);
});
