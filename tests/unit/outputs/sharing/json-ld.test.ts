import assert from "node:assert/strict";
import { test } from "node:test";
import { jsonForScript, structuredData, torontoDateTime } from "../../../../src/outputs/sharing/json-ld.ts";
import type { ContentModel } from "../../../../src/content/model/load.ts";
import type { Entry } from "../../../../src/content/model/types.ts";
import { fixtureModel } from "../../../helpers/fixture-model.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";

const files = {
  "en/people/ada.md": page("name: Ada Lovelace"),
  "en/meetings/2026-01-15.md": page(
    "title: January\ndate: 2026-01-15\nstart: '12:00'\nend: '13:30'\nlocation: 'CDS, Room 1'\nvirtual:\n  url: https://meet.example.ca/j/1",
  ),
  "en/meetings/2026-07-09.md": page("title: July\ndate: 2026-07-09\nstart: '12:00'\nvirtual:\n  details: Teams link by email"),
  "en/posts/hello.md": page("title: Hello\ndate: 2026-01-10\nsummary: s\nauthors: [ada]"),
  "en/demos/recorded.md": page(
    "title: Recorded\ndate: 2026-01-15\nsummary: s\nrecording: https://www.youtube.com/watch?v=abc\ncaptions: https://example.ca/t.vtt",
  ),
  "en/demos/unrecorded.md": page("title: Unrecorded\ndate: 2026-01-15\nsummary: s"),
};

function finder(model: ContentModel) {
  return (file: string): Entry => {
    const entry = model.published.find((e) => e.file === `content/en/${file}`);
    if (!entry) throw new Error(`${file} not in the fixture`);
    return entry;
  };
}

test("meeting start and end carry the America/Toronto offset of their day", () => {
  assert.equal(torontoDateTime("2026-01-15", "12:00"), "2026-01-15T12:00:00-05:00");
  assert.equal(torontoDateTime("2026-07-09", "12:00"), "2026-07-09T12:00:00-04:00");
});

test("a meeting is an Event with location and attendance mode", async () => {
  const model = await fixtureModel(files);
  const find = finder(model);
  const january = structuredData(model, find("meetings/2026-01-15.md"));
  assert.equal(january?.["@type"], "Event");
  assert.equal(january?.startDate, "2026-01-15T12:00:00-05:00");
  assert.equal(january?.endDate, "2026-01-15T13:30:00-05:00");
  assert.equal(january?.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
  assert.deepEqual(january?.location, [
    { "@type": "Place", name: "CDS, Room 1", address: "CDS, Room 1" },
    { "@type": "VirtualLocation", url: "https://meet.example.ca/j/1" },
  ]);
  const july = structuredData(model, find("meetings/2026-07-09.md"));
  assert.equal(july?.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
});

test("a post is a BlogPosting by its authors; a demo is a VideoObject only when recorded", async () => {
  const model = await fixtureModel(files);
  const find = finder(model);
  const post = structuredData(model, find("posts/hello.md"));
  assert.equal(post?.["@type"], "BlogPosting");
  assert.deepEqual(post?.author, [{ "@type": "Person", name: "Ada Lovelace", url: "https://govcloud.ca/en/people/ada/" }]);
  const demo = structuredData(model, find("demos/recorded.md"));
  assert.equal(demo?.["@type"], "VideoObject");
  assert.equal(demo?.contentUrl, "https://www.youtube.com/watch?v=abc");
  assert.equal(demo?.uploadDate, "2026-01-15");
  assert.equal(structuredData(model, find("demos/unrecorded.md")), undefined);
});

test("JSON in a script element cannot close it: < > & are escaped and the value round-trips", () => {
  const hostile = { name: `</script><script>alert("x")</script> & <!--` };
  const text = jsonForScript(hostile);
  assert.doesNotMatch(text, /[<>&]/);
  assert.deepEqual(JSON.parse(text), hostile);
});

test("a demo's VideoObject carries the words of its transcript, the French page its translation's", async () => {
  const vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada Lovelace>Hello &amp; welcome.\n\n00:00:02.500 --> 00:00:03.000\n<v Grace Hopper>Thanks.\n";
  const model = await fixtureModel({
    ...files,
    "en/demos/recorded.vtt": vtt,
    "fr/demos/recorded.md": page(
      "title: Enregistrée\ndate: 2026-01-15\nsummary: s\nrecording: https://www.youtube.com/watch?v=abc\ncaptions: https://example.ca/t.vtt",
    ),
    "en/demos/self-hosted.md": page("title: Self-hosted\ndate: 2026-01-15\nsummary: s\nrecording: /videos/demo.webm"),
  });
  const expected = "Ada Lovelace: Hello & welcome.\nGrace Hopper: Thanks.";
  assert.equal(structuredData(model, finder(model)("demos/recorded.md"))?.transcript, expected);
  const french = model.published.find((e) => e.file === "content/fr/demos/recorded.md");
  assert.ok(french);
  assert.equal(structuredData(model, french)?.transcript, expected);
  // A recording of this site is named by its full address.
  assert.equal(structuredData(model, finder(model)("demos/self-hosted.md"))?.contentUrl, "https://govcloud.ca/videos/demo.webm");
});
