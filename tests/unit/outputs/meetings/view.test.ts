import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { meetingTime, meetingView } from "../../../../src/outputs/meetings/view.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

test("meeting times are shown in both languages with the zone in force that day", () => {
  assert.equal(meetingTime("2026-12-10", "12:00", "13:30", "en"), "12:00 p.m. – 1:30 p.m. EST");
  assert.equal(meetingTime("2026-07-09", "09:00", "10:00", "fr"), "9 h 00 – 10 h 00 HAE");
  assert.equal(meetingTime("2026-07-09", "14:00", undefined, "en"), "2:00 p.m. EDT");
  assert.equal(meetingTime("2018-03-22", undefined, undefined, "en"), undefined);
});

test("a meeting's view: demos shown that day and their presenters, agenda before, minutes after", async () => {
  const model = await fixtureModel({
    "en/people/ada.md": page("name: Ada Lovelace"),
    "en/people/grace.md": page("name: Grace Hopper"),
    "en/meetings/2026-06-11.md": page("title: June\ndate: 2026-06-11\nactionItems:\n  - what: x\n    who: y\n    done: true"),
    "en/demos/helm.md": page("title: Helm\ndate: 2026-06-11\nsummary: s\nmeeting: 2026-06-11\npresenters: [ada, grace]"),
    "en/demos/argo.md": page("title: Argo\ndate: 2026-06-11\nsummary: s\nmeeting: 2026-06-11\npresenters: [grace]"),
    "en/demos/other.md": page("title: Other\ndate: 2026-05-01\nsummary: s\nmeeting: 2026-06-12"),
    "en/meetings/2026-06-12.md": page("title: Next day\ndate: 2026-06-12"),
  });
  const entry = model.published.find((e) => e.url === "/en/meetings/2026-06-11/");
  assert.ok(entry?.collection === "meetings");
  const before = meetingView(entry, model, DateTime.fromISO("2026-06-11T20:00", { zone: "America/Toronto" }));
  assert.equal(before.upcoming, true, "still upcoming until the day is over");
  assert.deepEqual(before.demos.map((d) => d.entry.title).sort(), ["Argo", "Helm"]);
  assert.deepEqual([...before.presenters].sort(), ["ada", "grace"]);
  assert.equal(before.calendarUrl, "/en/meetings/2026-06-11.ics");
  assert.equal(before.hasOpenActionItems, false);
  const after = meetingView(entry, model, DateTime.fromISO("2026-06-12T00:01", { zone: "America/Toronto" }));
  assert.equal(after.upcoming, false);
});
