import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { fixtureProject, page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { freePort } from "../helpers/nginx.ts";

// Under `npm start`, saving a demo's .vtt shows the new words on its page (and its French page).
test.describe.configure({ mode: "serial" });
let dir = "";
let server: DevServer | undefined;
const vtt = () => path.join(dir, "content", "en", "demos", "helm.vtt");

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = await fixtureProject({
    "en/demos/helm.md": fixturePage("title: Helm charts\ndate: 2026-01-15\nsummary: Charts.\nrecording: https://youtu.be/dQw4w9WgXcQ"),
    "en/demos/helm.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ada Lovelace>The first words.\n",
    "fr/demos/helm.md": fixturePage("title: Chartes Helm\ndate: 2026-01-15\nsummary: Des chartes.\nrecording: https://youtu.be/dQw4w9WgXcQ"),
  });
  server = await startDevServer(dir, await freePort());
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("dev server log", { body: server?.log() ?? "", contentType: "text/plain" });
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("a saved transcript shows on its page and on the translation that borrows it", async ({ page }) => {
  await page.goto(`${server?.origin}/en/demos/helm/`);
  await expect(page.locator("section.transcript .transcript-paragraph p")).toHaveText("The first words.");
  const from = server?.log().length ?? 0;
  await writeFile(vtt(), (await readFile(vtt(), "utf8")).replace("The first words.", "Words saved later."));
  // The dev server reloads the open page itself.
  await expect(page.locator("section.transcript .transcript-paragraph p")).toHaveText("Words saved later.", { timeout: 20_000 });
  await server?.printed(/model updated for 1 file/, from, 20_000);
  await page.goto(`${server?.origin}/fr/demos/helm/`);
  await expect(page.locator("section.transcript .transcript-paragraph p")).toHaveText("Words saved later.");
  // A wrong save is reported at its line, and the page keeps what it showed.
  const wrong = server?.log().length ?? 0;
  await writeFile(vtt(), "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<b>Bold</b>\n");
  await server?.printed(/content\/en\/demos\/helm\.vtt:4: "<b>": markup is not allowed/, wrong, 20_000);
});
