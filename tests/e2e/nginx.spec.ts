import { execFile } from "node:child_process";
import { chmod, cp, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { startNginx, type RunningNginx } from "../../src/tools/nginx.ts";
import { freePort, nginxInstalled } from "../helpers/nginx.ts";
import { templatePages } from "./pages.ts";
import { tempDir } from "../../scripts/lib/temp-dir.ts";

// The production web server (deploy/nginx.conf) in front of the built site, as in the image.
// One nginx for the whole file, started on a free port and stopped by its own PID.
test.describe.configure({ mode: "serial" });
test.skip(!nginxInstalled() && !process.env.CI, "nginx is not installed (apt-get install nginx); CI always runs these");

let nginx: RunningNginx;
let siteCopy: string;
let base: string;

test.beforeAll(async () => {
  // A copy of _site/ with a Pagefind index, so search is proven even before the build makes one.
  siteCopy = await tempDir("govcloud-site-");
  await cp("_site", siteCopy, { recursive: true });
  await chmod(siteCopy, 0o755); // readable by nginx's workers, which drop root
  if (!existsSync(path.join(siteCopy, "pagefind"))) {
    await promisify(execFile)(process.execPath, [path.resolve("node_modules/pagefind/lib/runner/bin.cjs"), "--site", siteCopy]);
  }
  const port = Number(process.env.NGINX_E2E_PORT ?? 0) || (await freePort());
  nginx = await startNginx({ siteDir: siteCopy, port, stdio: "ignore" });
  base = nginx.url;
});

test.afterAll(async () => {
  if (nginx?.process.pid) process.kill(nginx.process.pid, "SIGQUIT");
  await nginx?.stop();
  await rm(siteCopy, { recursive: true, force: true });
});

const securityHeaders = ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "permissions-policy"];

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${url}`, { redirect: "manual", headers });
}

function expectHardened(response: Response): void {
  for (const name of securityHeaders) expect(response.headers.get(name), `${name} on ${response.status} ${response.url}`).toBeTruthy();
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
  expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  // 'wasm-unsafe-eval' lets WebAssembly compile (Pagefind) and nothing else; no other unsafe-*.
  expect(csp.replace(/'wasm-unsafe-eval'/g, "")).not.toMatch(/unsafe/);
  expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toMatch(/^(no-referrer|same-origin|strict-origin)$/);
}

test("pages, redirects, errors and probes all carry the security headers", async () => {
  const page = await get("/en/");
  expect(page.status).toBe(200);
  expectHardened(page);
  const redirect = await get("/en/meetings");
  expect(redirect.status).toBe(301);
  expectHardened(redirect);
  const missing = await get("/en/no-such-page/");
  expect(missing.status).toBe(404);
  expectHardened(missing);
  const health = await get("/healthz");
  expect(health.status).toBe(200);
  expect(await health.text()).toBe("ok\n");
  expectHardened(health);
});

test("pretty URLs: a folder without its slash redirects to it, on this host", async () => {
  const redirect = await get("/en/meetings");
  expect(redirect.headers.get("location")).toBe("/en/meetings/");
  const french = await get("/fr/reunions/2018-03-22");
  expect(french.status).toBe(301);
  expect(french.headers.get("location")).toBe("/fr/reunions/2018-03-22/");
  const page = await get("/en/meetings/");
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("<h1");
});

test("an unknown URL answers 404 with the bilingual not-found page", async () => {
  const response = await get("/fr/pas/de/page");
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain("We couldn’t find that Web page");
  expect(html).toContain("Nous ne pouvons trouver cette page Web");
});

test("a missing page deep in the site looks like every other page, in English and in French", async ({ page }) => {
  const response = await page.goto(`${base}/fr/pas/de/page/`);
  expect(response?.status()).toBe(404);
  const brand = page.getByRole("banner").getByRole("link", { name: /GoC Cloud Native/ });
  await expect(brand).toContainText("Infonuagique native du GC");
  await expect(brand).toHaveAttribute("href", "/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "About", exact: true })).toHaveAttribute("href", "/en/about/");
  await expect(footer.getByRole("link", { name: "À propos", exact: true })).toHaveAttribute("href", "/fr/a-propos/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(["We couldn’t find that Web page", "Nous ne pouvons trouver cette page Web"]);
  // The site's stylesheet and fonts, found from this path too: the headings are in Lato, the text in Noto Sans.
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page
      .locator("h1")
      .first()
      .evaluate((h1) => getComputedStyle(h1).fontFamily),
  ).toMatch(/^"?Lato"?,/);
  expect(await page.evaluate(() => document.fonts.check("700 16px Lato") && document.fonts.check("400 16px 'Noto Sans'"))).toBe(true);
  expect(await page.locator("body").innerText()).not.toContain("'");
  await page.getByRole("link", { name: "Retourner à la page d’accueil" }).click();
  await expect(page).toHaveURL(`${base}/fr/`);
});

test("fingerprinted assets are cached for a year, HTML only briefly", async () => {
  const html = await (await get("/en/")).text();
  const stylesheet = html.match(/href="(\/assets\/site\.[0-9a-f]+\.css)"/)?.[1];
  expect(stylesheet).toBeTruthy();
  const css = await get(stylesheet ?? "");
  expect(css.status).toBe(200);
  expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  const fonts = await readdir(path.join(siteCopy, "assets", "fonts"));
  const font = await get(`/assets/fonts/${fonts[0]}`);
  expect(font.headers.get("content-type")).toBe("font/woff2");
  expect(font.headers.get("cache-control")).toContain("immutable");
  const page = await get("/en/");
  const maxAge = Number(page.headers.get("cache-control")?.match(/max-age=(\d+)/)?.[1]);
  expect(maxAge).toBeLessThanOrEqual(600);
  expect(page.headers.get("cache-control")).not.toContain("immutable");
  expect((await get("/healthz")).headers.get("cache-control")).toBe("no-store");
});

test("text is gzipped for clients that accept it", async () => {
  for (const url of ["/en/", "/en/meetings/"]) {
    const response = await get(url, { "accept-encoding": "gzip" });
    expect(response.headers.get("content-encoding"), url).toBe("gzip");
    expect(response.headers.get("vary")).toMatch(/Accept-Encoding/i);
  }
  const plain = await get("/en/", { "accept-encoding": "identity" });
  expect(plain.headers.get("content-encoding")).toBeNull();
});

/** Every CSP refusal Chromium reports: console messages and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: store });
    document.addEventListener("securitypolicyviolation", (event) => store.push(`${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

const pages = [...Object.values(templatePages.en), ...Object.values(templatePages.fr), "/", "/no/such/page/"];

test("every page template renders with zero CSP violations", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const url of pages) {
    const response = await page.goto(`${base}${url}`);
    expect(response?.headers()["content-security-policy"], url).toContain("default-src 'none'");
    await page.waitForLoadState("load");
    // The stylesheet and self-hosted fonts really applied (a CSP refusal would leave defaults).
    expect(await page.evaluate(() => document.styleSheets.length), url).toBeGreaterThan(0);
    expect(await violations(), url).toEqual([]);
  }
});

test("Pagefind search compiles its WebAssembly and answers under the CSP", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(`${base}/en/`);
  const found = await page.evaluate(async () => {
    const entry = "/pagefind/pagefind.js";
    const pagefind = (await import(entry)) as { search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const search = await pagefind.search("kubernetes");
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  });
  expect(found).toContain("/en/meetings/2018-03-22/");
  expect(await violations()).toEqual([]);
});

test("the YouTube player may be framed from youtube-nocookie.com only", async ({ page }) => {
  const violations = await watchCsp(page);
  // Nothing leaves the machine: the player is a local stand-in.
  await page.route("https://www.youtube-nocookie.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>player</p>" }));
  await page.route("https://www.youtube.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>tracking player</p>" }));
  await page.goto(`${base}/en/demos/docker-sas4c/`);
  const frame = (src: string) =>
    page.evaluate((url) => {
      const iframe = document.createElement("iframe");
      iframe.src = url;
      iframe.title = "video";
      document.body.append(iframe);
    }, src);
  await frame("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  await expect(page.frameLocator('iframe[src*="youtube-nocookie"]').getByText("player")).toBeVisible();
  expect(await violations()).toEqual([]);
  await frame("https://www.youtube.com/embed/dQw4w9WgXcQ");
  // Chromium reports the refusal both in the console and as an event, in either order; both say frame-src.
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  for (const violation of await violations()) expect(violation).toMatch(/frame-src[\s\S]*www\.youtube\.com|www\.youtube\.com[\s\S]*frame-src/);
});

test("the site refuses to be framed by another page (clickjacking)", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("frame-ancestors")) refusals.push(message.text());
  });
  await page.setContent(`<iframe src="${base}/en/" title="framed"></iframe>`);
  await expect.poll(() => refusals.length).toBe(1);
  // Chromium shows its own error page in the frame instead of the site.
  expect(page.frames()[1]?.url()).toMatch(/^chrome-error:/);
});

test("a slide deck's presentation and speaker view work under the production headers", async ({ page, context }) => {
  const deck = "/en/slides/containers-and-kubernetes/";
  const present = await get(`${deck}present/`);
  expect(present.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  expect(present.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'/);
  const reading = await get(deck);
  expectHardened(reading);
  expect(reading.headers.get("x-frame-options")).toBe("DENY");

  const refused: string[] = [];
  context.on("console", (message) => {
    if (/Content.Security.Policy|frame-ancestors|X-Frame-Options/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${base}${deck}present/`);
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".reveal .slides > section.present").getByRole("heading", { name: "Why containers" })).toBeVisible();
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.locator(".speaker-controls-notes .value")).toContainText("71% of Fortune 100");
  // The speaker view shows the current and next slides in frames of the deck.
  await expect(speaker.frameLocator("#current-slide iframe").locator(".reveal")).toBeVisible();
  expect(refused).toEqual([]);
});
