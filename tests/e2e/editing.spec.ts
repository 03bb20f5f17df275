import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { fixtureProject, page as fixturePage, runCli } from "../../scripts/lib/fixture-site.ts";

// An author saves a post under `npm start` and sees it: a fixture, its own dev server.
test.describe.configure({ mode: "serial" });
const port = 8491;
let dir = "";
let server: DevServer | undefined;
const post = () => path.join(dir, "content", "en", "posts", "2026-01-15-hello.md");

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = await fixtureProject({
    "en/people/ada.md": fixturePage("name: Ada Lovelace"),
    "fr/people/ada.md": fixturePage("name: Ada Lovelace"),
    "en/posts/2026-01-15-hello.md": fixturePage("title: Hello\ndate: 2026-01-15\nsummary: In both languages.\nauthors: [ada]\ntags: [helm]", "The first body."),
    "fr/posts/2026-01-15-hello.md": fixturePage("title: Bonjour\ndate: 2026-01-15\nsummary: Dans les deux langues.\nauthors: [ada]\ntags: [helm]"),
    "en/posts/2026-02-01-other.md": fixturePage("title: Another post\ndate: 2026-02-01\nsummary: Shares a tag.\ntags: [helm]"),
  });
  server = await startDevServer(dir, port);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("dev server log", { body: server?.log() ?? "", contentType: "text/plain" });
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function save(edit: (text: string) => string): Promise<number> {
  const from = server?.log().length ?? 0;
  await writeFile(post(), edit(await readFile(post(), "utf8")));
  return from;
}

/**
 * Save, then wait for a rebuild that wrote pages (pages opened later must not race it). A build
 * that failed writes 0 files: the watcher may see the file emptied before the text arrives, as
 * with any editor that saves in place, and the build after it is the one to wait for.
 */
async function saveAndWait(edit: (text: string) => string): Promise<void> {
  const from = await save(edit);
  await server?.printed(/Wrote [1-9]\d* files?[^\n]*\n[^]*Watching/, from, 30_000);
}

test("a saved body shows on the post page without reloading by hand", async ({ page }) => {
  await page.goto(`${server?.origin}/en/blog/hello/`);
  await expect(page.getByText("The first body.")).toBeVisible();
  await save((text) => text.replace("The first body.", "A second body."));
  // The dev server reloads the open page itself.
  await expect(page.getByText("A second body.")).toBeVisible({ timeout: 20_000 });
});

test("a saved body rewrites its own page and leaves pages it does not change as they were", async () => {
  // What keeps a save fast at 4,000 pages (about 0.2 s instead of 2 s): the dev server narrows
  // Eleventy's ignores for the next build from its beforeWatch event (src/build/dev-server/), which
  // works because Eleventy 3.1.8 (pinned) reads them again after that event. This fails if it stops.
  const output = (url: string) => path.join(dir, "_dev-site", url, "index.html");
  const written = async (url: string) => (await stat(output(url))).mtimeMs;
  const before = { post: await written("en/blog/hello"), other: await written("en/blog/other"), home: await written("en") };
  await saveAndWait((text) => text.replace(/(The first body\.|A second body\.)/, "$1 And a third."));
  expect(await readFile(output("en/blog/hello"), "utf8")).toContain("And a third.");
  expect(await written("en/blog/hello")).toBeGreaterThan(before.post);
  expect(await written("en/blog/other")).toBe(before.other);
  expect(await written("en")).toBe(before.home);
});

test("a saved title shows on the post, the blog list, the author's page and related posts", async ({ page }) => {
  await saveAndWait((text) => text.replace("title: Hello", "title: Hello again"));
  await page.goto(`${server?.origin}/en/blog/hello/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Hello again/);
  for (const url of ["/en/blog/", "/en/people/ada/", "/en/blog/other/"]) {
    await page.goto(`${server?.origin}${url}`);
    await expect(page.getByRole("link", { name: "Hello again" }).first(), url).toBeVisible();
  }
});

test("a bad save is reported as path:line: message, and the next good save recovers", async ({ page }) => {
  const from = await save((text) => text.replace("date: 2026-01-15", "date: 2026-13-45"));
  await server?.printed(/content\/en\/posts\/2026-01-15-hello\.md:3: date: /, from, 20_000);
  await server?.printed(/nothing rendered until the next good save/, from, 20_000);
  // One message per problem, and no stack trace after it.
  expect(
    server
      ?.log()
      .slice(from)
      .match(/2026-01-15-hello\.md:3: date: /g),
  ).toHaveLength(1);
  expect(server?.log().slice(from)).not.toMatch(/Original error stack trace|\n\s+at /);
  await saveAndWait((text) => text.replace("date: 2026-13-45", "date: 2026-01-15").replace("A second body.", "A fixed body."));
  await page.goto(`${server?.origin}/en/blog/hello/`);
  await expect(page.getByText("A fixed body.")).toBeVisible();
});

test("a wrong new file blocks the build until it is deleted; the next save then renders, without it", async ({ page }) => {
  const wrong = path.join(dir, "content", "en", "posts", "2026-03-01-wrong.md");
  let from = server?.log().length ?? 0;
  await writeFile(wrong, fixturePage("title: Wrong\ndate: 2026-02-30\nsummary: s"));
  await server?.printed(/content\/en\/posts\/2026-03-01-wrong\.md:3: date: /, from, 20_000);
  from = server?.log().length ?? 0;
  await rm(wrong);
  // Eleventy notices the deletion (it does not rebuild for it); the author then saves a page.
  await server?.printed(/File deleted: \S*2026-03-01-wrong\.md/, from, 20_000);
  from = server?.log().length ?? 0;
  await saveAndWait((text) => text.replace("A fixed body.", "Saved after the deletion."));
  expect(server?.log().slice(from)).not.toContain("2026-03-01-wrong.md:");
  await page.goto(`${server?.origin}/en/blog/hello/`);
  await expect(page.getByText("Saved after the deletion.")).toBeVisible();
  await page.goto(`${server?.origin}/en/blog/`);
  await expect(page.getByRole("link", { name: "Hello again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wrong" })).toHaveCount(0);
});

test("npm run new under npm start just works: both pages render, the French one is no notice, and nothing prints a stack trace", async ({ page }) => {
  const from = server?.log().length ?? 0;
  const created = await runCli(dir, "new", ["post", "Created while serving"]);
  expect(created.code, created.stderr).toBe(0);
  await server?.printed(/Wrote [1-9]\d* files?[^\n]*\n[^]*Watching/, from, 30_000);
  await page.goto(`${server?.origin}/fr/blogue/`);
  const link = page.getByRole("link", { name: "Created while serving" });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Created while serving/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(server?.log().slice(from)).not.toMatch(/not in the content model|Cannot read properties|Original error stack trace|\n\s+at /);
});

test("npm run build while npm start runs leaves the dev server's pages in place", async ({ page }) => {
  const built = await runCli(dir, "build");
  expect(built.code, built.stderr).toBe(0);
  const response = await page.goto(`${server?.origin}/en/blog/hello/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Hello again/);
});
