import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { projectFixture } from "../helpers/project-fixture.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

/**
 * The catalogue of projects and images, built from a fixture with a three-level lineage
 * (debian:12-slim -> base-debian -> base-node -> forms-app) in both languages.
 */
const site = servedFixtureForSpec(projectFixture, { buildTimeoutMs: 180_000 });

const pages = {
  en: { catalogue: "/en/projects/", project: "/en/projects/base-images/", filter: "/en/projects/technologies/kubernetes/", lineage: "/en/projects/lineage/" },
  fr: { catalogue: "/fr/projets/", project: "/fr/projets/images-de-base/", filter: "/fr/projets/etat/actif/", lineage: "/fr/projets/filiation/" },
};

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("the catalogue lists every project A to Z and filters by technology, department and status without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/en/projects/`);
  const titles = page.locator(".project-list h2");
  await expect(titles).toHaveText(["Forms service", "GC base images", "Quokka runner"]);
  await page.getByRole("link", { name: "kubernetes (1)" }).click();
  await expect(page).toHaveURL(/\/en\/projects\/technologies\/kubernetes\/$/);
  await expect(page.locator("h1")).toHaveText("Projects using Kubernetes");
  await expect(titles).toHaveText(["Forms service"]);
  await expect(page.getByRole("link", { name: "kubernetes (1)" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Statistics Canada (2)" }).click();
  await expect(titles).toHaveText(["Forms service", "Quokka runner"]);
  await page.getByRole("link", { name: "archived (1)" }).click();
  await expect(page.locator("h1")).toHaveText("Projects: archived");
  await expect(titles).toHaveText(["Quokka runner"]);
  // In French: French URLs and labels, the English-only project marked.
  await page.goto(`${site.origin}/fr/projets/`);
  await expect(titles).toHaveText(["Images de base du GC", "Quokka runner (en anglais seulement)", "Service de formulaires"]);
  await page.getByRole("link", { name: "actif (1)" }).click();
  await expect(page).toHaveURL(/\/fr\/projets\/etat\/actif\/$/);
  await expect(page.locator("h1")).toHaveText("Projets : actif");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/projects\/status\/active\/$/);
  await context.close();
});

test("a project page gives its facts, and each image's docker pull and FROM lines and what it is built on", async ({ page }) => {
  await page.goto(`${site.origin}/en/projects/base-images/`);
  await expect(page.locator("h1")).toHaveText("GC base images");
  await expect(page.locator(".meta").first()).toContainText("MIT");
  await expect(page.getByRole("link", { name: "Ada Lovelace" })).toHaveAttribute("href", "/en/people/ada/");
  const node = page.locator("section.image", { has: page.locator("h3", { hasText: "ghcr.io/govcloud/base-node" }) });
  await expect(node.locator("pre code")).toHaveText(["docker pull ghcr.io/govcloud/base-node:20", "FROM ghcr.io/govcloud/base-node:20"]);
  await expect(node.getByRole("link", { name: "ghcr.io/govcloud/base-debian:12" })).toHaveAttribute(
    "href",
    "/en/projects/base-images/#image-ghcr-io-govcloud-base-debian",
  );
  await expect(node.getByRole("link", { name: "ghcr.io/govcloud/forms-app" })).toHaveAttribute(
    "href",
    "/en/projects/forms-app/#image-ghcr-io-govcloud-forms-app",
  );
  const debian = page.locator("section.image", { has: page.locator("h3", { hasText: "ghcr.io/govcloud/base-debian" }) });
  await expect(debian).toContainText("debian:12-slim (external image)");
  // A project with no licence recorded says so rather than guessing.
  await page.goto(`${site.origin}/fr/projets/service-de-formulaires/`);
  await expect(page.locator(".meta").first()).toContainText("Apache-2.0 OR MIT");
  await expect(page.getByRole("heading", { name: "Démos de ce projet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Formulaires sur Kubernetes" })).toHaveAttribute("href", "/fr/demos/demo-formulaires/");
});

test("demo, person and meeting pages link to the projects they concern", async ({ page }) => {
  await page.goto(`${site.origin}/en/demos/forms-demo/`);
  await expect(page.locator(".meta").getByRole("link", { name: "Forms service" })).toHaveAttribute("href", "/en/projects/forms-app/");
  await page.goto(`${site.origin}/fr/personnes/ada/`);
  await expect(page.getByRole("heading", { name: "Projets maintenus" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Images de base du GC" })).toHaveAttribute("href", "/fr/projets/images-de-base/");
  await page.goto(`${site.origin}/en/meetings/2026-01-15/`);
  const shown = page.locator("section", { has: page.getByRole("heading", { name: "Projects shown at this meeting" }) });
  await expect(shown.locator("h3")).toHaveText(["Forms service", "Quokka runner"]);
});

test("the lineage page draws each image under the one it is built on, three levels deep, with a text equivalent", async ({ page }) => {
  for (const lang of ["en", "fr"] as const) {
    await page.goto(`${site.origin}${pages[lang].lineage}`);
    const tree = page.locator("ul.lineage-tree");
    const deepest = tree.locator(":scope > li > ul > li > ul > li > ul > li");
    await expect(deepest.locator("a.lineage-image")).toHaveText("ghcr.io/govcloud/forms-app");
    await expect(tree.locator(":scope > li > .lineage-image")).toHaveText([
      lang === "en" ? "alpine:3.20 external" : "alpine:3.20 externe",
      lang === "en" ? "debian:12-slim external" : "debian:12-slim externe",
    ]);
    await expect(page.locator(".lineage-text li").nth(3)).toHaveText(
      lang === "en"
        ? "ghcr.io/govcloud/forms-app extends ghcr.io/govcloud/base-node:20 (project: Forms service)."
        : "ghcr.io/govcloud/forms-app étend ghcr.io/govcloud/base-node:20 (projet : Service de formulaires).",
    );
  }
});

test("search finds a project by its image name, under the Project type", async ({ page }) => {
  await page.goto(`${site.origin}/en/search/?q=base-node&type=project`);
  await expect(page.locator("#search-results > li h2").first()).toContainText("GC base images");
  await expect(page.locator("#search-type option:checked")).toHaveText("Project");
  await page.goto(`${site.origin}/fr/recherche/?q=quokka-runner`);
  await expect(page.locator("#search-results > li h2").first()).toContainText("Quokka runner");
});

for (const lang of ["en", "fr"] as const) {
  for (const [name, url] of Object.entries(pages[lang])) {
    test(`${lang} ${name} (${url}): no WCAG 2.1 AA violation, and it reflows at 320 px without sideways scrolling`, async ({ page }) => {
      await page.goto(`${site.origin}${url}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await overflow(page)).toBe(0);
    });
  }
}
