import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { buildListPages, pageSize } from "../../../../src/outputs/collections/list-pages.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

const now = DateTime.fromISO("2026-06-01T12:00", { zone: "America/Toronto" });

test("every page of a list is dated by the newest change in its collection; an empty list by the build", async () => {
  const files: Record<string, string> = {};
  for (let day = 1; day <= pageSize + 1; day++) {
    const date = `2025-01-${String(day).padStart(2, "0")}`;
    // The newest change is to the oldest post, which sits on page 2: adding a post moves it there.
    files[`en/posts/${date}.md`] = page(`title: Post ${day}\ndate: ${date}\nsummary: s\nmodified: ${day === 1 ? "2026-05-20" : "2026-01-01"}`);
  }
  const lists = buildListPages(await fixtureModel(files, [], now), now);
  const posts = lists.filter((list) => list.lang === "en" && list.collection === "posts");
  assert.deepEqual(
    posts.map((list) => [list.url, list.modified]),
    [
      ["/en/blog/", "2026-05-20"],
      ["/en/blog/page/2/", "2026-05-20"],
    ],
  );
  const emptyDemos = lists.find((list) => list.lang === "en" && list.collection === "demos");
  assert.equal(emptyDemos?.modified, "2026-06-01", "no entry to date it: the build date");
});
