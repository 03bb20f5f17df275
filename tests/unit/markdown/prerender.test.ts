import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { prerenderBodies, type Prerendered } from "../../../src/markdown/prerender.ts";
import { loadContent } from "../../../src/model/load.ts";
import { fixtureProject, page, runCli } from "../../helpers/fixture-site.ts";

const body = [
  "An intro with a [link out](https://kubernetes.io/) and a [relref]({{< relref \"posts/second.md\" >}}).[^1]",
  "",
  "    indented, which Eleventy does not make code",
  "",
  "```yaml",
  "apiVersion: v1",
  "kind: Pod",
  "```",
  "",
  "## A heading",
  "",
  "{{< youtube dQw4w9WgXcQ \"Helm at scale\" >}}",
  "",
  "[^1]: A footnote.",
].join("\n");

test("pages whose Markdown the build's worker rendered ahead are the pages Eleventy renders itself", async () => {
  const dir = await fixtureProject({
    "en/posts/first.md": page("title: First\ndate: 2025-01-10\nsummary: s", body),
    "en/posts/second.md": page("title: Second\ndate: 2025-01-11\nsummary: s", "Plain *text*."),
    "fr/posts/second.md": page("title: Deuxième\ndate: 2025-01-11\nsummary: s\nslug: deuxieme", "Du *texte*."),
    "fr/posts/first.md": page("title: Premier\ndate: 2025-01-10\nsummary: s\nslug: premier", body.replace("An intro", "Une intro")),
  });
  // npm run build: Markdown rendered ahead in the page worker.
  const built = await runCli(dir, "build");
  assert.equal(built.code, 0, built.stderr);
  // Eleventy on its own (as under npm start): every body rendered on the build's thread.
  await promisify(execFile)(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--output=_plain", "--quiet"], { cwd: dir });
  const pages = ["en/blog/first/index.html", "fr/blogue/premier/index.html", "en/blog/second/index.html", "fr/blogue/deuxieme/index.html"];
  for (const file of pages) {
    const [ahead, plain] = await Promise.all([readFile(path.join(dir, "_site", file), "utf8"), readFile(path.join(dir, "_plain", file), "utf8")]);
    assert.equal(ahead, plain, file);
  }
  // The worker's rendering itself (whether or not the small build above was quick enough to use it).
  const home = process.cwd();
  process.chdir(dir);
  const ahead: Prerendered[] = [];
  try {
    const model = await loadContent({ contentDir: "content" });
    await prerenderBodies(model, (batch) => ahead.push(...batch));
    assert.equal(ahead.length, model.published.length);
    for (const [file, , html] of ahead) {
      const plain = await readFile(path.join("_plain", model.byFile.get(file)?.url ?? "", "index.html"), "utf8");
      assert.ok(plain.includes(html), `${file}: Eleventy's own page has the body as rendered ahead`);
    }
  } finally {
    process.chdir(home);
  }
  const first = await readFile(path.join(dir, "_site", pages[0] ?? ""), "utf8");
  assert.match(first, /<p>indented, which Eleventy does not make code<\/p>/);
  assert.match(first, /href="\/en\/blog\/second\/"/);
  assert.match(first, /class="footnotes?/);
});
