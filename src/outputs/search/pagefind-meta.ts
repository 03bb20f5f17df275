import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { arrayItems, encodeText, readText } from "./cbor.ts";
import { closeChunkGaps, type ChunkBounds } from "./chunk-bounds.ts";

/** Pagefind's decompressed files start with this signature, then CBOR. */
const signature = new TextEncoder().encode("pagefind_dcd");

/** The CBOR inside one of Pagefind's gzipped files, after checking its signature. */
function pagefindCbor(gzipped: Uint8Array): Uint8Array {
  const file = gunzipSync(gzipped);
  if (!signature.every((byte, i) => file[i] === byte)) throw new Error("no pagefind_dcd signature");
  return file.subarray(signature.length);
}

export const entryFile = "pagefind-entry.json";

/** A written bundle's pagefind-entry.json: Pagefind's version and, per language, the hash that names its pf_meta. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string }>;
}

async function readBundleEntry(bundle: string): Promise<PagefindEntry> {
  return JSON.parse(await readFile(path.join(bundle, entryFile), "utf8")) as PagefindEntry;
}

/** A language's pf_meta file, by the hash pagefind-entry.json gives it. */
const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;

/**
 * A language's `pagefind.<hash>.pf_meta` (gzipped), as Pagefind 1.6 writes it: the CBOR array
 * [version, pages, index chunks, filter chunks, sorts, meta fields], each index chunk being
 * [from, to, file hash]. Only the chunks' `from` and `to` are rewritten; every other byte is kept.
 */
export function rewriteChunkBounds(gzipped: Uint8Array, rewrite: (chunks: ChunkBounds[]) => ChunkBounds[]): Uint8Array {
  const cbor = pagefindCbor(gzipped);
  const top = arrayItems(cbor, 0);
  const [versionAt, , chunksAt] = top.starts;
  if (versionAt === undefined || chunksAt === undefined) throw new Error("fewer items than Pagefind 1.6 writes");
  const version = readText(cbor, versionAt).text;
  if (!version.startsWith("1.")) throw new Error(`written by Pagefind ${version}, not 1.x`);
  const chunks = arrayItems(cbor, chunksAt).starts.map((at) => {
    const [fromAt, toAt, hashAt] = arrayItems(cbor, at).starts;
    if (fromAt === undefined || toAt === undefined || hashAt === undefined) throw new Error("an index chunk is not [from, to, hash]");
    const from = readText(cbor, fromAt);
    const to = readText(cbor, toAt);
    return { from: from.text, to: to.text, start: fromAt, end: to.end };
  });
  const bounds = rewrite(chunks.map(({ from, to }) => ({ from, to })));
  const parts: Uint8Array[] = [signature];
  let kept = 0;
  chunks.forEach((chunk, i) => {
    const bound = bounds[i] ?? chunk;
    parts.push(cbor.subarray(kept, chunk.start), encodeText(bound.from), encodeText(bound.to));
    kept = chunk.end;
  });
  parts.push(cbor.subarray(kept));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * Closes the gaps between index chunks (src/outputs/search/chunk-bounds.ts) in every language of a
 * written bundle. The file keeps its name: the name hashes Pagefind's own output, and the same
 * output always becomes the same file here. Returns problems as messages.
 */
export async function closeIndexGaps(bundlePath: string): Promise<string[]> {
  const errors: string[] = [];
  const entry = await readBundleEntry(bundlePath);
  for (const { hash } of Object.values(entry.languages)) {
    const file = path.join(bundlePath, metaFile(hash));
    try {
      await writeFile(file, rewriteChunkBounds(await readFile(file), closeChunkGaps));
    } catch (error) {
      errors.push(`${path.basename(file)}: cannot close the gaps between index chunks (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return errors;
}
