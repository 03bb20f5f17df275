import assert from "node:assert/strict";
import { copyFile, cp, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { arrayItems, readText } from "../../../../src/outputs/search/cbor.ts";
import { finishBundle } from "../../../../src/outputs/search/index-site.ts";
import { rewriteChunkBounds } from "../../../../src/outputs/search/pagefind-meta.ts";
import { serveStatic } from "../../../../scripts/lib/static-server.ts";
import { tempDir } from "../../../../scripts/lib/temp-dir.ts";

/**
 * A French index shaped like the 4,000-page bench site's: "de" so frequent that it ends its chunk,
 * and the stem "deploi" ending the next, so "deploiement" as typed falls between two chunks.
 */
type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

async function frenchIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  assert.ok(index, errors.join("\n"));
  const repeat = (word: string, times: number) => Array<string>(times).fill(word).join(" ");
  for (let i = 0; i < 30; i++) {
    const content = `${repeat("de", 1000)} ${repeat(i % 2 ? "déploiement" : "déploiements", 1000)} dernier ${i % 3 ? "tableau" : "dessin"}`;
    const added: { errors: string[] } = await index.addCustomRecord({ url: `/fr/page-${i}/`, language: "fr", meta: { title: `Page ${i}` }, content });
    assert.deepEqual(added.errors, []);
  }
  return index;
}

let dir = "";
before(async () => {
  dir = await tempDir("govcloud-chunks-");
  const index = await frenchIndex();
  // Pagefind's own output, and the site's: the same files made what the site publishes (finishBundle).
  const own = path.join(dir, "pagefind-own", "pagefind");
  assert.deepEqual((await index.writeFiles({ outputPath: own })).errors, []);
  await cp(own, path.join(dir, "site", "pagefind"), { recursive: true });
  assert.deepEqual(await finishBundle(path.join(dir, "site", "pagefind")), []);
  await index.deleteIndex();
  await pagefind.close();
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const metaFile = async (site: string) => {
  const bundle = path.join(dir, site, "pagefind");
  const name = (await readdir(bundle)).find((file) => file.endsWith(".pf_meta"));
  assert.ok(name, `no metadata in ${bundle}`);
  return path.join(bundle, name);
};

/** Pagefind's own search library, run in Node against the bundle over HTTP: which index chunks one query loads. */
async function firstQuery(site: string, port: number, word: string): Promise<{ results: string[]; chunks: string[] }> {
  const server = await serveStatic(path.join(dir, site), port);
  // A copy per site: the library keeps one search instance per module.
  const library = path.join(dir, `${site}-pagefind.mjs`);
  await copyFile(path.join(dir, site, "pagefind", "pagefind.js"), library);
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    fetched.push(String(input));
    return realFetch(input, init);
  };
  try {
    const api = (await import(pathToFileURL(library).href)) as {
      options: (options: Record<string, unknown>) => Promise<void>;
      search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      destroy: () => Promise<void>;
    };
    await api.options({ basePath: `http://127.0.0.1:${port}/pagefind/` });
    const found = await api.search(word);
    const results = (await Promise.all(found.results.map((result) => result.data()))).map((data) => new URL(data.url).pathname).sort();
    await api.destroy();
    return { results, chunks: fetched.filter((url) => url.includes("/index/")) };
  } finally {
    globalThis.fetch = realFetch;
    server.close();
  }
}

test("Pagefind alone loads the chunk ending in “de” for “deploiement”; the published bundle loads only the word's chunk, with the same results", async () => {
  const own = await firstQuery("pagefind-own", 8391, "deploiement");
  const site = await firstQuery("site", 8392, "deploiement");
  assert.equal(own.chunks.length, 2, `Pagefind's own bundle no longer shows the extra chunk: ${own.chunks.join(" ")}`);
  assert.equal(site.chunks.length, 1, site.chunks.join(" "));
  assert.equal(site.results.length, 30);
  assert.deepEqual(site.results, own.results);
  // Accents still fold, and a word Pagefind already placed strictly is untouched.
  assert.deepEqual((await firstQuery("site", 8393, "déploiements")).results, own.results);
  const dernier = await firstQuery("site", 8394, "dernier");
  assert.equal(dernier.results.length, 30);
  assert.equal(dernier.chunks.length, 1);
});

test("only the chunks' bounds change in the metadata; the rest is Pagefind's, byte for byte", async () => {
  const items = async (site: string) => {
    const cbor = gunzipSync(await readFile(await metaFile(site))).subarray("pagefind_dcd".length);
    const { starts, end } = arrayItems(cbor, 0);
    const chunksAt = starts[2] ?? 0;
    const bounds = arrayItems(cbor, chunksAt).starts.map((at) => {
      const [from, to, hash] = arrayItems(cbor, at).starts.map((start) => readText(cbor, start).text);
      return { from: from ?? "", to: to ?? "", hash };
    });
    const others = [0, 1, 3, 4, 5].map((i) => Buffer.from(cbor.subarray(starts[i], starts[i + 1] ?? end)).toString("hex"));
    return { bounds, others };
  };
  const own = await items("pagefind-own");
  const site = await items("site");
  assert.deepEqual(site.others, own.others);
  assert.deepEqual(
    site.bounds.map((b) => b.hash),
    own.bounds.map((b) => b.hash),
  );
  assert.ok(own.bounds.length >= 3, JSON.stringify(own.bounds));
  assert.equal(site.bounds[0]?.from, "");
  site.bounds.slice(1).forEach((bound, i) => assert.ok((site.bounds[i]?.to ?? "") < bound.from, `${i}: gap or overlap`));
  assert.notDeepEqual(site.bounds, own.bounds);
});

test("metadata that is not Pagefind 1.x's is refused, not guessed at", async () => {
  const own = await readFile(await metaFile("pagefind-own"));
  assert.throws(() => rewriteChunkBounds(Buffer.from("not gzip"), (chunks) => chunks));
  // The signature, then ["2.0"].
  const future = Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from([0x81, 0x63]), Buffer.from("2.0")]);
  assert.throws(() => rewriteChunkBounds(gzipSync(future), (chunks) => chunks), /fewer items/);
  const futureLayout = Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from([0x83, 0x63]), Buffer.from("2.0"), Buffer.from([0x80, 0x80])]);
  assert.throws(() => rewriteChunkBounds(gzipSync(futureLayout), (chunks) => chunks), /Pagefind 2\.0/);
  assert.ok(rewriteChunkBounds(own, (chunks) => chunks).length > 0);
});
