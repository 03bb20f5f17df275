import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DateTime } from "luxon";
import { fixtureProject, runCli } from "../../../scripts/lib/fixture-site.ts";

test("npm run new creates English and French files that pass the check, and never overwrites", async () => {
  const dir = await fixtureProject({});
  const today = DateTime.now().setZone("America/Toronto").toISODate();
  const created = [
    [["post", 'Helm: lessons "learned"'], `content/en/posts/${today}-helm-lessons-learned.md`, `content/fr/posts/${today}-helm-lessons-learned.md`],
    [["meeting", "2026-12-10"], "content/en/meetings/2026-12-10.md", "content/fr/meetings/2026-12-10.md"],
    [["demo", "Argo CD at SSC"], "content/en/demos/argo-cd-at-ssc.md", "content/fr/demos/argo-cd-at-ssc.md"],
    [["person", "Zoë Tremblay"], "content/en/people/zoe-tremblay.md", "content/fr/people/zoe-tremblay.md"],
    [["project", "GC base images"], "content/en/projects/gc-base-images.md", "content/fr/projects/gc-base-images.md"],
  ] as const;
  for (const [args, en, fr] of created) {
    const result = await runCli(dir, "new", [...args]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${en}\n${fr}\n`);
  }
  const post = await readFile(path.join(dir, created[0][1]), "utf8");
  assert.match(post, /^title: "Helm: lessons \\"learned\\""$/m);
  assert.match(post, /^draft: true/m);
  assert.match(await readFile(path.join(dir, created[1][2]), "utf8"), /^title: "Réunion du 10 décembre 2026"$/m);
  assert.match(await readFile(path.join(dir, created[4][1]), "utf8"), /^name: "GC base images"$/m);

  const check = await runCli(dir, "check");
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /16 content files checked: no problems/);

  const before = await readFile(path.join(dir, created[2][1]), "utf8");
  const again = await runCli(dir, "new", ["demo", "Argo CD at SSC"]);
  assert.equal(again.code, 1);
  assert.equal(again.stderr.trim(), `Not created: ${created[2][1]} and ${created[2][2]} already exist (nothing was overwritten).`);
  assert.equal(await readFile(path.join(dir, created[2][1]), "utf8"), before);
});

test("npm run new explains what it expects", async () => {
  const dir = await fixtureProject({});
  const badDate = await runCli(dir, "new", ["meeting", "2026-02-30"]);
  assert.equal(badDate.code, 1);
  assert.match(badDate.stderr, /"2026-02-30" is not a date: a meeting is named by its date, YYYY-MM-DD/);
  const unknown = await runCli(dir, "new", ["article", "x"]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /^Usage: npm run new -- <post\|meeting\|demo\|person\|project>/);
  assert.equal(existsSync(path.join(dir, "content/en/meetings")), false);
});

test("a new demo says where its transcript goes, in each language", async () => {
  const { newFiles } = await import("../../../src/tools/authoring/templates.ts");
  const files = newFiles("demo", "Argo CD at SSC", "2026-01-15");
  assert.ok(Array.isArray(files));
  const [en, fr] = files;
  assert.match(en?.text ?? "", /Transcript: a WebVTT file beside this one, same name ending in \.vtt/);
  assert.match(fr?.text ?? "", /Transcription : un fichier WebVTT à côté de celui-ci/);
});
