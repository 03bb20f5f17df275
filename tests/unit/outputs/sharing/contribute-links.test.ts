import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { editUrl, issueFormUrl, issueForms } from "../../../../src/outputs/sharing/contribute-links.ts";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";

test("Edit this page opens the file in GitHub's editor on the main branch", () => {
  assert.equal(editUrl("content/fr/posts/2026-11-25-welcome.md"), "https://github.com/govcloud/govcloud.ca/edit/main/content/fr/posts/2026-11-25-welcome.md");
});

test("every issue form a page links to exists, in its language, with the fields GitHub requires", async () => {
  for (const [form, byLang] of Object.entries(issueForms)) {
    for (const [lang, file] of Object.entries(byLang)) {
      assert.match(issueFormUrl(form as keyof typeof issueForms, lang as "en" | "fr"), new RegExp(`/issues/new\\?template=${file.replace(".", "\\.")}$`));
      const yaml = parse(await readFile(path.join(projectRoot, ".github/ISSUE_TEMPLATE", file), "utf8")) as {
        name: string;
        description: string;
        body: { type: string; id?: string }[];
      };
      assert.ok(yaml.name && yaml.description, `${file}: name and description`);
      assert.ok(
        yaml.body.some((field) => field.type !== "markdown"),
        `${file}: at least one field`,
      );
      const ids = yaml.body.flatMap((field) => (field.id ? [field.id] : []));
      assert.equal(new Set(ids).size, ids.length, `${file}: unique ids`);
    }
  }
  const french = parse(await readFile(path.join(projectRoot, ".github/ISSUE_TEMPLATE", issueForms.proposeTalk.fr), "utf8")) as { name: string };
  assert.equal(french.name, "Proposer une présentation ou une démo");
});
