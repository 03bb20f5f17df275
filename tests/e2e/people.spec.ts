import type { Server } from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fixtureProject, page as fixturePage, runCli } from "../../scripts/lib/fixture-site.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";

// A fixture site with a presenter, built and served on its own port beside the real one.
const port = Number(process.env.E2E_PORT ?? 8181) + 100;
let server: Server | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = await fixtureProject({
    "en/people/ada.md": fixturePage("name: Ada Lovelace\ndepartment: Shared Services Canada\ngithub: ada"),
    "fr/people/ada.md": fixturePage("name: Ada Lovelace\ndepartment: Services partagés Canada\ngithub: ada"),
    "en/demos/chart.md": fixturePage(
      "title: A Helm chart for everyone\ndate: 2026-01-15\nsummary: s\npresenters: [ada]\ndepartment: Shared Services Canada\ntechnologies: [helm]",
    ),
    "fr/demos/chart.md": fixturePage(
      "title: Un chart Helm pour tous\ndate: 2026-01-15\nsummary: r\npresenters: [ada]\ndepartment: Services partagés Canada\ntechnologies: [helm]",
    ),
    "en/demos/other.md": fixturePage("title: Someone else's demo\ndate: 2026-01-16\nsummary: s\ntechnologies: [helm]"),
  });
  const result = await runCli(dir, "build");
  expect(result.code, result.stderr).toBe(0);
  server = await serveStatic(path.join(dir, "_site"), port);
});

test.afterAll(() => {
  server?.close();
});

test("a person's page lists the demos they presented, and the demo links back", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/en/people/ada/`);
  const demos = page.locator("section", { has: page.getByRole("heading", { name: "Demos" }) });
  await expect(demos.getByRole("link", { name: "A Helm chart for everyone" })).toBeVisible();
  await expect(demos.getByRole("link", { name: /Someone else/ })).toHaveCount(0);
  await demos.getByRole("link", { name: "A Helm chart for everyone" }).click();
  await expect(page.locator(".meta")).toContainText("Shared Services Canada");
  await page.locator(".meta").getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page).toHaveURL(/\/en\/people\/ada\/$/);
});

test("in French, the person's page lists the French demo", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/fr/personnes/ada/`);
  const demos = page.locator("section", { has: page.getByRole("heading", { name: "Démos" }) });
  await expect(demos.getByRole("link", { name: "Un chart Helm pour tous" })).toBeVisible();
});
