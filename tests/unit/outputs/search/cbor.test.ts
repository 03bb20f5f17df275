import assert from "node:assert/strict";
import { test } from "node:test";
import { arrayItems, encodeText, readHead, readText, skipItem } from "../../../../src/outputs/search/cbor.ts";

test("heads carry short and long arguments", () => {
  assert.deepEqual(readHead(Uint8Array.of(0x17), 0), { type: 0, value: 23, end: 1 });
  assert.deepEqual(readHead(Uint8Array.of(0x18, 0xff), 0), { type: 0, value: 255, end: 2 });
  assert.deepEqual(readHead(Uint8Array.of(0x39, 0x01, 0x00), 0), { type: 1, value: 256, end: 3 });
  assert.deepEqual(readHead(Uint8Array.of(0x9a, 0, 1, 0, 0), 0), { type: 4, value: 65536, end: 5 });
  assert.throws(() => readHead(Uint8Array.of(0x9f), 0), /unsupported/);
  assert.throws(() => readHead(Uint8Array.of(0x19, 0x01), 0), /truncated/);
});

test("text round-trips at every length class, and items are skipped whole", () => {
  for (const text of ["", "de", "déploiement", "x".repeat(24), "y".repeat(300), `deb${String.fromCodePoint(0x10ffff)}`]) {
    const item = encodeText(text);
    assert.deepEqual(readText(item, 0), { text, end: item.length });
    assert.equal(skipItem(item, 0), item.length);
  }
  // ["a", [1, -1, h'00ff'], {"k": 2}, tag 1 (3)]
  const bytes = Uint8Array.of(0x84, 0x61, 0x61, 0x83, 0x01, 0x20, 0x42, 0x00, 0xff, 0xa1, 0x61, 0x6b, 0x02, 0xc1, 0x03);
  const items = arrayItems(bytes, 0);
  assert.deepEqual(items, { starts: [1, 3, 9, 13], end: bytes.length });
  assert.throws(() => arrayItems(bytes, 1), /expected an array/);
  assert.throws(() => readText(bytes, 3), /expected a text/);
});
