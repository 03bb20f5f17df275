import assert from "node:assert/strict";
import { test } from "node:test";
import { tagsBesidesTechnologies, technologyCounts, technologyPages, technologyUrl } from "../../../../src/outputs/collections/technologies.ts";
import { fixtureModel } from "../../../helpers/fixture-model.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";

const files = {
  "en/demos/chart.md": page("title: A Helm chart\ndate: 2026-02-01\nsummary: s\ntechnologies: [kubernetes, helm]\ntags: [community]"),
  "fr/demos/chart.md": page("title: Un chart Helm\ndate: 2026-02-01\nsummary: s\ntechnologies: [kubernetes, helm]"),
  "en/demos/site.md": page("title: A Drupal site\ndate: 2026-03-01\nsummary: s\ntechnologies: [drupal]"),
};

test("one page per technology in each language, listing only the demos that use it", async () => {
  const model = await fixtureModel(files);
  const pages = technologyPages(model);
  assert.deepEqual(
    pages.map((p) => p.url),
    [
      "/en/demos/technologies/drupal/",
      "/en/demos/technologies/helm/",
      "/en/demos/technologies/kubernetes/",
      "/fr/demos/technologies/drupal/",
      "/fr/demos/technologies/helm/",
      "/fr/demos/technologies/kubernetes/",
    ],
  );
  const helmFr = pages.find((p) => p.url === "/fr/demos/technologies/helm/");
  assert.deepEqual(
    helmFr?.items.map((i) => i.entry.title),
    ["Un chart Helm"],
  );
  assert.equal(helmFr?.twinUrl, "/en/demos/technologies/helm/");
  // The English-only Drupal demo is listed for French readers, marked as such.
  const drupalFr = pages.find((p) => p.url === "/fr/demos/technologies/drupal/");
  assert.deepEqual(
    drupalFr?.items.map((i) => [i.entry.title, i.onlyIn]),
    [["A Drupal site", "en"]],
  );
});

test("counts per technology, A to Z, and a demo's other tags without its technologies", async () => {
  const model = await fixtureModel(files);
  assert.deepEqual(technologyCounts(model, "en"), [
    { technology: "drupal", count: 1, url: technologyUrl("en", "drupal") },
    { technology: "helm", count: 1, url: technologyUrl("en", "helm") },
    { technology: "kubernetes", count: 1, url: technologyUrl("en", "kubernetes") },
  ]);
  const chart = model.published.find((e) => e.file === "content/en/demos/chart.md");
  assert.ok(chart);
  assert.deepEqual(tagsBesidesTechnologies(chart), ["community"]);
});
