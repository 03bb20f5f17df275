/**
 * Just enough CBOR (RFC 8949, https://www.rfc-editor.org/rfc/rfc8949) to find items in Pagefind's
 * index files and replace text strings in place, leaving every other byte as it was. Arrays and
 * maps count items, not bytes, so a text item can change length without touching its parents.
 */

const major = { bytes: 2, text: 3, array: 4, map: 5, tag: 6 } as const;

export interface Head {
  /** The major type (0-7). */
  type: number;
  /** The argument: a length, a count or an integer. */
  value: number;
  /** Where the item's content starts. */
  end: number;
}

export function readHead(bytes: Uint8Array, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new Error(`CBOR: no item at byte ${at}`);
  const type = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { type, value: info, end: at + 1 };
  const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  // Indefinite lengths (31) and reserved values: Pagefind writes neither.
  if (!size || at + 1 + size > bytes.length) throw new Error(`CBOR: unsupported or truncated head at byte ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return { type, value, end: at + 1 + size };
}

/** Where the item that starts at `at` ends. */
export function skipItem(bytes: Uint8Array, at: number): number {
  const head = readHead(bytes, at);
  switch (head.type) {
    case major.bytes:
    case major.text:
      return head.end + head.value;
    case major.array:
    case major.map: {
      let end = head.end;
      const items = head.type === major.map ? head.value * 2 : head.value;
      for (let i = 0; i < items; i++) end = skipItem(bytes, end);
      return end;
    }
    case major.tag:
      return skipItem(bytes, head.end);
    default:
      // Integers and simple values have no content after the head.
      return head.end;
  }
}

/** The array that starts at `at`: where each of its items starts, and where it ends. */
export function arrayItems(bytes: Uint8Array, at: number): { starts: number[]; end: number } {
  const head = readHead(bytes, at);
  if (head.type !== major.array) throw new Error(`CBOR: expected an array at byte ${at}`);
  const starts: number[] = [];
  let end = head.end;
  for (let i = 0; i < head.value; i++) {
    starts.push(end);
    end = skipItem(bytes, end);
  }
  return { starts, end };
}

export function readText(bytes: Uint8Array, at: number): { text: string; end: number } {
  const head = readHead(bytes, at);
  if (head.type !== major.text) throw new Error(`CBOR: expected a text string at byte ${at}`);
  const end = head.end + head.value;
  return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(head.end, end)), end };
}

export function encodeText(text: string): Uint8Array {
  const content = new TextEncoder().encode(text);
  const n = content.length;
  const head =
    n < 24
      ? [0x60 | n]
      : n < 0x100
        ? [0x78, n]
        : n < 0x10000
          ? [0x79, n >> 8, n & 0xff]
          : [0x7a, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const item = new Uint8Array(head.length + n);
  item.set(head);
  item.set(content, head.length);
  return item;
}
