import { expect, test } from "@playwright/test";
import { en } from "../../src/content/i18n/en.ts";
import { fr } from "../../src/content/i18n/fr.ts";

/**
 * English UI strings that may legitimately appear on a French page: the names of the
 * language toggle's target and words that are the same in both languages.
 */
const alsoFrench = new Set<string>(["Français"]);

/** Each English value that differs from its French one, as a whole-word pattern ({params} match anything). */
const englishStrings = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== fr[key] && !alsoFrench.has(en[key]))
  .map((key) => {
    const text = en[key];
    const pattern = text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+?");
    return { key, text, pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${pattern}($|[^\\p{L}\\p{N}])`, "u") };
  });

test("no English interface string appears on any French page", async ({ page }) => {
  test.setTimeout(120_000);
  const queue = ["/fr/"];
  const seen = new Set(queue);
  const found: string[] = [];
  while (queue.length) {
    const url = queue.shift() ?? "";
    await page.goto(url);
    // Visible text and the attributes people hear or see, outside blocks marked as another language.
    const { texts, links } = await page.evaluate(() => {
      const foreign = (el: Element) => el.closest("[lang]")?.getAttribute("lang") !== "fr";
      const texts: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && !foreign(parent) && !parent.closest("script, style")) texts.push(node.textContent ?? "");
      }
      for (const el of document.querySelectorAll("[title], [aria-label], [alt], [placeholder]")) {
        if (foreign(el)) continue;
        for (const name of ["title", "aria-label", "alt", "placeholder"]) {
          const value = el.getAttribute(name);
          if (value) texts.push(value);
        }
      }
      const links = [...document.querySelectorAll("a[href]")]
        .map((a) => new URL(a.getAttribute("href") ?? "", location.href))
        .filter((u) => u.origin === location.origin && u.pathname.startsWith("/fr/") && !/\.(xml|json|ics)$/.test(u.pathname))
        .map((u) => u.pathname);
      return { texts, links };
    });
    for (const text of texts) {
      for (const english of englishStrings) {
        if (english.pattern.test(text)) found.push(`${url}: "${english.text}" (${english.key}) in "${text.trim().slice(0, 80)}"`);
      }
    }
    for (const link of links) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(12);
  expect(found).toEqual([]);
});
