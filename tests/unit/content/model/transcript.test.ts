import assert from "node:assert/strict";
import { test } from "node:test";
import { readTranscript } from "../../../../src/content/model/transcript.ts";
import { fixtureProject, page, runCli } from "../../../../scripts/lib/fixture-site.ts";
import { englishTranscript } from "../../../helpers/transcript-fixture.ts";

test("a transcript reads as cues in time order, with speakers from <v Name> and entities as text", () => {
  const { transcript, problems } = readTranscript("content/en/demos/x.vtt", englishTranscript);
  assert.deepEqual(problems, []);
  assert.equal(transcript?.page, "content/en/demos/x.md");
  assert.deepEqual(transcript?.cues.slice(0, 4), [
    { start: 1, end: 4, speaker: "Ada Lovelace", text: "Welcome to the autoscaling demo." },
    { start: 4.5, end: 8, speaker: "Ada Lovelace", text: "The cluster grows when the queue fills & shrinks after." },
    { start: 9, end: 12.5, speaker: "Grace Hopper", text: "Does it scale to zero?" },
    { start: 20, end: 83, speaker: "Grace Hopper", text: "Our nodes are as hardy as a tardigrade, they survive a reboot." },
  ]);
});

const cue = (text: string, timing = "00:00:01.000 --> 00:00:02.000") => `${timing}\n${text}\n`;

test("npm run check reports each malformed transcript at its line", async () => {
  const demo = (title: string) => page(`title: ${title}\ndate: 2026-01-15\nsummary: A demo.`);
  const dir = await fixtureProject({
    "en/demos/header.md": demo("Header"),
    "en/demos/header.vtt": `WEBVTT: yes\nKind: captions\n\n${cue("Hello.")}`,
    "en/demos/no-signature.md": demo("No signature"),
    "en/demos/no-signature.vtt": `1\n00:00:01.000 --> 00:00:02.000\nHello.\n`,
    "en/demos/backwards.md": demo("Backwards"),
    // Line 6: a cue that ends before it starts; line 9: a timestamp that is not one.
    "en/demos/backwards.vtt": `WEBVTT\n\n${cue("Fine.")}\n00:00:05.000 --> 00:00:03.000\nBackwards.\n\n00:00:0x.000 --> 00:00:08.000\nBad time.\n`,
    "en/demos/markup.md": demo("Markup"),
    "en/demos/markup.vtt": [
      "WEBVTT",
      "",
      "00:00:01.000 --> 00:00:02.000",
      "<v Ada>Fine, &amp; this &lt;b&gt; is text.</v>",
      "<b>bold</b>",
      "",
      "00:00:03.000 --> 00:00:04.000",
      "<c.loud>classy</c> and <00:00:03.500> a timestamp",
      "",
      "00:00:05.000 --> 00:00:06.000",
      "<v>nobody</v> <script>alert(1)</script>",
      "",
      "00:00:07.000 --> 00:00:08.000",
      "if a < b",
      "",
    ].join("\n"),
    "en/demos/orphan.vtt": `WEBVTT\n\n${cue("Nobody's page.")}`,
    "en/posts/post.md": page("title: Post\ndate: 2026-01-15\nsummary: A post."),
    "en/posts/post.vtt": `WEBVTT\n\n${cue("A post has no recording.")}`,
  });
  const result = await runCli(dir, "check");
  assert.equal(result.code, 1);
  const lines = result.stderr.split("\n");
  const expect = (pattern: RegExp) =>
    assert.ok(
      lines.some((line) => pattern.test(line)),
      `no line matches ${pattern}\n${result.stderr}`,
    );
  expect(/^content\/en\/demos\/header\.vtt:1: WebVTT: No valid signature/);
  expect(/^content\/en\/demos\/header\.vtt:2: WebVTT: No blank line after the signature/);
  expect(/^content\/en\/demos\/no-signature\.vtt:1: WebVTT: No valid signature/);
  expect(/^content\/en\/demos\/backwards\.vtt:6: WebVTT: End timestamp is not greater than start timestamp/);
  expect(/^content\/en\/demos\/backwards\.vtt:9: WebVTT: /);
  expect(/^content\/en\/demos\/markup\.vtt:5: "<b>": markup is not allowed in a transcript/);
  expect(/^content\/en\/demos\/markup\.vtt:5: "<\/b>": markup is not allowed/);
  expect(/^content\/en\/demos\/markup\.vtt:8: "<c\.loud>": markup is not allowed/);
  expect(/^content\/en\/demos\/markup\.vtt:8: "<00:00:03\.500>": markup is not allowed/);
  expect(/^content\/en\/demos\/markup\.vtt:11: "<v>": a voice span needs the speaker's name/);
  expect(/^content\/en\/demos\/markup\.vtt:11: "<script>": markup is not allowed/);
  expect(/^content\/en\/demos\/markup\.vtt:14: "< b": a "<" in a transcript must be written &lt;/);
  expect(/^content\/en\/demos\/orphan\.vtt:1: a transcript needs its page: content\/en\/demos\/orphan\.md does not exist/);
  expect(/^content\/en\/posts\/post\.vtt:1: a transcript goes beside a demo or meeting page/);
  // The good line of markup.vtt is not reported: entities and a voice span are fine.
  assert.ok(!lines.some((line) => line.startsWith("content/en/demos/markup.vtt:4:")), result.stderr);
});
