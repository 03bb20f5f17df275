import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fixtureProject, page as fixturePage, runCli } from "../helpers/fixture-site.ts";
import { serveStatic } from "../helpers/static-server.ts";

// A fixture site of its own: the real content's action items may all be closed one day.
// Serial, so the fixture is built once rather than once per worker.
test.describe.configure({ mode: "serial" });
let server: Server;
let origin = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = await fixtureProject({
    "en/meetings/2026-01-15.md": fixturePage("title: January meeting\ndate: 2026-01-15\nactionItems:\n  - what: Publish the Helm guide\n    who: Ada\n    due: 2026-02-01\n  - what: Book the big room\n    who: Grace\n    done: true"),
    "fr/meetings/2026-01-15.md": fixturePage("title: Réunion de janvier\ndate: 2026-01-15\nactionItems:\n  - what: Publier le guide Helm\n    who: Ada\n    due: 2026-02-01\n  - what: Réserver la grande salle\n    who: Grace\n    done: true"),
  });
  const result = await runCli(dir, "build");
  expect(result.code, result.stderr).toBe(0);
  server = await serveStatic(path.join(dir, "_site"), 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test("the open action items page shows an open item, links to its meeting, hides a done one", async ({ page }) => {
  await page.goto(`${origin}/en/meetings/`);
  await page.getByRole("link", { name: "Open action items" }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/action-items\/$/);
  const row = page.getByRole("row", { name: /Publish the Helm guide/ });
  await expect(row).toContainText("Ada");
  await expect(row).toContainText("February 1, 2026");
  await expect(page.getByText("Book the big room")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("done: true");
  await row.getByRole("link", { name: "January meeting" }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/2026-01-15\/#meeting-action-items$/);
  await expect(page.getByRole("heading", { name: "Action items" })).toBeVisible();
});

test("in French too, under a French URL", async ({ page }) => {
  await page.goto(`${origin}/fr/reunions/mesures-de-suivi/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mesures de suivi en cours");
  await expect(page.getByRole("row", { name: /Publier le guide Helm/ })).toContainText("1 février 2026");
  await expect(page.getByText("Réserver la grande salle")).toHaveCount(0);
});
