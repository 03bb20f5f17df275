import { expect, test, type Page } from "@playwright/test";

const homes = { en: "/en/", fr: "/fr/" } as const;

/** The widths of the text at the top of the page: site name, menu, heading. They depend on the font drawn. */
function topWidths(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".brand, .site-nav a, main h1")].map((element) => Math.round(element.getBoundingClientRect().width * 10) / 10),
  );
}

for (const [lang, home] of Object.entries(homes)) {
  test(`on a slow first visit the page ends in the site's fonts, as every later page does (${lang})`, async ({ browser }) => {
    const fast = await browser.newPage();
    await fast.goto(home);
    await fast.evaluate(() => document.fonts.ready);
    const expected = await topWidths(fast);
    await fast.close();

    // The fonts take a second to come: a first visit on a slow connection.
    const context = await browser.newContext();
    await context.route("**/assets/fonts/*.woff2", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const slow = await context.newPage();
    await slow.goto(home);
    await slow.evaluate(() => document.fonts.ready);
    await expect.poll(() => topWidths(slow), { timeout: 5000 }).toEqual(expected);
    expect(await slow.evaluate(() => document.fonts.check("700 16px 'Noto Sans'") && document.fonts.check("700 16px Lato"))).toBe(true);
    await context.close();
  });
}
