import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { menuPages, page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// A site of its own: the real content has no meeting to come, and its dates move with every commit.
const dated = (frontMatter: string, modified: string) => fixturePage(`${frontMatter}\nmodified: ${modified}`);
const meeting = (title: string, details: string, location: string, modified: string) =>
  dated(
    `title: ${title}\ndate: 2099-06-10\nstart: "12:00"\nend: "13:30"\nlocation: "${location}"\nvirtual:\n  url: https://example.org/join/123\n  details: "${details}"\nagenda:\n  - Helm`,
    modified,
  );
const site = servedFixtureForSpec({
  ...Object.fromEntries(Object.entries(menuPages).map(([file, text]) => [file, text.replace("---\n", "---\nmodified: 2026-01-02\n")])),
  "en/meetings/2099-06-10.md": meeting("June meeting", "Meeting ID 123 456", "Canadian Digital Service, 7th floor", "2026-03-04"),
  "fr/meetings/2099-06-10.md": meeting("Réunion de juin", "Numéro de réunion 123 456", "Service numérique canadien, 7e étage", "2026-03-04"),
  "en/meetings/2025-01-15.md": dated("title: January meeting\ndate: 2025-01-15\nactionItems:\n  - what: Publish the guide\n    who: Ada", "2026-02-20"),
  "fr/meetings/2025-01-15.md": dated("title: Réunion de janvier\ndate: 2025-01-15\nactionItems:\n  - what: Publier le guide\n    who: Ada", "2026-02-21"),
  "en/posts/helm.md": dated("title: Helm in production\ndate: 2025-05-01\nsummary: s", "2026-04-05"),
  "fr/posts/helm.md": dated("title: Helm en production\ndate: 2025-05-01\nsummary: s\nslug: helm-en-production", "2026-04-06"),
  "en/demos/argo.md": dated("title: Argo CD\ndate: 2024-09-01\nsummary: s\ntechnologies: [argo-cd]", "2025-12-30"),
  "fr/demos/argo.md": dated("title: Argo CD\ndate: 2024-09-01\nsummary: s\ntechnologies: [argo-cd]", "2025-12-31"),
});

const langs = {
  en: {
    home: "/en/",
    title: "June meeting",
    time: "12:00 p.m. – 1:30 p.m. EDT",
    location: "Canadian Digital Service, 7th floor",
    details: "Meeting ID 123 456",
    calendar: { name: "Add to my calendar (.ics file)", url: "/en/meetings/2099-06-10.ics" },
    region: "Next meeting",
    modified: "Date modified:",
    pages: {
      "/en/": "2026-04-05",
      "/en/meetings/": "2026-03-04",
      "/en/meetings/action-items/": "2026-03-04",
      "/en/blog/": "2026-04-05",
      "/en/demos/": "2025-12-30",
      "/en/demos/technologies/argo-cd/": "2025-12-30",
      "/en/search/": "2026-04-06",
    },
  },
  fr: {
    home: "/fr/",
    title: "Réunion de juin",
    time: "12 h 00 – 13 h 30 HAE",
    location: "Service numérique canadien, 7e étage",
    details: "Numéro de réunion 123 456",
    calendar: { name: "Ajouter à mon calendrier (fichier .ics)", url: "/fr/reunions/2099-06-10.ics" },
    region: "Prochaine réunion",
    modified: "Date de modification :",
    pages: {
      "/fr/": "2026-04-06",
      "/fr/reunions/": "2026-03-04",
      "/fr/reunions/mesures-de-suivi/": "2026-03-04",
      "/fr/blogue/": "2026-04-06",
      "/fr/demos/": "2025-12-31",
      "/fr/demos/technologies/argo-cd/": "2025-12-31",
      "/fr/recherche/": "2026-04-06",
    },
  },
} as const;

for (const [lang, l] of Object.entries(langs)) {
  test(`the home page says when, where and how to join the next meeting, and adds it to a calendar (${lang})`, async ({ page, request }) => {
    await page.goto(`${site.origin}${l.home}`);
    const next = page.getByRole("region", { name: l.region });
    await expect(next.getByRole("link", { name: l.title })).toHaveAttribute("href", l.calendar.url.replace(/\.ics$/, "/"));
    await expect(next).toContainText(l.time);
    await expect(next).toContainText(l.location);
    await expect(next.getByRole("link", { name: "https://example.org/join/123" })).toHaveAttribute("href", "https://example.org/join/123");
    await expect(next).toContainText(l.details);
    const calendar = next.getByRole("link", { name: l.calendar.name });
    await expect(calendar).toHaveAttribute("href", l.calendar.url);
    const ics = await request.get(`${site.origin}${l.calendar.url}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("UID:2099-06-10@govcloud.ca");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test(`generated pages say when they last changed: the newest change of what they list (${lang})`, async ({ page }) => {
    for (const [url, date] of Object.entries(l.pages)) {
      await page.goto(`${site.origin}${url}`);
      await expect(page.locator("main .date-modified"), url).toHaveText(`${l.modified} ${date}`);
      await expect(page.locator("main .date-modified time"), url).toHaveAttribute("datetime", date);
    }
  });
}
