import assert from "node:assert/strict";
import { test } from "node:test";
import { closeChunkGaps, justBelow } from "../../../../src/outputs/search/chunk-bounds.ts";

/** Pagefind's strict lookup (pagefind_web/src/lib.rs, `request_indexes`): from <= word <= to, in code points. */
const holds = (chunk: { from: string; to: string }, word: string) => word >= chunk.from && word <= chunk.to;

test("justBelow sorts after every word that sorts before the given one, and before it", () => {
  const bound = justBelow("dec");
  assert.equal(bound, "deb\u{10FFFF}");
  for (const before of ["de", "deb", "debut", "debzzz", "dapprovision", "d"]) assert.ok(before <= bound, before);
  for (const after of ["dec", "decision", "deploi", "e"]) assert.ok(after > bound, after);
  assert.equal(justBelow("é"), "è\u{10FFFF}");
  assert.equal(justBelow(""), "");
  // No lone surrogates: they have no UTF-8.
  assert.equal(justBelow("a\u{E000}"), "a\u{D7FF}\u{10FFFF}");
});

test("closing the gaps puts every word in exactly one chunk, the one it was in or whose words it starts", () => {
  // As Pagefind names them: shortest distinguishing prefixes, with gaps between.
  const chunks = [
    { from: "0", to: "de" },
    { from: "dec", to: "dema" },
    { from: "demo", to: "deploi" },
    { from: "deploy", to: "der" },
  ];
  const closed = closeChunkGaps(chunks);
  const words = [
    "",
    "0",
    "a",
    "de",
    "dea",
    "debut",
    "dec",
    "dem",
    "demn",
    "demo",
    "deploi",
    "deploiement",
    "deploie",
    "deploy",
    "deployer",
    "der",
    "zzz",
    "été",
  ];
  for (const word of words) {
    const found = closed.filter((chunk) => holds(chunk, word));
    assert.equal(found.length, 1, `${word}: ${found.length} chunks`);
    const before = chunks.findIndex((chunk) => holds(chunk, word));
    // A word Pagefind already placed stays where it was.
    if (before !== -1) assert.equal(closed.indexOf(found[0] as (typeof closed)[number]), before, word);
  }
  // The word typed in full, between "deploi" and "deploy", belongs with "deploi...", not with "de".
  assert.equal(
    closed.findIndex((chunk) => holds(chunk, "deploiement")),
    2,
  );
  assert.equal(closeChunkGaps([]).length, 0);
});
