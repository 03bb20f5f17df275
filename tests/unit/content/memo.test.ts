import assert from "node:assert/strict";
import { test } from "node:test";
import { memo } from "../../../src/content/memo.ts";

test("a memo computes each key once, and never holds more keys than its limit", () => {
  const computed: number[] = [];
  const square = memo((n: number) => (computed.push(n), n * n), 3);
  assert.equal(square(2), 4);
  assert.equal(square(2), 4);
  assert.deepEqual(computed, [2], "the second call is remembered");
  for (const n of [3, 4, 5, 6]) square(n);
  square(2);
  // After the limit the memo started again: 2 was forgotten and computed anew.
  assert.deepEqual(computed, [2, 3, 4, 5, 6, 2]);
});
