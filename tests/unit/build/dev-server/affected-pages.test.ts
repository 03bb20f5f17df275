import assert from "node:assert/strict";
import { test } from "node:test";
import { affectedPages } from "../../../../src/build/dev-server/affected-pages.ts";
import { page, type FixtureFiles } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

const helm = "en/posts/2024-01-02-helm.md";
const files: FixtureFiles = {
  "en/people/ada.md": page("name: Ada Lovelace"),
  "fr/people/ada.md": page("name: Ada Lovelace"),
  [helm]: page("title: Helm in production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]", "The body."),
  "fr/posts/2024-01-02-helm.md": page("title: Helm en production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]"),
  "en/posts/2024-02-03-argo.md": page("title: Argo\ndate: 2024-02-03\nsummary: s\ntags: [helm]"),
  "en/posts/2024-03-04-unrelated.md": page("title: Unrelated\ndate: 2024-03-04\nsummary: s\ntags: [kafka]"),
};

async function scope(changes: FixtureFiles) {
  const before = await fixtureModel(files);
  const after = await fixtureModel({ ...files, ...changes });
  return affectedPages(
    before,
    after,
    Object.keys(changes).map((file) => `content/${file}`),
    "content",
  );
}

test("a body edit renders the page and the feeds that carry bodies, nothing else", async () => {
  const found = await scope({ [helm]: page("title: Helm in production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]", "A new body.") });
  assert.deepEqual(found, { all: false, templates: new Set([`content/${helm}`, "site/feeds.11ty.ts"]) });
});

test("a title edit also renders its translation, its author, the related pages that list it and the lists", async () => {
  const found = await scope({ [helm]: page("title: Helm renamed\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]", "The body.") });
  assert.equal(found.all, false);
  const templates = found.all ? new Set<string>() : found.templates;
  for (const file of [helm, "fr/posts/2024-01-02-helm.md", "en/people/ada.md", "fr/people/ada.md", "en/posts/2024-02-03-argo.md"]) {
    assert.ok(templates.has(`content/${file}`), file);
  }
  for (const template of ["site/lists.11ty.tsx", "site/home.11ty.tsx", "site/feeds.11ty.ts"]) assert.ok(templates.has(template), template);
  assert.ok(!templates.has("content/en/posts/2024-03-04-unrelated.md"), "a post that shares no tag is left alone");
  assert.ok(!templates.has("site/calendars.11ty.ts"), "calendars show meetings only");
});

test("a new page, or a page with a new address, renders everything", async () => {
  assert.equal((await scope({ "en/posts/2024-05-06-new.md": page("title: New\ndate: 2024-05-06\nsummary: s") })).all, true);
  assert.equal(
    (await scope({ [helm]: page("title: Helm in production\nslug: helm-moved\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]") })).all,
    true,
  );
});

test("a meeting's new title renders the meetings before and after it, whose links name it", async () => {
  const meetings: FixtureFiles = {
    "en/meetings/2024-01-10.md": page("title: January\ndate: 2024-01-10"),
    "en/meetings/2024-02-14.md": page("title: February\ndate: 2024-02-14"),
    "en/meetings/2024-03-13.md": page("title: March\ndate: 2024-03-13"),
    "en/meetings/2024-04-10.md": page("title: April\ndate: 2024-04-10"),
  };
  const before = await fixtureModel({ ...files, ...meetings });
  const after = await fixtureModel({ ...files, ...meetings, "en/meetings/2024-02-14.md": page("title: February, renamed\ndate: 2024-02-14") });
  const found = affectedPages(before, after, ["content/en/meetings/2024-02-14.md"], "content");
  const templates = found.all ? new Set<string>() : found.templates;
  assert.ok(templates.has("content/en/meetings/2024-01-10.md"), "the meeting before");
  assert.ok(templates.has("content/en/meetings/2024-03-13.md"), "the meeting after");
  assert.ok(!templates.has("content/en/meetings/2024-04-10.md"), "a meeting further away is left alone");
  for (const template of ["site/tags.11ty.tsx", "site/tag-index.11ty.tsx"]) assert.ok(templates.has(template), template);
});

test("a project's front-matter edit renders the catalogue, the lineage, and the demo, meeting and people pages that show it", async () => {
  const { projectFixture } = await import("../../../helpers/project-fixture.ts");
  const file = "en/projects/forms-app.md";
  const before = await fixtureModel(projectFixture);
  const after = await fixtureModel({ ...projectFixture, [file]: (projectFixture[file] ?? "").replace("name: Forms service", "name: Forms service, renamed") });
  const found = affectedPages(before, after, [`content/${file}`], "content");
  assert.equal(found.all, false);
  const templates = found.all ? new Set<string>() : found.templates;
  for (const expected of [
    "site/projects.11ty.tsx",
    "site/project-lineage.11ty.tsx",
    "content/en/demos/forms-demo.md",
    "content/en/meetings/2026-01-15.md",
    "content/en/people/ada.md",
    "content/en/projects/base-images.md",
  ]) {
    assert.ok(templates.has(expected), expected);
  }
});

test("a saved transcript renders its page, its translation's, the feeds and the transcript files", async () => {
  const before = await fixtureModel({
    ...files,
    "en/meetings/2024-03-04.md": page("title: March\ndate: 2024-03-04"),
    "fr/meetings/2024-03-04.md": page("title: Mars\ndate: 2024-03-04"),
  });
  const vtt = "en/meetings/2024-03-04.vtt";
  const after = await fixtureModel({
    ...files,
    "en/meetings/2024-03-04.md": page("title: March\ndate: 2024-03-04"),
    "fr/meetings/2024-03-04.md": page("title: Mars\ndate: 2024-03-04"),
    [vtt]: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n",
  });
  assert.equal(after.transcripts.get("content/en/meetings/2024-03-04.md")?.cues[0]?.text, "Hello.");
  const found = affectedPages(before, after, [`content/${vtt}`], "content");
  assert.deepEqual(found, {
    all: false,
    templates: new Set(["content/en/meetings/2024-03-04.md", "content/fr/meetings/2024-03-04.md", "site/feeds.11ty.ts", "site/transcripts.11ty.ts"]),
  });
});
