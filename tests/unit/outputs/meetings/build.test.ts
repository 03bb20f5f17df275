import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import ICAL from "ical.js";
import { fixtureProject, page, runCli } from "../../../../scripts/lib/fixture-site.ts";

// One fixture build for the whole file: a past and a future meeting, a French-only post.
let dir = "";
const read = (url: string) => readFile(path.join(dir, "_site", url.endsWith("/") ? `${url}index.html` : url), "utf8");

before(async () => {
  dir = await fixtureProject({
    "en/meetings/2026-01-15.md": page(
      "title: January meeting\ndate: 2026-01-15\nsummary: s\nactionItems:\n  - what: Publish the guide\n    who: Ada\n  - what: Book the room\n    who: Ada\n    done: true",
    ),
    "fr/meetings/2026-01-15.md": page(
      "title: Réunion de janvier\ndate: 2026-01-15\nsummary: s\nactionItems:\n  - what: Publier le guide\n    who: Ada\n  - what: Réserver la salle\n    who: Ada\n    done: true",
    ),
    "en/meetings/2999-05-13.md": page(
      'title: May meeting\ndate: 2999-05-13\nsummary: s\nstart: "12:00"\nend: "13:00"\nlocation: "Room 1, Ottawa"\naudience: Public servants\nvirtual:\n  url: https://example.org/join\n  details: "Code: 123"\nagenda:\n  - Welcome\n  - Demo of Argo',
    ),
    "fr/meetings/2999-05-13.md": page('title: Réunion de mai\ndate: 2999-05-13\nsummary: s\nstart: "12:00"\nend: "13:00"\nlocation: "Salle 1, Ottawa"'),
    "en/people/ada.md": page("name: Ada Lovelace"),
    "en/demos/argo.md": page("title: Argo CD at ESDC\ndate: 2999-05-13\nsummary: s\nmeeting: 2999-05-13\npresenters: [ada]"),
    "fr/posts/2026-02-01-seulement.md": page("title: Billet en français\ndate: 2026-02-01\nsummary: s\nslug: billet-francais"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
});

test("an upcoming meeting is on the home page and above the meetings archive", async () => {
  const home = await read("/en/");
  assert.match(home, /<h2 id="next-meeting">Next meeting<\/h2><p class="next-meeting-title"><a href="\/en\/meetings\/2999-05-13\/">May meeting<\/a>/);
  const list = await read("/en/meetings/");
  const upcoming = list.indexOf('<h2 id="upcoming">');
  const may = list.indexOf("May meeting");
  const archive = list.indexOf('<h2 id="year-2026">');
  assert.ok(upcoming > 0 && upcoming < may && may < archive, "Upcoming section with the May meeting comes before the 2026 archive");
  assert.doesNotMatch(list.slice(archive), /May meeting/);
});

test("the meetings list offers the calendar feed, as a link and as a <link rel=alternate>", async () => {
  for (const [url, feed] of [
    ["/en/meetings/", "/en/meetings.ics"],
    ["/fr/reunions/", "/fr/reunions.ics"],
  ] as const) {
    const html = await read(url);
    assert.match(html, new RegExp(`<link rel="alternate" type="text/calendar" href="${feed}"`));
    assert.match(html, new RegExp(`<a href="${feed}" type="text/calendar">`));
    assert.match(html, new RegExp(`<code>https://govcloud.ca${feed}</code>`));
  }
});

test("an upcoming meeting page shows its agenda, time with zone, place, online details and audience", async () => {
  const html = await read("/en/meetings/2999-05-13/");
  assert.match(html, /This meeting has not happened yet/);
  assert.match(html, /<dd>12:00 p\.m\. – 1:00 p\.m\. EDT<\/dd>/);
  assert.match(html, /<dd>Room 1, Ottawa<\/dd>/);
  assert.match(html, /<a href="https:\/\/example\.org\/join">https:\/\/example\.org\/join<\/a><br\/>Code: 123/);
  assert.match(html, /<dt>Who may attend<\/dt><dd>Public servants<\/dd>/);
  assert.match(
    html,
    /<p class="lede">s<\/p><section aria-labelledby="meeting-agenda"><h2 id="meeting-agenda">Agenda<\/h2><ol><li>Welcome<\/li><li>Demo of Argo<\/li><\/ol>/,
  );
  assert.match(html, /<a href="\/en\/meetings\/2999-05-13\.ics" type="text\/calendar" download>Add to my calendar/);
  assert.match(html, /<dt>Presenters<\/dt><dd><a href="\/en\/people\/ada\/">Ada Lovelace<\/a><\/dd>/);
  assert.match(html, /<h2 id="meeting-demos">Demos at this meeting<\/h2><ul class="entry-list"><li><h3><a href="\/en\/demos\/argo\/">Argo CD at ESDC<\/a>/);
  const fr = await read("/fr/reunions/2999-05-13/");
  assert.match(fr, /<dd>12 h 00 – 13 h 00 HAE<\/dd>/);
});

test("each meeting has its own .ics, and the feeds hold every meeting", async () => {
  const single = new ICAL.Component(ICAL.parse(await read("/en/meetings/2999-05-13.ics")));
  const event = new ICAL.Event(single.getFirstSubcomponent("vevent") ?? undefined);
  assert.equal(event.uid, "2999-05-13@govcloud.ca");
  assert.equal(event.location, "Room 1, Ottawa");
  assert.equal(single.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid"), "America/Toronto");
  const feed = new ICAL.Component(ICAL.parse(await read("/fr/reunions.ics")));
  assert.deepEqual(
    feed.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c).summary),
    ["Réunion de mai", "Réunion de janvier"],
  );
});

test("the open action items page lists open items with their meeting and hides done ones", async () => {
  const en = await read("/en/meetings/action-items/");
  assert.match(en, /<td role="cell">Publish the guide<\/td><td role="cell"><span class="cell-label" aria-hidden="true">Who: <\/span><span>Ada<\/span><\/td>/);
  assert.match(en, /<a href="\/en\/meetings\/2026-01-15\/#meeting-action-items">January meeting<\/a>/);
  assert.doesNotMatch(en, /Book the room/);
  assert.match(en, /<code>done: true<\/code>/);
  const fr = await read("/fr/reunions/mesures-de-suivi/");
  assert.match(fr, /<td role="cell">Publier le guide<\/td>/);
  assert.doesNotMatch(fr, /Réserver la salle/);
});

test("a French-only post is listed in English, marked, and its toggle leads to a notice that links to it", async () => {
  const list = await read("/en/blog/");
  assert.match(list, /<a href="\/fr\/blogue\/billet-francais\/" hreflang="fr" lang="fr">Billet en français<\/a> <span class="only-in">\(French only\)<\/span>/);
  const post = await read("/fr/blogue/billet-francais/");
  const toggle = /<div class="lang-toggle"><a href="([^"]+)"/.exec(post)?.[1];
  assert.equal(toggle, "/en/blog/billet-francais/");
  const notice = await read(toggle);
  assert.match(notice, /<h1>This page is not available in English<\/h1>/);
  assert.match(notice, /<a href="\/fr\/blogue\/billet-francais\/" lang="fr" hreflang="fr">Billet en français<\/a>/);
});
