import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTwinFacts } from "../../../src/checks/twin-facts.ts";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../helpers/model.ts";

const person = (name: string) => page(`name: ${name}`);

test("npm run check fails with file:line for each fact a translation pair disagrees on", async () => {
  const dir = await fixtureProject({
    "en/people/ada.md": person("Ada"),
    "fr/people/ada.md": person("Ada"),
    "en/people/grace.md": person("Grace"),
    "fr/people/grace.md": person("Grace"),
    "en/meetings/2026-12-10.md": page('title: December\ndate: 2026-12-10\nstart: "12:00"\nend: "13:00"\nnoteTaker: ada'),
    "fr/meetings/2026-12-10.md": page('title: Décembre\ndate: 2026-12-10\nstart: "12:30"\nend: "13:00"\nnoteTaker: grace'),
    "en/demos/helm.md": page("title: Helm\ndate: 2026-12-10\nsummary: s\nmeeting: 2026-12-10\nrepository: https://github.com/govcloud/helm\npresenters: [ada]"),
    "fr/demos/helm.md": page(
      "title: Helm\ndate: 2026-12-10\nsummary: s\nmeeting: 2026-12-10\nrepository: https://github.com/govcloud/helm-fr\npresenters: [ada, grace]",
    ),
    "en/posts/2026-01-15-hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: s\nauthors: [ada]"),
    "fr/posts/2026-01-15-hello.md": page("title: Bonjour\ndate: 2026-01-16\nsummary: s\nauthors: [ada]"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1, result.stdout);
  const lines = result.stderr.split("\n");
  const expect = (pattern: RegExp) =>
    assert.ok(
      lines.some((line) => pattern.test(line)),
      `no line matches ${pattern}\n${result.stderr}`,
    );
  expect(/^content\/fr\/meetings\/2026-12-10\.md:4: start: "12:30" here but "12:00" in its translation content\/en\/meetings\/2026-12-10\.md:4 /);
  expect(/^content\/fr\/meetings\/2026-12-10\.md:6: noteTaker: "grace" here but "ada" in its translation/);
  expect(/^content\/fr\/demos\/helm\.md:6: repository: /);
  expect(/^content\/fr\/demos\/helm\.md:7: presenters: \["ada","grace"\] here but \["ada"\]/);
  expect(/^content\/fr\/posts\/2026-01-15-hello\.md:3: date: "2026-01-16" here but "2026-01-15"/);
  assert.equal(lines.filter((line) => line.startsWith("content/")).length, 5, "titles and summaries may differ; only facts are compared");
});

test("a fact set in one language only is reported on the file that has it", async () => {
  const model = await fixtureModel(
    {
      "en/meetings/2026-12-10.md": page("title: December\ndate: 2026-12-10\nrecording: https://example.org/video"),
      "fr/meetings/2026-12-10.md": page("title: Décembre\ndate: 2026-12-10"),
    },
    [checkTwinFacts],
  );
  assert.deepEqual(model.problems, [
    {
      file: "content/en/meetings/2026-12-10.md",
      line: 4,
      message:
        'recording: "https://example.org/video" here but (not set) in its translation content/fr/meetings/2026-12-10.md:2 (facts must match in both languages)',
    },
  ]);
});

test("an action item closed in one language only is a mismatch", async () => {
  const items = (done: boolean) => `actionItems:\n  - what: Write it\n    who: Ada\n  - what: Ship it\n    who: Ada\n    done: ${done}`;
  const model = await fixtureModel(
    {
      "en/meetings/2026-12-10.md": page(`title: December\ndate: 2026-12-10\n${items(true)}`),
      "fr/meetings/2026-12-10.md": page(`title: Décembre\ndate: 2026-12-10\n${items(false)}`),
    },
    [checkTwinFacts],
  );
  assert.equal(model.problems.length, 1);
  assert.equal(model.problems[0]?.file, "content/fr/meetings/2026-12-10.md");
  assert.equal(model.problems[0]?.line, 9);
  assert.match(model.problems[0]?.message ?? "", /^actionItems\.1\.done: false here but true/);
});

test("a page without a translation is reported, not failed", async () => {
  const dir = await fixtureProject({
    "en/posts/2026-01-15-hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: s"),
    "fr/posts/2026-01-15-hello.md": page("title: Bonjour\ndate: 2026-01-15\nsummary: s"),
    "fr/posts/2026-02-01-seulement.md": page("title: Seulement\ndate: 2026-02-01\nsummary: s"),
    "en/demos/helm.md": page("title: Helm\ndate: 2026-01-15\nsummary: s"),
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /Translations: 2 pages in one language only/);
  assert.match(result.stdout, /^ {2}demos: 1\n {4}content\/en\/demos\/helm\.md \(no French version\)$/m);
  assert.match(result.stdout, /^ {2}posts: 1\n {4}content\/fr\/posts\/2026-02-01-seulement\.md \(no English version\)$/m);
});
