import assert from "node:assert/strict";
import { test } from "node:test";
import { imageLineage, projectFilters, projectListPages, type LineageNode } from "../../../../src/outputs/collections/projects.ts";
import { searchFacts, indexedFactsText } from "../../../../src/outputs/search/facts.ts";
import { fixtureModel } from "../../../helpers/model.ts";
import { projectFixture } from "../../../helpers/project-fixture.ts";

const shape = (nodes: LineageNode[]): unknown[] => nodes.map((node) => [node.name, ...(node.children.length ? [shape(node.children)] : [])]);

test("the lineage puts each image under the image it is built on, external bases at the roots", async () => {
  const model = await fixtureModel(projectFixture);
  const { roots } = imageLineage(model, "en");
  assert.deepEqual(shape(roots), [
    ["alpine:3.20", [["ghcr.io/statcan/quokka-runner"]]],
    ["debian:12-slim", [["ghcr.io/govcloud/base-debian", [["ghcr.io/govcloud/base-node", [["ghcr.io/govcloud/forms-app"]]]]]]],
  ]);
  // French readers get the French pages, and the English-only project marked as such.
  const fr = imageLineage(model, "fr");
  assert.equal(fr.byName.get("ghcr.io/govcloud/base-node")?.url, "/fr/projets/images-de-base/#image-ghcr-io-govcloud-base-node");
  assert.equal(fr.byName.get("ghcr.io/statcan/quokka-runner")?.project?.onlyIn, "en");
});

test("one catalogue page per language, and one per technology, department and status, with French URLs in French", async () => {
  const model = await fixtureModel(projectFixture);
  const pages = projectListPages(model);
  const fr = pages.filter((p) => p.lang === "fr").map((p) => [p.url, p.twinUrl, p.items.map((i) => i.entry.title)]);
  assert.deepEqual(fr, [
    ["/fr/projets/", "/en/projects/", ["Images de base du GC", "Quokka runner", "Service de formulaires"]],
    ["/fr/projets/technologies/ci/", "/en/projects/technologies/ci/", ["Quokka runner"]],
    ["/fr/projets/technologies/containers/", "/en/projects/technologies/containers/", ["Images de base du GC"]],
    ["/fr/projets/technologies/docker/", "/en/projects/technologies/docker/", ["Images de base du GC"]],
    ["/fr/projets/technologies/kubernetes/", "/en/projects/technologies/kubernetes/", ["Service de formulaires"]],
    ["/fr/projets/technologies/nodejs/", "/en/projects/technologies/nodejs/", ["Service de formulaires"]],
    [
      "/fr/projets/ministeres/services-partages-canada/",
      "/en/projects/departments/shared-services-canada/",
      ["Images de base du GC", "Service de formulaires"],
    ],
    // The English-only project's department keeps its English name, and leads to the English page of that name.
    ["/fr/projets/ministeres/statistics-canada/", "/en/projects/departments/statistics-canada/", ["Quokka runner"]],
    ["/fr/projets/ministeres/statistique-canada/", "/en/projects/departments/statistics-canada/", ["Service de formulaires"]],
    ["/fr/projets/etat/actif/", "/en/projects/status/active/", ["Service de formulaires"]],
    ["/fr/projets/etat/maintenu/", "/en/projects/status/maintained/", ["Images de base du GC"]],
    ["/fr/projets/etat/archive/", "/en/projects/status/archived/", ["Quokka runner"]],
  ]);
  assert.deepEqual(
    projectFilters(model, "en").statuses.map((s) => [s.value, s.count]),
    [
      ["active", 1],
      ["maintained", 1],
      ["archived", 1],
    ],
  );
});

test("a project is indexed by its image names, whole and in parts, and filtered by each of its departments", async () => {
  const model = await fixtureModel(projectFixture);
  const forms = model.published.find((e) => e.file === "content/en/projects/forms-app.md");
  assert.ok(forms);
  const facts = searchFacts(forms, model);
  assert.equal(facts.type, "project");
  assert.deepEqual(facts.departments, ["Shared Services Canada", "Statistics Canada"]);
  assert.equal(facts.people, "Ada Lovelace");
  assert.match(indexedFactsText(facts), /ghcr\.io\/govcloud\/forms-app, ghcr io govcloud forms app/);
});
