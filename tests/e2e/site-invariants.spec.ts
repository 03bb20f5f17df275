import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.resolve("_site");

async function htmlPages(): Promise<{ url: string; html: string }[]> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html"));
  return Promise.all(
    files.map(async (file) => ({
      url: `/${file
        .replace(/index\.html$/, "")
        .split(path.sep)
        .join("/")}`,
      html: await readFile(path.join(root, file), "utf8"),
    })),
  );
}

// What every built page owes its readers and search engines.
test("every page has a language, a unique title, a canonical URL and its twin", async () => {
  const pages = await htmlPages();
  expect(pages.length).toBeGreaterThan(10);
  const titles = new Map<string, string>();
  for (const { url, html } of pages) {
    expect(html, url).toMatch(/^<!DOCTYPE html>\n<html lang="(en|fr)"/);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, `${url} has a title`).toBeTruthy();
    if (html.includes('name="robots" content="noindex"')) continue; // notices and redirects
    expect(titles.get(title ?? ""), `${url} and ${titles.get(title ?? "")} share the title "${title}"`).toBeUndefined();
    titles.set(title ?? "", url);
    if (url === "/404.html") continue;
    expect(html, `${url} canonical`).toMatch(/<link rel="canonical" href="https:\/\/govcloud\.ca\//);
    expect(html, `${url} hreflang`).toMatch(/<link rel="alternate" hreflang="(en|fr)" href="https:\/\/govcloud\.ca\//);
  }
});

test("no page loads anything from another site", async () => {
  for (const { url, html } of await htmlPages()) {
    const external = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]*"/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="(canonical|alternate)"/.test(tag));
    expect(external, url).toEqual([]);
  }
});
