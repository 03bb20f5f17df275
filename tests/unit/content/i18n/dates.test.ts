import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate, formatTime, zoneName } from "../../../../src/content/i18n/dates.ts";

test("dates are written the Canadian way in each language", () => {
  assert.equal(formatDate("2018-03-22", "en"), "March 22, 2018");
  assert.equal(formatDate("2018-03-22", "fr"), "22 mars 2018");
});

test("times follow the Canada.ca style in each language", () => {
  assert.equal(formatTime("13:30", "en"), "1:30 p.m.");
  assert.equal(formatTime("00:05", "en"), "12:05 a.m.");
  assert.equal(formatTime("13:30", "fr"), "13 h 30");
});

test("the zone shown is the one in force in Toronto that day", () => {
  assert.equal(zoneName("2018-01-10", "en"), "EST");
  assert.equal(zoneName("2018-07-10", "en"), "EDT");
  assert.equal(zoneName("2018-07-10", "fr"), "HAE");
});
