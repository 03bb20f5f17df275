import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureProject, page, runCli } from "../../../scripts/lib/fixture-site.ts";

const posts = {
  "en/posts/kept.md": page("title: Kept\ndate: 2025-01-10\nsummary: s\ntags: [helm]", "Helm charts for everyone."),
  "en/posts/dropped.md": page("title: Dropped\ndate: 2025-02-10\nsummary: s\ntags: [argo-cd]", "Argo rollouts, soon deleted."),
  "fr/posts/kept.md": page("title: Gardé\ndate: 2025-01-10\nsummary: s\nslug: garde\ntags: [helm]", "Des chartes Helm pour tous."),
};

/**
 * Every file of a built site with a hash of its content; the search index's index and filter
 * chunks only counted (their names number pages in the order they arrive, and the pf_meta and
 * pagefind-entry.json name them).
 */
async function siteFiles(site: string): Promise<{ files: Map<string, string>; chunks: Record<string, number> }> {
  const files = new Map<string, string>();
  const chunks: Record<string, number> = {};
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(site, path.join(entry.parentPath, entry.name));
    const kind = /^pagefind\/(index|filter)\//.exec(relative)?.[1];
    if (kind) chunks[kind] = (chunks[kind] ?? 0) + 1;
    else if (/\.pf_meta$|pagefind-entry\.json$/.test(relative)) files.set(relative.replace(/_\w+\.pf_meta$/, ".pf_meta"), "");
    else
      files.set(
        relative,
        createHash("sha256")
          .update(await readFile(path.join(site, relative)))
          .digest("hex"),
      );
  }
  return { files, chunks };
}

test("a build over an earlier build's files publishes exactly what a fresh build does", async () => {
  const reused = await fixtureProject(posts);
  // A build after two others, over their output, with a page deleted and one edited.
  for (let i = 0; i < 2; i++) assert.equal((await runCli(reused, "build")).code, 0);
  await rm(path.join(reused, "content", "en", "posts", "dropped.md"));
  const edited = page("title: Kept\ndate: 2025-01-10\nsummary: s\ntags: [helm]", "Helm charts and Kustomize overlays.");
  await writeFile(path.join(reused, "content", "en", "posts", "kept.md"), edited);
  const third = await runCli(reused, "build");
  assert.equal(third.code, 0, third.stderr);

  const fresh = await fixtureProject({ "en/posts/kept.md": edited, "fr/posts/kept.md": posts["fr/posts/kept.md"] });
  assert.equal((await runCli(fresh, "build")).code, 0);
  const [got, want] = [await siteFiles(path.join(reused, "_site")), await siteFiles(path.join(fresh, "_site"))];
  assert.deepEqual([...got.files.keys()].sort(), [...want.files.keys()].sort());
  for (const [file, hash] of want.files) assert.equal(got.files.get(file), hash, file);
  assert.deepEqual(got.chunks, want.chunks);
  assert.equal(existsSync(path.join(reused, "_site", "en", "blog", "dropped")), false);
});

test("a second build at the same time in the same folder works in a folder of its own and leaves nothing behind", async () => {
  const dir = await fixtureProject(posts);
  const results = await Promise.all([runCli(dir, "build"), runCli(dir, "build")]);
  for (const result of results) assert.equal(result.code, 0, result.stderr);
  assert.ok(existsSync(path.join(dir, "_site", "en", "blog", "kept", "index.html")));
  assert.deepEqual(
    (await readdir(dir)).filter((name) => name.startsWith(".build-")),
    [],
  );
});
