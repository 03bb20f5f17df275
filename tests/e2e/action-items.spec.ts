import { expect, test } from "@playwright/test";
import { page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// A fixture site of its own: the real content's action items may all be closed one day.
const site = servedFixtureForSpec({
  "en/meetings/2026-01-15.md": fixturePage(
    "title: January meeting\ndate: 2026-01-15\nactionItems:\n  - what: Publish the Helm guide\n    who: Ada\n    due: 2026-02-01\n  - what: Book the big room\n    who: Grace\n    done: true",
  ),
  "fr/meetings/2026-01-15.md": fixturePage(
    "title: Réunion de janvier\ndate: 2026-01-15\nactionItems:\n  - what: Publier le guide Helm\n    who: Ada\n    due: 2026-02-01\n  - what: Réserver la grande salle\n    who: Grace\n    done: true",
  ),
});

test("the open action items page shows an open item, links to its meeting, hides a done one", async ({ page }) => {
  await page.goto(`${site.origin}/en/meetings/`);
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
  await page.goto(`${site.origin}/fr/reunions/mesures-de-suivi/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mesures de suivi en cours");
  await expect(page.getByRole("row", { name: /Publier le guide Helm/ })).toContainText("1 février 2026");
  await expect(page.getByText("Réserver la grande salle")).toHaveCount(0);
});
