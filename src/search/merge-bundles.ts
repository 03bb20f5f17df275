import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** The part of pagefind-entry.json that differs between languages. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
}

const entryFile = "pagefind-entry.json";

/**
 * Merges Pagefind bundles written separately (one per language, src/search/live-index.ts)
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

/** Every file of a folder, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * Puts the bundle in `next` in place of the one in `target` without a moment when a search
 * finds no index (under `npm start`, search keeps working while the site is re-indexed): the
 * new files move in first (index files are named by their hash), then pagefind-entry.json, which
 * points to them, in one rename; then the files only the old index used are removed.
 */
export async function replaceBundle(next: string, target: string): Promise<void> {
  const files = (await filesIn(next)).sort((a, b) => Number(a === entryFile) - Number(b === entryFile));
  for (const file of files) {
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await rename(path.join(next, file), path.join(target, file));
  }
  const current = new Set(files);
  for (const file of await filesIn(target)) {
    if (!current.has(file)) await rm(path.join(target, file));
  }
  await rm(next, { recursive: true, force: true });
}
