import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { templatePages } from "./pages.ts";

const pages = [
  ...Object.entries(templatePages.en),
  ...Object.entries(templatePages.fr).map(([name, url]) => [`fr ${name}`, url] as const),
  ["splash", "/"] as const,
  ["404", "/no/such/page/"] as const,
];

// WCAG 2.1 AA, the standard the Government of Canada holds its sites to.
for (const [name, url] of pages) {
  test(`axe finds no WCAG 2.1 AA violation on ${name} (${url})`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator("h1").first()).not.toBeEmpty();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
