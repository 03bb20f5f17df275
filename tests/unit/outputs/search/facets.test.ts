import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../../../../src/content/model/load.ts";
import { searchFacets } from "../../../../src/outputs/search/facets.ts";
import { indexedFactsText, searchFacts } from "../../../../src/outputs/search/facts.ts";
import { fixtureProject, page } from "../../../../scripts/lib/fixture-site.ts";

async function model() {
  const dir = await fixtureProject({
    "en/people/ada.md": page("name: Ada Lovelace\ndepartment: Statistics Canada"),
    "fr/people/ada.md": page("name: Ada Lovelace\ndepartment: Statistique Canada"),
    "en/demos/helm-demo.md": page(
      "title: Helm demo\ndate: 2024-05-02\nsummary: s\npresenters: [ada]\ndepartment: Statistics Canada\ntechnologies: [helm]\ntags: [kubernetes, helm]",
    ),
    "fr/demos/helm-demo.md": page("title: Démo Helm\ndate: 2024-05-02\nsummary: s\npresenters: [ada]\ndepartment: Statistique Canada\ntechnologies: [helm]"),
    "fr/posts/2023-01-05-seul.md": page("title: Seul\ndate: 2023-01-05\nsummary: s\ntags: [security]"),
  });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await loadContent({ contentDir: "content" });
  } finally {
    process.chdir(cwd);
  }
}

test("search facts come from the front matter: type, date in the page's language, people, department, tags", async () => {
  const m = await model();
  const demo = m.published.find((e) => e.file === "content/en/demos/helm-demo.md");
  assert.ok(demo);
  assert.deepEqual(searchFacts(demo, m), {
    type: "demo",
    lang: "en",
    date: "2024-05-02",
    dateLabel: "May 2, 2024",
    year: "2024",
    people: "Ada Lovelace",
    departments: ["Statistics Canada"],
    tags: ["helm", "kubernetes"],
  });
  const single = m.published.find((e) => e.file === "content/fr/posts/2023-01-05-seul.md");
  assert.ok(single);
  assert.equal(searchFacts(single, m).alsoIndexIn, "en");
  assert.equal(searchFacts(single, m).dateLabel, "5 janvier 2023");
  const person = m.published.find((e) => e.collection === "people" && e.lang === "en");
  assert.ok(person);
  assert.equal(searchFacts(person, m).year, undefined, "people are not dated");
});

test("each language's filters offer what its index holds, including pages from the other language only", async () => {
  const m = await model();
  assert.deepEqual(searchFacets(m, "en"), {
    types: ["post", "demo", "person", "page"],
    tags: [
      { id: "helm", label: "Helm" },
      { id: "kubernetes", label: "Kubernetes" },
      { id: "security", label: "Security" },
    ],
    years: ["2024", "2023"],
    departments: ["Statistics Canada"],
  });
  assert.deepEqual(searchFacets(m, "fr").departments, ["Statistique Canada"]);
  // The filter's values are ids; what a French reader reads is the French label.
  assert.deepEqual(searchFacets(m, "fr").tags, [
    { id: "helm", label: "Helm" },
    { id: "security", label: "Sécurité" },
  ]);
});

test("a French page is found by the French label of its tags, and by their id", async () => {
  const m = await model();
  const single = m.published.find((e) => e.file === "content/fr/posts/2023-01-05-seul.md");
  assert.ok(single);
  assert.equal(indexedFactsText(searchFacts(single, m)), "Sécurité, security");
});
