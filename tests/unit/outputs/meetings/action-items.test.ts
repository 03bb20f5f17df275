import assert from "node:assert/strict";
import { test } from "node:test";
import { openActionItems } from "../../../../src/outputs/meetings/action-items.ts";
import { page } from "../../../../scripts/lib/fixture-site.ts";
import { fixtureModel } from "../../../helpers/model.ts";

const meeting = (date: string, title: string, items: string) => page(`title: ${title}\ndate: ${date}\nactionItems:\n${items}`);

test("open action items: done ones left out, newest meeting first, each with its meeting", async () => {
  const model = await fixtureModel({
    "en/meetings/2026-01-15.md": meeting(
      "2026-01-15",
      "January",
      "  - what: Old open item\n    who: Ada\n  - what: Old closed item\n    who: Ada\n    done: true",
    ),
    "en/meetings/2026-03-19.md": meeting(
      "2026-03-19",
      "March",
      "  - what: First March item\n    who: Grace\n    due: 2026-04-01\n  - what: Second March item\n    who: Grace",
    ),
    "en/meetings/2026-02-12.md": meeting("2026-02-12", "February", "  - what: Closed February item\n    who: Ada\n    done: true"),
  });
  const items = openActionItems(model, "en");
  assert.deepEqual(
    items.map(({ item, meeting: m }) => [item.what, m.url]),
    [
      ["First March item", "/en/meetings/2026-03-19/"],
      ["Second March item", "/en/meetings/2026-03-19/"],
      ["Old open item", "/en/meetings/2026-01-15/"],
    ],
  );
  assert.equal(items[0]?.item.due, "2026-04-01");
});

test("a meeting in the other language only still lists its open items, marked with its language", async () => {
  const model = await fixtureModel({
    "fr/meetings/2026-05-14.md": meeting("2026-05-14", "Mai", "  - what: Traduire le guide\n    who: Ada"),
    "en/meetings/2026-04-16.md": meeting("2026-04-16", "April", "  - what: Write the guide\n    who: Ada"),
    "fr/meetings/2026-04-16.md": meeting("2026-04-16", "Avril", "  - what: Rédiger le guide\n    who: Ada"),
  });
  const items = openActionItems(model, "en");
  assert.deepEqual(
    items.map(({ item, onlyIn }) => [item.what, onlyIn]),
    [
      ["Traduire le guide", "fr"],
      ["Write the guide", undefined],
    ],
  );
  assert.deepEqual(
    openActionItems(model, "fr").map(({ item }) => item.what),
    ["Traduire le guide", "Rédiger le guide"],
  );
});

test("no open items gives an empty list", async () => {
  const model = await fixtureModel({ "en/meetings/2026-01-15.md": meeting("2026-01-15", "January", "  - what: Done\n    who: Ada\n    done: true") });
  assert.deepEqual(openActionItems(model, "en"), []);
});
