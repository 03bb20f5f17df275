import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** The part of pagefind-entry.json that differs between languages. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
}

const entryFile = "pagefind-entry.json";

/**
 * Merges Pagefind bundles written separately (one per language, src/search/index-worker.ts)
 * into `target`: a language's files are named by its own hash, the library files are the same
 * in every bundle, and pagefind-entry.json lists every language. The result is what one
 * Pagefind run over all languages writes.
 */
export async function mergeBundles(bundles: string[], target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  let merged: PagefindEntry | undefined;
  for (const bundle of bundles) {
    const entry = JSON.parse(await readFile(path.join(bundle, entryFile), "utf8")) as PagefindEntry;
    if (merged && merged.version !== entry.version) throw new Error(`search index: Pagefind bundles of versions ${merged.version} and ${entry.version}`);
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
    for (const file of await readdir(bundle, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || file.name === entryFile) continue;
      const from = path.join(file.parentPath, file.name);
      const to = path.join(target, path.relative(bundle, from));
      await mkdir(path.dirname(to), { recursive: true });
      await rename(from, to);
    }
    await rm(bundle, { recursive: true, force: true });
  }
  if (merged) await writeFile(path.join(target, entryFile), JSON.stringify(merged));
}
