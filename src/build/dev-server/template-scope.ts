import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "../eleventy/types.ts";

/** Characters that mean something in a glob: a file named with one is never singled out. */
const globSyntax = /[()[\]{}*?!|+@,\\]/;

/**
 * Ignore globs that leave Eleventy only `keep` among `templates` (paths like site/lists.11ty.tsx):
 * one glob per folder, `folder/!(a.md|b.md)`, or `folder/*` when nothing there is kept.
 * Undefined when a name cannot be written in a glob.
 */
export function ignoresKeeping(templates: Iterable<string>, keep: Set<string>): string[] | undefined {
  const folders = new Map<string, string[]>();
  for (const file of templates) {
    const folder = path.posix.dirname(file);
    const kept = folders.get(folder) ?? [];
    folders.set(folder, kept);
    if (!keep.has(file)) continue;
    const name = path.posix.basename(file);
    if (globSyntax.test(name)) return undefined;
    kept.push(name);
  }
  return [...folders].map(([folder, kept]) => (kept.length ? `${folder}/!(${kept.join("|")})` : `${folder}/*`));
}

/** Every template file under the input folder (site/), as site/... paths (linked folders followed, as Eleventy does). */
export function templateFiles(inputDir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      const kind = entry.isSymbolicLink() ? statSync(file, { throwIfNoEntry: false }) : entry;
      if (kind?.isDirectory()) walk(file);
      else if (kind?.isFile() && extensions.some((ext) => entry.name.endsWith(`.${ext}`))) found.push(file);
    }
  };
  walk(inputDir);
  return found.sort();
}

/**
 * Which templates the next dev-server build sees. Eleventy builds every template it finds, so
 * to render a few pages after a save, the others are ignored for that build (their pages stay
 * in the output as they were). https://www.11ty.dev/docs/ignores/#configuration-api
 */
export function templateScope(eleventyConfig: EleventyConfig) {
  let added: string[] = [];
  const renderAll = () => {
    for (const glob of added) eleventyConfig.ignores.delete(glob);
    added = [];
  };
  return {
    renderAll,
    /** Render only `keep`; false when that cannot be expressed (then everything renders). */
    renderOnly(templates: Iterable<string>, keep: Set<string>): boolean {
      renderAll();
      const globs = ignoresKeeping(templates, keep);
      if (!globs) return false;
      for (const glob of globs) {
        if (eleventyConfig.ignores.has(glob)) continue;
        eleventyConfig.ignores.add(glob);
        added.push(glob);
      }
      return true;
    },
  };
}
