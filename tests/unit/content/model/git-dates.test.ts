import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { lastCommitDates } from "../../../../src/content/model/git-dates.ts";
import { tempDir } from "../../../../scripts/lib/temp-dir.ts";

test("Date modified comes from each file's last commit", async () => {
  const dir = await tempDir("git-dates-");
  const git = (args: string[], date: string) =>
    execFileSync("git", args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_DATE: date,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@t",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@t",
      },
    });
  git(["init", "-q"], "2020-01-01T12:00:00Z");
  await mkdir(path.join(dir, "content/en/posts"), { recursive: true });
  await writeFile(path.join(dir, "content/en/posts/a.md"), "a");
  await writeFile(path.join(dir, "content/en/posts/b.md"), "b");
  git(["add", "."], "2020-01-01T12:00:00Z");
  git(["commit", "-qm", "first"], "2020-01-01T12:00:00Z");
  await writeFile(path.join(dir, "content/en/posts/b.md"), "b2");
  git(["commit", "-qam", "second"], "2021-06-15T12:00:00Z");
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const dates = lastCommitDates("content");
    assert.equal(dates.get("content/en/posts/a.md"), "2020-01-01");
    assert.equal(dates.get("content/en/posts/b.md"), "2021-06-15");
  } finally {
    process.chdir(cwd);
  }
});

test("outside a git checkout there are no dates, and no crash", async () => {
  const dir = await tempDir("no-git-");
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.equal(lastCommitDates("content").size, 0);
  } finally {
    process.chdir(cwd);
  }
});
