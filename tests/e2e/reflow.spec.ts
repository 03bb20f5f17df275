import { expect, test } from "@playwright/test";
import { templatePages } from "./pages.ts";

// WCAG 1.4.10 Reflow: at 320 CSS px wide (1280 px zoomed to 400 %) nothing scrolls sideways.
const pages = [
  ...Object.entries(templatePages.en).map(([name, url]) => [`en ${name}`, url] as const),
  ...Object.entries(templatePages.fr).map(([name, url]) => [`fr ${name}`, url] as const),
  ["splash", "/"] as const,
  ["404", "/no/such/page/"] as const,
];

test.use({ viewport: { width: 320, height: 640 } });

for (const [name, url] of pages) {
  test(`at 320 px, ${name} (${url}) does not scroll sideways`, async ({ page }) => {
    await page.goto(url);
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      // The elements that stick out, to say what to fix (those inside a scrolling box are fine).
      const wide = [...document.body.querySelectorAll("*")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
        .filter((element) => !element.parentElement?.closest(".table-scroll, pre"))
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""}: ${element.textContent?.trim().slice(0, 40)}`,
        );
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(scrollWidth, `${url} is ${scrollWidth} px wide; sticking out: ${wide.join(" | ")}`).toBeLessThanOrEqual(clientWidth);
  });
}
