import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { markdown } from "../../../../src/content/markdown/index.ts";
import { loadContent } from "../../../../src/content/model/load.ts";
import { fixtureProject, page, runCli } from "../../../../scripts/lib/fixture-site.ts";

const body = (intro: string) =>
  [
    `${intro} [Kubernetes](https://kubernetes.io/) and [the other post]({{< relref "posts/second.md" >}}).[^1]`,
    "",
    "    indented: a paragraph here, not code",
    "",
    "```yaml",
    "kind: Pod",
    "```",
    "",
    "## A heading",
    "",
    '{{< youtube dQw4w9WgXcQ "Helm at scale" >}}',
    "",
    "[^1]: A footnote.",
  ].join("\n");

test("pages are rendered from the tokens the content check approved, exactly as markdown-it renders them", async () => {
  const dir = await fixtureProject({
    "en/posts/first.md": page("title: First\ndate: 2025-01-10\nsummary: s", body("Read")),
    "en/posts/second.md": page("title: Second\ndate: 2025-01-11\nsummary: s", "Plain *text*."),
    "fr/posts/first.md": page("title: Premier\ndate: 2025-01-10\nsummary: s\nslug: premier", body("Lisez")),
    "fr/posts/second.md": page("title: Deuxième\ndate: 2025-01-11\nsummary: s\nslug: deuxieme", "Du *texte*."),
  });
  const built = await runCli(dir, "build");
  assert.equal(built.code, 0, built.stderr);
  const home = process.cwd();
  process.chdir(dir);
  try {
    const model = await loadContent({ contentDir: "content" });
    for (const entry of model.published) {
      const expected = markdown.render(model.frontMatter.get(entry.file)?.body ?? "", { lang: entry.lang, model, page: { inputPath: `./${entry.file}` } });
      const html = await readFile(path.join("_site", entry.url, "index.html"), "utf8");
      assert.ok(html.includes(expected), `${entry.file}: the page has its body as markdown-it renders it`);
    }
    const french = await readFile(path.join("_site", "fr", "blogue", "premier", "index.html"), "utf8");
    assert.match(french, /href="\/fr\/blogue\/deuxieme\/"/);
    assert.match(french, /Lire la vidéo/);
  } finally {
    process.chdir(home);
  }
});
