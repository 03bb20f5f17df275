/**
 * Remembers `compute`'s result per key, for work asked many times with the same keys (the same
 * dates on thousands of pages). Bounded: past `limit` keys it starts again, so a long
 * `npm start`, which keeps meeting new keys as files are edited, never holds more than that.
 */
export function memo<K, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
