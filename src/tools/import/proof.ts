import { isAllowedPublicFile } from "../../checks/public-files.ts";
import { existsSync } from "node:fs";
import { cp, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PlannedFile } from "./plan.ts";
import { missingPieces } from "./visible-text.ts";
import { build } from "../../build/build.ts";

/** A piece of a Hugo page that the built site would not show: Hugo file, line, what. */
interface Loss {
  file: string;
  line: number;
  message: string;
}

export interface Proof {
  built: boolean;
  losses: Loss[];
  /** Pages not compared, and why (drafts are not built). */
  notCompared: string[];
}

/** Folders of the project that are output or history, never needed to build a copy. */
const leftOut = new Set(["content", "public", "_site", ".git", "node_modules"]);

/**
 * Builds the project as it would be after the import, in a throwaway copy (the code linked,
 * content/ and public/ copied with the new files added), through `build()` as `npm run build`
 * does, then compares every imported page's visible text with what the Hugo page showed.
 * Nothing in the project changes, so a dry run proves the same thing as a real run.
 */
export async function proveByBuilding(
  files: PlannedFile[],
  writes: Map<string, string>,
  hugoStatic: string | undefined,
  mapLink: (href: string) => string,
): Promise<Proof> {
  const project = process.cwd();
  const copy = await mkdtemp(path.join(os.tmpdir(), "govcloud-import-"));
  try {
    for (const entry of await readdir(project)) {
      if (leftOut.has(entry) || entry.startsWith(".build-")) continue;
      await symlink(path.join(project, entry), path.join(copy, entry));
    }
    await symlink(path.join(project, "node_modules"), path.join(copy, "node_modules"));
    await mkdir(path.join(copy, "content"));
    for (const entry of await readdir(path.join(project, "content"), { withFileTypes: true })) {
      const from = path.join(project, "content", entry.name);
      // The site's own templates are code: linked. Content is copied, so new files can join it.
      if (entry.isDirectory() && !["en", "fr"].includes(entry.name)) await symlink(from, path.join(copy, "content", entry.name));
      else await cp(from, path.join(copy, "content", entry.name), { recursive: true });
    }
    for (const [target, text] of writes) {
      await mkdir(path.dirname(path.join(copy, target)), { recursive: true });
      await writeFile(path.join(copy, target), text);
    }
    if (existsSync(path.join(project, "public"))) await cp(path.join(project, "public"), path.join(copy, "public"), { recursive: true });
    // The same files the import copies: only the types public/ allows (src/checks/public-files.ts).
    if (hugoStatic) {
      await cp(hugoStatic, path.join(copy, "public"), {
        recursive: true,
        force: false,
        errorOnExist: false,
        filter: async (source) =>
          ((await lstat(source)).isDirectory() && !path.basename(source).startsWith(".")) || isAllowedPublicFile(path.relative(hugoStatic, source)),
      });
    }

    process.chdir(copy);
    let built: boolean;
    try {
      built = await build("_site");
    } finally {
      process.chdir(project);
    }
    const losses: Loss[] = [];
    const notCompared: string[] = [];
    if (!built) return { built, losses, notCompared };
    for (const file of files) {
      if (file.draft) {
        notCompared.push(`${file.source}: a draft, not published`);
        continue;
      }
      const page = path.join(copy, "_site", file.url, "index.html");
      if (!existsSync(page)) {
        losses.push({ file: file.source, line: 1, message: `the page ${file.url} was not built` });
        continue;
      }
      for (const piece of missingPieces(file.shown, await readFile(page, "utf8"), mapLink)) {
        losses.push({ file: file.source, line: file.bodyLine + piece.line - 1, message: `lost in the import: ${piece.what} (not on ${file.url})` });
      }
    }
    return { built, losses, notCompared };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
