import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { pageDates } from "../../../../src/outputs/collections/page-dates.ts";
import { noticeUrl } from "../../../../src/outputs/collections/twin-url.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

const now = DateTime.fromISO("2026-06-01T12:00", { zone: "America/Toronto" });
const dated = (frontMatter: string, modified: string) => page(`${frontMatter}\nmodified: ${modified}`);
const project = (name: string, modified: string) =>
  dated(
    `name: ${name}\nsummary: s\nurl: https://github.com/govcloud/forms\nstatus: active\ndepartments: [Shared Services Canada]\ntechnologies: [kubernetes]`,
    modified,
  );

const files = {
  "en/posts/helm.md": dated("title: Helm\ndate: 2025-05-01\nsummary: s\ntags: [helm]", "2026-02-01"),
  "fr/posts/helm.md": dated("title: Helm\ndate: 2025-05-01\nsummary: s\ntags: [helm]", "2026-02-02"),
  "en/posts/english-only.md": dated("title: English only\ndate: 2025-04-01\nsummary: s", "2026-01-05"),
  "en/meetings/2025-01-15.md": dated("title: January meeting\ndate: 2025-01-15", "2026-01-20"),
  "fr/meetings/2025-01-15.md": dated("title: Réunion de janvier\ndate: 2025-01-15", "2026-01-21"),
  "en/demos/argo.md": dated("title: Argo CD\ndate: 2024-09-01\nsummary: s\ntechnologies: [argo-cd]", "2026-01-10"),
  "fr/demos/argo.md": dated("title: Argo CD\ndate: 2024-09-01\nsummary: s\ntechnologies: [argo-cd]", "2026-01-11"),
  "en/projects/forms.md": project("Forms", "2026-04-01"),
  "fr/projects/forms.md": project("Formulaires", "2026-04-02"),
  "en/people/ada.md": dated("name: Ada Lovelace", "2026-05-01"),
};

test("every page's Date modified, by URL: a content page's own, a generated page's from what it is made of", async () => {
  const model = await fixtureModel(files, [], now);
  const dates = pageDates(model, now);
  for (const entry of model.published) assert.equal(dates.get(entry.url), entry.modified, entry.url);
  const expected = {
    // The newest meeting, post or demo of the reader's language (or only in the other one).
    "/en/": "2026-02-01",
    "/fr/": "2026-02-02",
    // Every published page, both languages: the person edited last.
    "/en/search/": "2026-05-01",
    "/fr/recherche/": "2026-05-01",
    "/en/meetings/": "2026-01-20",
    "/en/meetings/action-items/": "2026-01-20",
    "/fr/reunions/mesures-de-suivi/": "2026-01-21",
    "/en/blog/": "2026-02-01",
    "/fr/blogue/": "2026-02-02",
    "/en/demos/": "2026-01-10",
    "/en/demos/technologies/argo-cd/": "2026-01-10",
    "/en/people/": "2026-05-01",
    // No slides: nothing dates the list but the build.
    "/en/slides/": "2026-06-01",
    // Every entry of the tagged collections.
    "/en/tags/": "2026-02-01",
    "/en/tags/helm/": "2026-02-01",
    "/fr/etiquettes/helm/": "2026-02-02",
    // Every project, on the catalogue, each filter's page and the lineage.
    "/en/projects/": "2026-04-01",
    "/en/projects/technologies/kubernetes/": "2026-04-01",
    "/en/projects/status/active/": "2026-04-01",
    "/en/projects/departments/shared-services-canada/": "2026-04-01",
    "/en/projects/lineage/": "2026-04-01",
    "/fr/projets/filiation/": "2026-04-02",
  };
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((url) => [url, dates.get(url)])), expected);
  const englishOnly = model.published.find((entry) => entry.url === "/en/blog/english-only/");
  assert.ok(englishOnly);
  assert.equal(dates.has(noticeUrl(englishOnly)), false, "a notice shows no date");
});
