import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { DateTime } from "luxon";
import { contentChecks } from "../../../../src/checks/index.ts";
import { loadContent, updateContent, type ContentModel } from "../../../../src/content/model/load.ts";
import { menuPages, page, type FixtureFiles } from "../../../../scripts/lib/fixture-site.ts";

const now = DateTime.fromISO("2026-06-01T12:00", { zone: "America/Toronto" });
const files: FixtureFiles = {
  ...menuPages,
  "en/people/ada.md": page("name: Ada Lovelace"),
  "fr/people/ada.md": page("name: Ada Lovelace"),
  "en/posts/2024-01-02-helm.md": page(
    "title: Helm in production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]",
    'See [the other post]({{< relref "posts/2024-02-03-argo.md" >}}).',
  ),
  "fr/posts/2024-01-02-helm.md": page("title: Helm en production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]"),
  "en/posts/2024-02-03-argo.md": page("title: Argo\ndate: 2024-02-03\nsummary: s\ntags: [helm, argo-cd]"),
  "en/meetings/2024-03-04.md": page('title: March meeting\ndate: 2024-03-04\nstart: "12:00"\nend: "13:00"'),
};

let dir = "";
let cwd = "";
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "govcloud-update-"));
  for (const [file, text] of Object.entries(files)) await write(file, text);
  cwd = process.cwd();
  process.chdir(dir);
});
after(async () => {
  process.chdir(cwd);
  await rm(dir, { recursive: true, force: true });
});

async function write(file: string, text: string): Promise<string> {
  const target = path.join(dir, "content", file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return `content/${file}`;
}

const load = () => loadContent({ contentDir: "content", includeDrafts: true, now }, contentChecks);

/** What a model says, without its functions (twin, lineOf): comparable with deepEqual. */
function view(model: ContentModel) {
  return {
    entries: model.entries,
    published: model.published.map((e) => e.file),
    byFile: [...model.byFile.keys()],
    frontMatter: [...model.frontMatter].map(([file, fm]) => [file, fm.data, fm.body, fm.bodyLine]),
    problems: model.problems,
    sources: [...model.sources].sort(),
    twins: model.entries.map((e) => model.twin(e)?.file),
    transcripts: [...model.transcripts].sort(),
  };
}

/** Apply one edit both ways: update the previous model, and load the whole tree again. */
async function edit(previous: ContentModel, file: string, text: string | undefined): Promise<ContentModel> {
  const changed = text === undefined ? `content/${file}` : await write(file, text);
  if (text === undefined) await unlink(path.join(dir, changed));
  const updated = await updateContent(previous, [changed]);
  assert.deepEqual(view(updated), view(await load()), `after editing ${file}`);
  return updated;
}

test("updating the model for changed files gives the model a full load gives", async () => {
  let model = await load();
  assert.deepEqual(model.problems, []);
  const post = "en/posts/2024-01-02-helm.md";
  model = await edit(model, post, page("title: Helm in production\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]", "A new body."));
  model = await edit(model, post, page("title: Helm, renamed\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm, kubernetes]", "A new body."));
  assert.equal(model.byFile.get(`content/${post}`)?.title, "Helm, renamed");
  // A bad edit: the problem is reported at its line; the page keeps no entry until it is fixed.
  model = await edit(model, post, page("title: Helm, renamed\ndate: not a date\nsummary: s", "<script>alert(1)</script>"));
  assert.ok(
    model.problems.some((p) => p.file === `content/${post}` && p.line === 3),
    JSON.stringify(model.problems),
  );
  model = await edit(
    model,
    post,
    page(
      "title: Fixed\ndate: 2024-01-02\nsummary: s\nauthors: [ada]\ntags: [helm]",
      'Fine again: [the other post]({{< relref "posts/2024-02-03-argo.md" >}}).',
    ),
  );
  assert.deepEqual(model.problems, []);
  // Removing a page other pages point to: relref and references are checked again everywhere.
  model = await edit(model, "en/posts/2024-02-03-argo.md", undefined);
  assert.ok(
    model.problems.some((p) => p.message.includes("relref")),
    JSON.stringify(model.problems),
  );
  model = await edit(model, "en/posts/2024-02-03-argo.md", page("title: Argo is back\ndate: 2024-02-03\nsummary: s"));
  model = await edit(model, "en/people/ada.md", undefined);
  model = await edit(model, "fr/people/ada.md", undefined);
  assert.ok(model.problems.some((p) => p.message.includes('no person "ada"')));
  model = await edit(model, "en/people/ada.md", page("name: Ada Lovelace"));
  model = await edit(model, "fr/people/ada.md", page("name: Ada Lovelace"));
  model = await edit(model, "fr/posts/2024-02-03-argo.md", page("title: Argo\ndate: 2024-02-04\nsummary: s"));
  assert.ok(model.problems.some((p) => p.message.includes("facts must match")));
});

test("only changed files are read again", async () => {
  const model = await load();
  const untouched = model.byFile.get("content/en/meetings/2024-03-04.md");
  const updated = await updateContent(model, ["content/en/posts/2024-01-02-helm.md"]);
  assert.equal(updated.byFile.get("content/en/meetings/2024-03-04.md"), untouched, "entries of other files are the same objects");
  assert.notEqual(updated, model, "a new model, so caches keyed on it start afresh");
});

test("a saved, broken or deleted transcript updates the model as a full load does", async () => {
  let model = await load();
  const meeting = "content/en/meetings/2024-03-04.md";
  model = await edit(model, "en/meetings/2024-03-04.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada>First words.\n");
  assert.equal(model.transcripts.get(meeting)?.cues[0]?.text, "First words.");
  model = await edit(model, "en/meetings/2024-03-04.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<b>Bold</b> words.\n");
  assert.ok(
    model.problems.some((p) => p.file === "content/en/meetings/2024-03-04.vtt" && p.line === 4),
    JSON.stringify(model.problems),
  );
  model = await edit(model, "en/meetings/2024-03-04.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada>Second words.\n");
  assert.equal(model.transcripts.get(meeting)?.cues[0]?.text, "Second words.");
  model = await edit(model, "en/meetings/2024-03-04.vtt", undefined);
  assert.equal(model.transcripts.has(meeting), false);
  assert.deepEqual(
    model.problems.filter((p) => p.file.endsWith(".vtt")),
    [],
  );
});
