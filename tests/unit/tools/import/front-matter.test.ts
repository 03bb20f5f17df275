import assert from "node:assert/strict";
import { test } from "node:test";
import { readHugoFile } from "../../../../src/tools/import/hugo-front-matter.ts";
import { mapFrontMatter } from "../../../../src/tools/import/map-front-matter.ts";
import { meetingSchema } from "../../../../src/content/schema/meeting.ts";
import { postSchema } from "../../../../src/content/schema/post.ts";

const toml = `+++
title = "First meetup"
date = 2018-03-22T18:00:00-04:00
lastmod = 2018-04-01
draft = false
description = "Purpose and principles."
tags = ["Open Source", "Kubernetes"]
categories = ["Meetup"]
aliases = ["/2018/03/first/"]
type = "meetup"
weight = 3
venue = "CDS"
[menu.main]
name = "First"
+++
Body line.
`;

test("TOML front matter between +++ lines: values, dates as written, body and key lines", () => {
  const file = readHugoFile(toml);
  assert.equal(file.format, "toml");
  assert.equal(file.data.title, "First meetup");
  assert.equal(file.data.date, "2018-03-22T18:00:00.000-04:00");
  assert.equal(file.body.trim(), "Body line.");
  assert.equal(file.bodyLine, 16);
  assert.equal(file.keyLine("venue"), 12);
  assert.equal(file.keyLine("categories"), 8);
});

test("YAML front matter between --- lines, and JSON", () => {
  const yaml = readHugoFile("---\ntitle: Hello\ndate: 2018-04-01T09:30:00-04:00\ntags: [a]\n---\nText\n");
  assert.equal(yaml.format, "yaml");
  assert.equal(yaml.data.date, "2018-04-01T09:30:00-04:00");
  assert.equal(yaml.bodyLine, 6);
  assert.equal(yaml.keyLine("tags"), 4);
  const json = readHugoFile('{\n  "title": "J",\n  "date": "2018-01-01"\n}\nBody');
  assert.equal(json.format, "json");
  assert.equal(json.data.title, "J");
  assert.equal(json.body, "Body");
});

test("a broken TOML block is an error with its line, not a crash", () => {
  const file = readHugoFile('+++\ntitle = "A"\ndate = = 3\n+++\n');
  assert.ok(file.error);
  assert.match(file.error.message, /front matter \(toml\)/);
});

test("Hugo keys map to a valid meeting; Hugo-only keys are dropped on purpose; unknown ones need a human", () => {
  const file = readHugoFile(toml);
  const result = mapFrontMatter(file.data, "meetings", file.body, "fallback");
  assert.deepEqual(result.data, {
    title: "First meetup",
    date: "2018-03-22",
    start: "18:00",
    summary: "Purpose and principles.",
    modified: "2018-04-01",
    tags: ["open-source", "kubernetes"],
  });
  assert.equal(meetingSchema.safeParse(result.data).success, true);
  assert.ok(
    result.mapped.some((m) => /dropped on purpose: .*aliases.*type.*weight.*menu/.test(m)),
    result.mapped.join("\n"),
  );
  // "meetup" is no tag of the vocabulary: dropped, and a human decides whether to add it.
  assert.deepEqual(
    result.human.map((h) => h.key),
    ["tags", "venue"],
  );
  assert.match(result.human[0]?.message ?? "", /meetup.*src\/content\/schema\/tags\.ts/);
});

test("a post without a description takes its first paragraph as summary; keys our schema knows pass only when valid", () => {
  const body = "## Heading\n\nWelcome to the [blog](/x/) of *the* group.\n\nMore.";
  const result = mapFrontMatter({ title: "Hello", date: "2018-04-01", image: "not a path", author: "Zach" }, "posts", body, "hello");
  assert.equal(result.data.summary, "Welcome to the blog of the group.");
  assert.equal(result.data.image, undefined);
  assert.deepEqual(result.human.map((h) => h.key).sort(), ["author", "image"]);
  assert.equal(postSchema.safeParse(result.data).success, true);
});

test("a missing title is reported and taken from the file name", () => {
  const result = mapFrontMatter({ date: "2018-04-01" }, "pages", "", "team page");
  assert.equal(result.data.title, "team page");
  assert.deepEqual(
    result.human.map((h) => h.key),
    ["title"],
  );
});
