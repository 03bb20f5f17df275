import assert from "node:assert/strict";
import { test } from "node:test";
import { tagLabel, tagVocabulary } from "../../../../src/content/schema/tags.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

test("a tag or technology outside the vocabulary is a problem on the line of that tag", async () => {
  const model = await fixtureModel({
    "en/posts/2024-01-02-helm.md": page("title: Helm\ndate: 2024-01-02\nsummary: s\ntags:\n  - kubernetes\n  - k8s"),
    "en/demos/chart.md": page("title: Chart\ndate: 2024-01-02\nsummary: s\ntechnologies: [helm, kube-thing]"),
  });
  const problems = model.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  assert.equal(problems.length, 2, problems.join("\n"));
  // Line 1 is the opening ---: the item "- k8s" is line 7.
  assert.match(
    problems[0] ?? "",
    /^content\/en\/demos\/chart\.md:5: technologies\.1: "kube-thing" is not in the tag vocabulary: .*src\/content\/schema\/tags\.ts/,
  );
  assert.match(problems[1] ?? "", /^content\/en\/posts\/2024-01-02-helm\.md:7: tags\.1: "k8s" is not in the tag vocabulary/);
});

test("every tag of the vocabulary has a label in English and in French", () => {
  for (const [id, labels] of Object.entries(tagVocabulary)) {
    assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${id} is a URL segment`);
    for (const lang of ["en", "fr"] as const) assert.ok(labels[lang].trim() !== "" && labels[lang] === labels[lang].trim(), `${id} has no ${lang} label`);
  }
  assert.equal(tagLabel("fr", "containers"), "Conteneurs");
  assert.equal(tagLabel("en", "open-source"), "Open source");
});
