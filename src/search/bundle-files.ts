import { lstat, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { arrayItems, readText } from "./cbor.ts";
import { metaFile, pagefindCbor, readBundleEntry, type PagefindEntry } from "./pagefind-meta.ts";

/** The hashes in a list of CBOR arrays, each holding its hash at `at`. */
function hashesOf(cbor: Uint8Array, listAt: number | undefined, at: number): string[] {
  if (listAt === undefined) throw new Error("fewer items than Pagefind 1.6 writes");
  return arrayItems(cbor, listAt).starts.map((item) => {
    const start = arrayItems(cbor, item).starts[at];
    if (start === undefined) throw new Error("a page, chunk or filter without a hash");
    return readText(cbor, start).text;
  });
}

/**
 * The data files one language's `pagefind.<hash>.pf_meta` names (Pagefind 1.6: the CBOR array
 * [version, pages, index chunks, filter chunks, ...], pages being [hash, words], chunks
 * [from, to, hash], filters [name, hash]), relative to the bundle.
 */
async function filesOfLanguage(bundle: string, hash: string): Promise<string[]> {
  const meta = metaFile(hash);
  const cbor = pagefindCbor(await readFile(path.join(bundle, meta)));
  const [, pagesAt, chunksAt, filtersAt] = arrayItems(cbor, 0).starts;
  return [
    meta,
    ...hashesOf(cbor, pagesAt, 0).map((page) => path.join("fragment", `${page}.pf_fragment`)),
    ...hashesOf(cbor, chunksAt, 2).map((chunk) => path.join("index", `${chunk}.pf_index`)),
    ...hashesOf(cbor, filtersAt, 1).map((filter) => path.join("filter", `${filter}.pf_filter`)),
  ];
}

/**
 * What a Pagefind bundle written over an earlier one uses. Pagefind overwrites its library files
 * (pagefind.js, the wasm files, pagefind-entry.json...) but skips a data file whose name, a hash of
 * its content, is already there; and it removes nothing. So the bundle is the library files
 * written since `since` plus the data files its pf_meta names. `named` are those data files:
 * the same name always holds the same bytes. `entry` is its pagefind-entry.json.
 */
export async function bundleContents(bundle: string, since: bigint): Promise<{ entry: PagefindEntry; library: string[]; named: string[] }> {
  const entry = await readBundleEntry(bundle);
  const named = (await Promise.all(Object.values(entry.languages).map(({ hash }) => filesOfLanguage(bundle, hash)))).flat();
  const library: string[] = [];
  for (const file of await readdir(bundle, { withFileTypes: true })) {
    if (!file.isFile() || file.name.endsWith(".pf_meta")) continue;
    if ((await lstat(path.join(bundle, file.name), { bigint: true })).mtimeNs >= since) library.push(file.name);
  }
  return { entry, library, named };
}
