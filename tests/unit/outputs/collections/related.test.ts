import assert from "node:assert/strict";
import { test } from "node:test";
import { relatedTo } from "../../../../src/outputs/collections/related.ts";
import { fixtureModel } from "../../../helpers/fixture-model.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";

const files = {
  "en/posts/k8s.md": page("title: Kubernetes upgrade\ndate: 2026-01-10\nsummary: s\ntags: [kubernetes, helm]"),
  "fr/posts/k8s.md": page("title: Mise à niveau de Kubernetes\ndate: 2026-01-10\nsummary: s\ntags: [kubernetes, helm]"),
  "en/demos/chart.md": page("title: A Helm chart\ndate: 2026-02-01\nsummary: s\ntechnologies: [kubernetes, helm]"),
  "en/demos/cluster.md": page("title: A cluster\ndate: 2026-03-01\nsummary: s\ntechnologies: [kubernetes]"),
  "en/meetings/2026-04-01.md": page("title: April meeting\ndate: 2026-04-01\ntags: [helm]"),
  "en/posts/other.md": page("title: Unrelated\ndate: 2026-05-01\nsummary: s\ntags: [drupal]"),
  "fr/demos/seulement.md": page("title: Démo en français\ndate: 2026-02-15\nsummary: s\ntechnologies: [helm]"),
};

test("related content shares a tag, most shared tags first, never the page itself or its translation", async () => {
  const model = await fixtureModel(files);
  const post = model.published.find((e) => e.file === "content/en/posts/k8s.md");
  assert.ok(post);
  const related = relatedTo(model, post, "en");
  assert.deepEqual(
    related.map((r) => r.entry.title),
    // Two shared tags first; then one shared tag, newest first.
    ["A Helm chart", "April meeting", "A cluster", "Démo en français"],
  );
  assert.ok(!related.some((r) => r.entry.translationKey === post.translationKey), "neither the post nor its French twin");
  assert.ok(!related.some((r) => r.entry.title === "Unrelated"));
  assert.deepEqual(related[0]?.shared, ["kubernetes", "helm"]);
});

test("an entry only in the other language is related but marked, and the limit holds", async () => {
  const model = await fixtureModel(files);
  const post = model.published.find((e) => e.file === "content/en/posts/k8s.md");
  assert.ok(post);
  const french = relatedTo(model, post, "en").find((r) => r.entry.title === "Démo en français");
  assert.equal(french?.onlyIn, "fr");
  assert.equal(relatedTo(model, post, "en", 2).length, 2);
});

test("a page without tags has no related content", async () => {
  const model = await fixtureModel({ ...files, "en/posts/untagged.md": page("title: Untagged\ndate: 2026-01-01\nsummary: s") });
  const post = model.published.find((e) => e.file === "content/en/posts/untagged.md");
  assert.ok(post);
  assert.deepEqual(relatedTo(model, post, "en"), []);
});

test("related content leaves out what the page lists already: a meeting's demos, a demo's meeting", async () => {
  const model = await fixtureModel({
    "en/meetings/2026-04-01.md": page("title: April meeting\ndate: 2026-04-01\ntags: [helm]"),
    "en/demos/shown.md": page("title: Shown at the meeting\ndate: 2026-04-01\nsummary: s\nmeeting: 2026-04-01\ntechnologies: [helm]"),
    "en/posts/helm.md": page("title: A post on Helm\ndate: 2026-04-02\nsummary: s\ntags: [helm]"),
  });
  const find = (file: string) => {
    const entry = model.published.find((e) => e.file === file);
    assert.ok(entry, file);
    return entry;
  };
  const titles = (file: string) => relatedTo(model, find(file), "en").map((r) => r.entry.title);
  assert.deepEqual(titles("content/en/meetings/2026-04-01.md"), ["A post on Helm"]);
  assert.deepEqual(titles("content/en/demos/shown.md"), ["A post on Helm"]);
  assert.deepEqual(titles("content/en/posts/helm.md"), ["April meeting", "Shown at the meeting"]);
});
