import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { pagesFor, parseNameStatus, summaryMarkdown } from "../../../src/tools/changed-pages.ts";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

test("git's name-status becomes added, changed and removed content files; renames are both", () => {
  const diff = [
    "A\tcontent/en/posts/new.md",
    "M\tcontent/fr/meetings/2018-03-22.md",
    "D\tcontent/en/demos/old.md",
    "R087\tcontent/en/posts/a.md\tcontent/en/posts/b.md",
    "M\tsite/home.11ty.tsx",
    "",
  ].join("\n");
  assert.deepEqual(parseNameStatus(diff), [
    { kind: "added", file: "content/en/posts/new.md" },
    { kind: "changed", file: "content/fr/meetings/2018-03-22.md" },
    { kind: "removed", file: "content/en/demos/old.md" },
    { kind: "removed", file: "content/en/posts/a.md" },
    { kind: "added", file: "content/en/posts/b.md" },
  ]);
});

test("each change is mapped to its page's title and full URL through the content model", () => {
  const byFile = new Map([
    ["content/fr/meetings/2018-03-22.md", { title: "Première réunion", url: "/fr/reunions/2018-03-22/", published: true }],
    ["content/en/posts/draft.md", { title: "Soon", url: "/en/blog/draft/", published: false }],
  ]);
  const rows = pagesFor(
    [
      { kind: "changed", file: "content/fr/meetings/2018-03-22.md" },
      { kind: "added", file: "content/en/posts/draft.md" },
      { kind: "removed", file: "content/en/demos/old-demo.md" },
      { kind: "removed", file: "content/fr/posts/2026-01-02-adieu.md" },
    ],
    byFile,
    new Map([["content/fr/posts/2026-01-02-adieu.md", { title: "Adieu", url: "/fr/blogue/au-revoir/", published: true }]]),
    "https://govcloud.ca",
  );
  assert.deepEqual(rows, [
    { kind: "changed", file: "content/fr/meetings/2018-03-22.md", title: "Première réunion", url: "https://govcloud.ca/fr/reunions/2018-03-22/", draft: false },
    { kind: "added", file: "content/en/posts/draft.md", title: "Soon", url: "https://govcloud.ca/en/blog/draft/", draft: true },
    { kind: "removed", file: "content/en/demos/old-demo.md", url: "https://govcloud.ca/en/demos/old-demo/" },
    { kind: "removed", file: "content/fr/posts/2026-01-02-adieu.md", title: "Adieu", url: "https://govcloud.ca/fr/blogue/au-revoir/" },
  ]);
  const table = summaryMarkdown(rows);
  assert.match(table, /\| Changed \/ Modifiée \| Première réunion \| https:\/\/govcloud\.ca\/fr\/reunions\/2018-03-22\/ \|/);
  assert.match(table, /Soon \(draft \/ ébauche\)/);
  assert.match(table, /~~https:\/\/govcloud\.ca\/en\/demos\/old-demo\/~~/);
});

test("a title with a pipe cannot break the table", () => {
  const table = summaryMarkdown([{ kind: "added", file: "content/en/posts/x.md", title: "A | B", url: "https://govcloud.ca/en/blog/x/" }]);
  assert.equal(
    table
      .trim()
      .split("\n")
      .at(-1)
      ?.split(/(?<!\\)\|/).length,
    6,
  );
});

test("on a branch, the summary lists the pages its commits add and change with their URLs", async () => {
  const dir = await fixtureProject({
    "en/posts/hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: A post."),
    "fr/posts/hello.md": page("title: Bonjour\ndate: 2026-01-15\nsummary: Un billet.\nslug: bonjour"),
  });
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.ca", ...args], { cwd: dir });
  git("init", "-q", "-b", "main");
  git("add", "content/en", "content/fr");
  git("commit", "-qm", "base");
  await writeFile(path.join(dir, "content/en/posts/hello.md"), page("title: Hello again\ndate: 2026-01-15\nsummary: A post."));
  await writeFile(path.join(dir, "content/en/posts/news.md"), page("title: News\ndate: 2026-01-16\nsummary: More."));
  await rm(path.join(dir, "content/fr/posts/hello.md"));
  git("add", "-A", "content/en", "content/fr");
  git("commit", "-qm", "change");
  const result = await runCli(dir, "changed-pages", ["--base", "main~1"]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /\| Changed \/ Modifiée \| Hello again \| https:\/\/govcloud\.ca\/en\/blog\/hello\/ \|/);
  assert.match(result.stdout, /\| Added \/ Ajoutée \| News \| https:\/\/govcloud\.ca\/en\/blog\/news\/ \|/);
  // Its French URL came from its `slug`, read from the base commit.
  assert.match(result.stdout, /\| Removed \/ Retirée \| Bonjour \| ~~https:\/\/govcloud\.ca\/fr\/blogue\/bonjour\/~~ \|/);
});
