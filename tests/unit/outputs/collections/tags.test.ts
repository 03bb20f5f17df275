import assert from "node:assert/strict";
import { test } from "node:test";
import { tagPages, tagSummaries } from "../../../../src/outputs/collections/tags.ts";
import { page, type FixtureFiles } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

// 21 English posts tagged helm (one page more than a list holds), two French ones tagged containers.
const files: FixtureFiles = Object.fromEntries(
  Array.from({ length: 21 }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    return [`en/posts/2026-01-${day}-p${i}.md`, page(`title: Post ${i}\ndate: 2026-01-${day}\nsummary: s\ntags: [helm]`)];
  }),
);
files["fr/posts/2026-02-01-conteneurs.md"] = page("title: Conteneurs\ndate: 2026-02-01\nsummary: s\ntags: [containers]");
files["en/posts/2026-02-01-conteneurs.md"] = page("title: Containers\ndate: 2026-02-01\nsummary: s\ntags: [kubernetes]");
files["en/demos/d.md"] = page("title: A demo\ndate: 2026-02-02\nsummary: s\ntechnologies: [kubernetes]");

test("a tag's page lists everything carrying it, paginated like the lists, in each language", async () => {
  const model = await fixtureModel(files);
  const pages = tagPages(model);
  const helm = pages.filter((p) => p.lang === "en" && p.tag === "helm");
  assert.deepEqual(
    helm.map((p) => [p.url, p.previousUrl, p.nextUrl, p.groups.flatMap((g) => g.items).length]),
    [
      ["/en/tags/helm/", undefined, "/en/tags/helm/page/2/", 20],
      ["/en/tags/helm/page/2/", "/en/tags/helm/", undefined, 1],
    ],
  );
  // English-only posts are listed to French readers too, marked: the French page exists.
  const frenchHelm = pages.filter((p) => p.lang === "fr" && p.tag === "helm");
  assert.deepEqual(
    frenchHelm.map((p) => p.url),
    ["/fr/etiquettes/helm/", "/fr/etiquettes/helm/page/2/"],
  );
  assert.equal(frenchHelm[0]?.label, "Helm");
  // A tag only a French page carries, whose English twin is tagged otherwise: its English twin is the list of tags.
  const containers = pages.find((p) => p.lang === "fr" && p.tag === "containers");
  assert.deepEqual([containers?.label, containers?.twinUrl], ["Conteneurs", "/en/tags/"]);
  // A technology of demos leads to its demos-only page too.
  assert.equal(pages.find((p) => p.lang === "en" && p.tag === "kubernetes")?.technologyUrl, "/en/demos/technologies/kubernetes/");
});

test("the index of tags lists each tag in use, A to Z by its label in the reader's language", async () => {
  const model = await fixtureModel(files);
  assert.deepEqual(
    tagSummaries(model, "fr").map((t) => `${t.label} (${t.count}) ${t.url}`),
    ["Conteneurs (1) /fr/etiquettes/containers/", "Helm (21) /fr/etiquettes/helm/", "Kubernetes (1) /fr/etiquettes/kubernetes/"],
  );
});
