import { expect, test, type Page } from "@playwright/test";
import { metaPolicy, sitePolicy } from "../../src/outputs/deploy/csp.ts";
import { presentationPolicy } from "../../src/outputs/slides/csp.ts";
import { templatePages } from "./pages.ts";

// GitHub Pages sends no Content-Security-Policy header; neither does the plain static server
// this suite uses (tests/serve-site.ts). Each page's own <meta> policy must protect readers.

/** What a contributor's HTML would be if it ever slipped past the checks and the sanitiser. */
const injected = '<script>window.injectedScriptRan = true</script><img src="/favicon.svg" alt="" onload="window.injectedHandlerRan = true">';

/** Serves `url` with the injection at the top of <body>, the meta policy kept or removed. */
async function injectInto(page: Page, url: string, options: { removePolicy: boolean }): Promise<void> {
  await page.route(`**${url}`, async (route) => {
    const response = await route.fetch();
    let html = await response.text();
    if (options.removePolicy) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
    await route.fulfill({ response, body: html.replace(/<body([^>]*)>/, `<body$1>${injected}`) });
  });
  // Listens before the document is parsed, so violations of the injected markup are seen.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.effectiveDirective));
  });
}

async function ran(page: Page): Promise<{ script: unknown; handler: unknown; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean; violations: string[] };
    return { script: w.injectedScriptRan, handler: w.injectedHandlerRan, violations: w.violations };
  });
}

const pages = [...Object.entries(templatePages.en), ...Object.entries(templatePages.fr), ["splash", "/"], ["not found", "/no-such-page/"]] as const;

for (const [name, url] of pages) {
  test(`${name} (${url}) carries the site's policy in <head> though the server sends none`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.headers()["content-security-policy"]).toBeUndefined();
    const head = await page.evaluate(() => [...document.head.children].slice(0, 2).map((e) => e.outerHTML));
    expect(head[0]).toBe('<meta charset="utf-8">');
    expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(metaPolicy(sitePolicy()));
    expect(head[1]).toContain('http-equiv="Content-Security-Policy"');
  });
}

test("inline script and event handlers injected into a page are blocked by the meta policy alone", async ({ page }) => {
  await injectInto(page, "/en/blog/welcome/", { removePolicy: false });
  const response = await page.goto("/en/blog/welcome/");
  expect(response?.headers()["content-security-policy"]).toBeUndefined();
  await expect(page.locator("img[onload]")).toHaveJSProperty("complete", true);
  await expect.poll(async () => (await ran(page)).violations).toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
  const result = await ran(page);
  expect(result.script).toBeUndefined();
  expect(result.handler).toBeUndefined();
});

test("without the meta policy the same injection runs (what the policy is for)", async ({ page }) => {
  await injectInto(page, "/en/blog/welcome/", { removePolicy: true });
  await page.goto("/en/blog/welcome/");
  await expect.poll(async () => (await ran(page)).handler).toBe(true);
  expect((await ran(page)).script).toBe(true);
});

test("a presentation page carries its own policy, which blocks injected inline script too", async ({ page }) => {
  const url = `${templatePages.en.deck}present/`;
  await injectInto(page, url, { removePolicy: false });
  await page.goto(url);
  expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(metaPolicy(presentationPolicy()));
  await expect.poll(async () => (await ran(page)).violations).toContain("script-src-elem");
  expect((await ran(page)).script).toBeUndefined();
  // The slideshow itself still starts under it.
  await expect(page.locator(".reveal .slides > section.present")).toBeVisible();
});
