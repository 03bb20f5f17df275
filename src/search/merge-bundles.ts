import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyFileSync, existsSync, linkSync, mkdirSync } from "node:fs";
import { keepOnly } from "../fs/stale-files.ts";
import { bundleContents } from "./bundle-files.ts";
import { entryFile, type PagefindEntry } from "./pagefind-meta.ts";

/** Moves `files` (relative paths) from one folder to the same place in another, in order. */
async function moveFiles(from: string, to: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await rename(path.join(from, file), path.join(to, file));
  }
}

/** Every file of a folder, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * Puts a bundle's file into the site. A data file is hard-linked (no copy, no new inode):
 * Pagefind never writes over one, it skips a name that exists. Library files, which Pagefind
 * rewrites in place, and the pf_meta files, which finishBundle rewrites, are copied, so the
 * published site never shares them with the next build's bundles. Synchronous: thousands of
 * files, each a few microseconds, where the promise API's thread pool adds a hundred.
 */
function place(from: string, to: string, data: boolean): void {
  if (data) {
    try {
      linkSync(from, to);
      return;
    } catch {
      // Another file system, or none with hard links: copy.
    }
  }
  copyFileSync(from, to);
}

/**
 * Merges Pagefind bundles written separately (one per language, src/search/live-index.ts)
 * into `target`: a language's files are named by its own hash, the library files are the same
 * in every bundle, and pagefind-entry.json lists every language. The result is what one
 * Pagefind run over all languages writes.
 *
 * The bundles and the target are reused from build to build (src/cli/workspace.ts), so files
 * are overwritten in place rather than deleted and created again. What a bundle uses is worked
 * out from its own files (bundleContents); the rest, from an earlier build, is removed from the
 * bundle and from the target. A data file already in the target is not placed again: its name
 * is a hash of its content. The pf_meta files always are (finishBundle rewrites them).
 */
export async function mergeBundles(bundles: string[], target: string, since: bigint): Promise<void> {
  let merged: PagefindEntry | undefined;
  const used = new Set([entryFile]);
  for (const bundle of bundles) {
    const { entry, library, named } = await bundleContents(bundle, since);
    keepOnly(bundle, new Set([...library, ...named]));
    if (merged && merged.version !== entry.version) throw new Error(`search index: Pagefind bundles of versions ${merged.version} and ${entry.version}`);
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
    const namedData = new Set(named.filter((file) => !file.endsWith(".pf_meta")));
    const copies = [...library.filter((file) => file !== entryFile), ...named.filter((file) => !namedData.has(file) || !existsSync(path.join(target, file)))];
    for (const folder of new Set(copies.map((file) => path.dirname(path.join(target, file))))) mkdirSync(folder, { recursive: true });
    for (const file of copies) place(path.join(bundle, file), path.join(target, file), namedData.has(file));
    for (const file of [...library, ...named]) used.add(file);
  }
  if (merged) await writeFile(path.join(target, entryFile), JSON.stringify(merged));
  keepOnly(target, used);
}

/**
 * Puts the bundle in `next` in place of the one in `target` without a moment when a search
 * finds no index (under `npm start`, search keeps working while the site is re-indexed): the
 * new files move in first (index files are named by their hash), then pagefind-entry.json, which
 * points to them, in one rename; then the files only the old index used are removed.
 */
export async function replaceBundle(next: string, target: string): Promise<void> {
  const files = (await filesIn(next)).sort((a, b) => Number(a === entryFile) - Number(b === entryFile));
  await moveFiles(next, target, files);
  const current = new Set(files);
  for (const file of await filesIn(target)) {
    if (!current.has(file)) await rm(path.join(target, file));
  }
  await rm(next, { recursive: true, force: true });
}
