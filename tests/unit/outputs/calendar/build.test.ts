import assert from "node:assert/strict";
import { test } from "node:test";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { buildCalendar } from "../../../../src/outputs/calendar/build.ts";
import { toCalendarEvent, type CalendarEvent } from "../../../../src/outputs/calendar/event.ts";
import { calendarFiles } from "../../../../src/outputs/calendar/files.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

const zone = "America/Toronto";

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "2026-12-10@govcloud.ca",
    summary: "December meeting",
    start: DateTime.fromISO("2026-12-10T12:00", { zone }),
    end: DateTime.fromISO("2026-12-10T13:30", { zone }),
    allDay: false,
    location: undefined,
    description: "What we will do.",
    url: "https://govcloud.ca/en/meetings/2026-12-10/",
    stamp: DateTime.fromISO("2026-11-20T00:00", { zone }).toUTC(),
    ...overrides,
  };
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function onlyEvent(ics: string): ICAL.Event {
  const events = parse(ics).getAllSubcomponents("vevent");
  assert.equal(events.length, 1);
  return new ICAL.Event(events[0]);
}

test("a timed meeting carries a VTIMEZONE for America/Toronto and its local times", () => {
  const ics = buildCalendar({ lang: "en", name: "Meetings", url: "https://govcloud.ca/en/meetings/", events: [event()] });
  const calendar = parse(ics);
  const timezones = calendar.getAllSubcomponents("vtimezone");
  assert.equal(timezones.length, 1);
  assert.equal(timezones[0]?.getFirstPropertyValue("tzid"), zone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  assert.equal(vevent?.getFirstProperty("dtstart")?.getParameter("tzid"), zone);
  assert.equal(vevent?.getFirstProperty("dtend")?.getParameter("tzid"), zone);
  const parsed = onlyEvent(ics);
  assert.equal(parsed.startDate.toString(), "2026-12-10T12:00:00");
  assert.equal(parsed.endDate.toString(), "2026-12-10T13:30:00");
  // Winter: 12:00 in Toronto is 17:00 UTC (EST, UTC-5) once the VTIMEZONE is registered.
  ICAL.TimezoneService.register(timezones[0] as ICAL.Component);
  assert.equal(parsed.startDate.toUnixTime(), DateTime.fromISO("2026-12-10T17:00Z").toSeconds());
});

test("DTSTAMP is in UTC, as RFC 5545 §3.8.7.2 requires, and every required property is there", () => {
  const ics = buildCalendar({ lang: "en", name: "Meetings", url: "https://govcloud.ca/en/meetings/", events: [event()] });
  assert.match(ics, /\r\nDTSTAMP:20261120T050000Z\r\n/);
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/govcloud\.ca\/\/meetings\/\/EN\r\n/);
  assert.equal(onlyEvent(ics).uid, "2026-12-10@govcloud.ca");
});

test("commas, semicolons, backslashes and newlines in text are escaped and come back intact", () => {
  const summary = "Helm; charts, and\\or operators";
  const location = "Room 2, 10 Wellington St.; Gatineau\nEnter by the south door";
  const ics = buildCalendar({ lang: "en", name: "Meetings", url: "https://govcloud.ca/en/meetings/", events: [event({ summary, location })] });
  assert.match(ics, /SUMMARY:Helm\\; charts\\, and\\\\or operators/);
  assert.match(ics, /LOCATION:Room 2\\, 10 Wellington St\.\\; Gatineau\\nEnter/);
  const parsed = onlyEvent(ics);
  assert.equal(parsed.summary, summary);
  assert.equal(parsed.location, location);
});

test("a calendar named after a meeting title cannot break out of its NAME line", () => {
  const ics = buildCalendar({ lang: "en", name: "Helm, Argo; and\nBEGIN:VEVENT", url: "https://govcloud.ca/en/meetings/", events: [event()] });
  assert.match(ics, /\r\nNAME:Helm\\, Argo\\; and\\nBEGIN:VEVENT\r\n/);
  assert.equal(parse(ics).getAllSubcomponents("vevent").length, 1);
});

test("long lines are folded at 75 octets and unfold to the original text", () => {
  const description = "Nous présenterons l’état du déploiement de Kubernetes dans les ministères. ".repeat(8).trim();
  const ics = buildCalendar({ lang: "fr", name: "Réunions", url: "https://govcloud.ca/fr/reunions/", events: [event({ description })] });
  const lines = ics.split("\r\n");
  for (const line of lines) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `line longer than 75 octets: ${line}`);
  assert.ok(
    lines.some((line) => line.startsWith(" ")),
    "the description should have been folded",
  );
  assert.equal(onlyEvent(ics).description, description);
});

test("a meeting without a start time is an all-day event on its date", async () => {
  const model = await fixtureModel({ "en/meetings/2026-03-22.md": page("title: Spring meeting\ndate: 2026-03-22\nlocation: CDS, Ottawa") });
  const [file] = calendarFiles(model).filter((f) => f.url === "/en/meetings/2026-03-22.ics");
  assert.ok(file);
  const parsed = onlyEvent(file.body);
  assert.equal(parsed.startDate.isDate, true);
  assert.equal(parsed.startDate.toString(), "2026-03-22");
  assert.equal(parsed.endDate.toString(), "2026-03-23");
  assert.equal(parsed.location, "CDS, Ottawa");
  assert.doesNotMatch(file.body, /BEGIN:VTIMEZONE/, "no TZID is used, so no VTIMEZONE is needed");
});

test("UIDs are <date>@govcloud.ca, identical across builds and across the two languages", async () => {
  const files = {
    "en/meetings/2026-12-10.md": page('title: December meeting\ndate: 2026-12-10\nstart: "12:00"\nend: "13:00"\nmodified: 2026-11-01'),
    "fr/meetings/2026-12-10.md": page('title: Réunion de décembre\ndate: 2026-12-10\nstart: "12:00"\nend: "13:00"\nmodified: 2026-11-01'),
  };
  const first = calendarFiles(await fixtureModel(files));
  const second = calendarFiles(await fixtureModel(files));
  assert.deepEqual(first, second, "two builds of the same content give the same files, byte for byte");
  const en = first.find((f) => f.url === "/en/meetings.ics");
  const fr = first.find((f) => f.url === "/fr/reunions.ics");
  assert.ok(en && fr);
  assert.equal(onlyEvent(en.body).uid, "2026-12-10@govcloud.ca");
  assert.equal(onlyEvent(fr.body).uid, "2026-12-10@govcloud.ca");
  assert.equal(onlyEvent(fr.body).summary, "Réunion de décembre");
});

test("each language's feed holds every meeting, untranslated ones included", async () => {
  const model = await fixtureModel({
    "en/meetings/2026-01-15.md": page("title: January\ndate: 2026-01-15"),
    "fr/meetings/2026-01-15.md": page("title: Janvier\ndate: 2026-01-15"),
    "en/meetings/2026-02-19.md": page(
      'title: February (English only)\ndate: 2026-02-19\nstart: "09:30"\nend: "11:00"\nvirtual:\n  url: https://example.org/join\n  details: "Meeting ID 123"\naudience: Public servants',
    ),
  });
  const fr = calendarFiles(model).find((f) => f.url === "/fr/reunions.ics");
  assert.ok(fr);
  const events = parse(fr.body)
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c));
  assert.deepEqual(events.map((e) => e.summary).sort(), ["February (English only)", "Janvier"]);
  const february = events.find((e) => e.uid === "2026-02-19@govcloud.ca");
  assert.ok(february);
  assert.equal(february.location, "https://example.org/join", "an online-only meeting's location is its join link");
  assert.match(february.description, /Qui peut participer : Public servants/);
  assert.match(february.description, /Meeting ID 123/);
});

test("toCalendarEvent keeps a start without an end as a timed event", async () => {
  const model = await fixtureModel({ "en/meetings/2026-07-09.md": page('title: Summer\ndate: 2026-07-09\nstart: "14:00"') });
  const entry = model.published[0];
  assert.ok(entry?.collection === "meetings");
  const calendarEvent = toCalendarEvent(entry);
  assert.equal(calendarEvent.allDay, false);
  assert.equal(calendarEvent.end, undefined);
  assert.equal(calendarEvent.start.toISO(), "2026-07-09T14:00:00.000-04:00");
});

test("a meeting's .ics describes its agenda, in order, in the calendar's language, and ends with CRLF", async () => {
  const agenda = 'agenda:\n  - "Welcome, and introductions"\n  - "Helm charts; what we learned"';
  const model = await fixtureModel({
    "en/meetings/2026-12-10.md": page(`title: December meeting\ndate: 2026-12-10\nstart: "12:00"\nend: "13:00"\n${agenda}`),
    "fr/meetings/2026-12-10.md": page(
      `title: Réunion de décembre\ndate: 2026-12-10\nstart: "12:00"\nend: "13:00"\nagenda:\n  - "Mot de bienvenue"\n  - "Les chartes Helm"`,
    ),
  });
  const files = calendarFiles(model);
  const en = files.find((f) => f.url === "/en/meetings/2026-12-10.ics");
  const fr = files.find((f) => f.url === "/fr/reunions/2026-12-10.ics");
  assert.ok(en && fr, files.map((f) => f.url).join(" "));
  assert.match(onlyEvent(en.body).description, /Agenda:\n1\. Welcome, and introductions\n2\. Helm charts; what we learned/);
  assert.match(onlyEvent(fr.body).description, /Ordre du jour :\n1\. Mot de bienvenue\n2\. Les chartes Helm/);
  // RFC 5545 §3.1: every content line, the last one included, ends with CRLF.
  for (const file of files) assert.ok(file.body.endsWith("END:VCALENDAR\r\n"), `${file.url} ends with CRLF`);
});
