import assert from "node:assert/strict";
import { test } from "node:test";
import { contentChecks } from "../../../../src/checks/index.ts";
import { formatProblem } from "../../../../src/content/problem.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";
import { projectFixture } from "../../../helpers/project-fixture.ts";

test("the fixture catalogue, with its three-level lineage, has no problem", async () => {
  const model = await fixtureModel(projectFixture, contentChecks);
  assert.deepEqual(model.problems.map(formatProblem), []);
});

test("every bad project field is reported at its file and line, all in one run", async () => {
  const model = await fixtureModel({
    "en/people/ada.md": page("name: Ada"),
    "en/projects/bad.md": page(`
name: Bad
summary: Everything wrong.
url: https://github.com/govcloud/bad
maintainers: [ada, nobody]
license: MIT-ish
images:
  - name: ghcr.io/govcloud/first
    base: ghcr.io/govcloud/second
    adds: a
  - name: ghcr.io/govcloud/second
    base: ghcr.io/govcloud/first:1
    adds: b
  - name: ghcr.io/govcloud/third
    base: ghcr.io/govcloud/thrid
    adds: c
  - name: ghcr.io/GovCloud/Fourth
    base: debian:12-slim
    adds: d
  - name: debian
    base: scratch
    adds: e`),
    "en/projects/deprecated.md": page("name: Old\nsummary: s\nurl: https://example.com/x\nlicense: GPL-2.0"),
  });
  assert.deepEqual(model.problems.map(formatProblem), [
    'content/en/projects/bad.md:6: license: "MIT-ish" is not an SPDX licence identifier (see https://spdx.org/licenses/)',
    "content/en/projects/bad.md:17: images.3.name: a repository name is lowercase (capitals are allowed only in the registry host)",
    "content/en/projects/bad.md:20: images.4.name: expected the full name with its registry, like docker.io/library/debian or ghcr.io/org/debian",
    'content/en/projects/deprecated.md:5: license: "GPL-2.0" is a deprecated SPDX identifier (use GPL-2.0-only or GPL-2.0-or-later)',
  ]);
});

test("an unknown maintainer, an unknown base and a cycle are reported at the lines that name them", async () => {
  const model = await fixtureModel({
    "en/people/ada.md": page("name: Ada"),
    "en/projects/bad.md": page(`
name: Bad
summary: Everything wrong.
url: https://github.com/govcloud/bad
maintainers: [ada, nobody]
demos: [no-such-demo]
images:
  - name: ghcr.io/govcloud/first
    base: ghcr.io/govcloud/second
    adds: a
  - name: ghcr.io/govcloud/second
    tags: ["1"]
    base: ghcr.io/govcloud/first
    adds: b
  - name: ghcr.io/govcloud/third
    base: ghcr.io/govcloud/thrid
    adds: c
  - name: ghcr.io/govcloud/fourth
    base: ghcr.io/govcloud/second:2
    adds: d
  - name: ghcr.io/govcloud/itself
    base: ghcr.io/govcloud/itself
    adds: e
  - name: ghcr.io/govcloud/outside
    base: docker.io/library/debian:12-slim
    adds: f`),
  });
  assert.deepEqual(model.problems.map(formatProblem), [
    'content/en/projects/bad.md:5: maintainers.1: no person "nobody" (expected a file content/en/people/nobody.md)',
    'content/en/projects/bad.md:6: demos.0: no demo "no-such-demo" (expected a file content/en/demos/no-such-demo.md)',
    "content/en/projects/bad.md:9: images.0.base: the lineage goes round in a circle: ghcr.io/govcloud/first → ghcr.io/govcloud/second → ghcr.io/govcloud/first (an image cannot extend what extends it)",
    "content/en/projects/bad.md:13: images.1.base: the lineage goes round in a circle: ghcr.io/govcloud/second → ghcr.io/govcloud/first → ghcr.io/govcloud/second (an image cannot extend what extends it)",
    'content/en/projects/bad.md:16: images.2.base: no image "ghcr.io/govcloud/thrid" in the catalogue (images under ghcr.io/govcloud/ are the catalogue\'s own; it has ghcr.io/govcloud/first, ghcr.io/govcloud/second, ghcr.io/govcloud/third, ghcr.io/govcloud/fourth, ghcr.io/govcloud/itself, ...)',
    'content/en/projects/bad.md:19: images.3.base: ghcr.io/govcloud/second has no tag "2" in the catalogue (its tags: 1)',
    "content/en/projects/bad.md:22: images.4.base: an image cannot be built FROM itself",
  ]);
});

test("an image belongs to one project, and a project's translation states the same images", async () => {
  const image = (base: string) => `images:\n  - name: ghcr.io/govcloud/shared\n    tags: ["1"]\n    base: ${base}\n    adds: x`;
  const model = await fixtureModel(
    {
      "en/projects/one.md": page(`name: One\nsummary: s\nurl: https://example.com/one\n${image("debian:12")}`),
      "fr/projects/one.md": page(`name: Un\nsummary: s\nurl: https://example.com/one\n${image("debian:13")}`),
      "en/projects/two.md": page(`name: Two\nsummary: s\nurl: https://example.com/two\n${image("debian:12")}`),
    },
    contentChecks,
  );
  assert.deepEqual(model.problems.map(formatProblem), [
    "content/en/projects/two.md:6: images.0.name: ghcr.io/govcloud/shared is already an image of content/en/projects/one.md (an image belongs to one project)",
    'content/fr/projects/one.md:8: images.0.base: "debian:13" here but "debian:12" in its translation content/en/projects/one.md:8 (facts must match in both languages)',
  ]);
});
