import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { newFiles, newKinds } from "../../../../src/tools/authoring/templates.ts";
import { schemas } from "../../../../src/content/schema/index.ts";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";

/** The fields named in the first column of the table under `### <heading>`: `a`, `b` -> [a, b]. */
function tableFields(markdown: string, heading: RegExp): string[] | undefined {
  const sections = markdown.split(/^### /m).slice(1);
  const section = sections.find((text) => heading.test(text.split("\n")[0] ?? ""));
  if (!section) return undefined;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""));
}

test("CONTRIBUTING's front-matter tables list exactly the fields of each schema", async () => {
  const contributing = await readFile(path.join(projectRoot, "CONTRIBUTING.md"), "utf8");
  const everywhere = tableFields(contributing, /^Every collection/) ?? [];
  assert.deepEqual(everywhere.sort(), ["draft", "modified", "needsTranslation", "redirectFrom", "slug"]);
  for (const [collection, schema] of Object.entries(schemas)) {
    const listed = tableFields(contributing, new RegExp(`^${collection}\\b`));
    assert.ok(listed, `CONTRIBUTING.md has no "### ${collection}" table`);
    const fields = Object.keys(schema.shape).sort();
    const documented = [...new Set([...listed, ...everywhere])].sort();
    assert.deepEqual(documented, fields, `the ${collection} table does not match src/content/schema/ (left: documented, right: schema)`);
  }
});

test("npm run new writes every field of the schema, filled in or commented out", () => {
  for (const kind of Object.keys(newKinds) as (keyof typeof newKinds)[]) {
    const files = newFiles(kind, kind === "meeting" ? "2026-12-10" : "Some title", "2026-11-25");
    assert.ok(Array.isArray(files));
    const schema = schemas[newKinds[kind]];
    for (const { file, text } of files) {
      for (const field of Object.keys(schema.shape)) {
        assert.match(text, new RegExp(`^(# )?${field}:`, "m"), `${file} does not mention ${field}`);
      }
    }
  }
});

test("a new meeting, its agenda filled in, shows one Agenda heading in each language", async () => {
  const { fixtureModel } = await import("../../../helpers/model.ts");
  const { renderToString } = await import("preact-render-to-string");
  const { h } = await import("preact");
  const { ContentPage } = await import("../../../../layouts/content-page.tsx");
  const files = newFiles("meeting", "2026-12-10", "2026-11-25");
  assert.ok(Array.isArray(files));
  const filled = Object.fromEntries(
    files.map(({ file, text }) => [
      file.replace(/^content\//, ""),
      text.replace(/^# agenda: .*$/m, "agenda: [Demos, Round table]").replace(/^draft: true.*$/m, ""),
    ]),
  );
  const model = await fixtureModel(filled);
  assert.deepEqual(model.problems, []);
  for (const entry of model.entries) {
    const html = renderToString(h(ContentPage, { entry, model }));
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ""));
    assert.equal(headings.filter((text) => /^(Agenda|Ordre du jour)$/.test(text ?? "")).length, 1, `${entry.file}: ${headings.join(" | ")}`);
  }
});
