/**
 * Pagefind splits a language's words (stems, sorted) into index chunks and names each chunk's
 * first and last word by the shortest prefix that tells it from its neighbour: "demo" to
 * "deploi", then "deploy" to "der". A query's word is looked up as typed and as its stem; a word
 * that falls between two chunks ("deploiement" sorts after "deploi" but before "deploy") makes
 * Pagefind 1.6 fall back to a loose match that also loads every chunk whose last prefix starts
 * the word: for French, the chunk ending in "de", the most frequent word of the language (70 kB
 * on a 4,000-page site, more than a third of the first query's budget). See `request_indexes`
 * in Pagefind's pagefind_web/src/lib.rs.
 *
 * With no gaps between chunks, every word falls in exactly one chunk: the one that holds the
 * words it starts (its extensions sort right after it), which is what the loose match is for.
 * The stem is still looked up on its own, so results do not change; only the extra chunk goes.
 */

export interface ChunkBounds {
  from: string;
  to: string;
}

/** The highest code point: "ab" + this sorts after every real word that starts with "ab". */
const highest = String.fromCodePoint(0x10ffff);

/**
 * A bound just below `word`: every string that sorts before `word` sorts before this bound too
 * (short of ones with U+10FFFF in them). "dec" gives "deb\u{10FFFF}". Pagefind compares bytes of
 * UTF-8, which is the order of code points, as here.
 */
export function justBelow(word: string): string {
  const points = [...word];
  const last = points.pop();
  if (last === undefined) return "";
  let point = (last.codePointAt(0) ?? 1) - 1;
  // No UTF-8 for surrogates: the code point before U+E000 that has one is U+D7FF.
  if (point >= 0xd800 && point <= 0xdfff) point = 0xd7ff;
  return `${points.join("")}${String.fromCodePoint(point)}${highest}`;
}

/** Each chunk reaches up to the next one's first word; the first starts at "", the last never ends. */
export function closeChunkGaps(chunks: readonly ChunkBounds[]): ChunkBounds[] {
  return chunks.map((chunk, i) => {
    const next = chunks[i + 1];
    return { from: i === 0 ? "" : chunk.from, to: next ? justBelow(next.from) : highest };
  });
}
