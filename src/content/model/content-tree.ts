import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "../problem.ts";
import { collectionNames } from "../i18n/routes.ts";
import { languages } from "../site.ts";

/** What the content folder holds: the Markdown files the model reads, and everything that may not be there. */
export interface ContentTree {
  /** content/<lang>/<collection>/<slug>.md, regular files only, sorted. */
  markdown: string[];
  /** content/<lang>/<demos|meetings>/<slug>.vtt: the transcript of the recording of the page beside it. */
  transcripts: string[];
  /** The data files a content folder may hold besides pages (`dataFileNames`), when present. */
  data: string[];
  problems: Problem[];
}

const pageName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const transcriptName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.vtt$/;

/** Collections whose pages may have a recording, and so a transcript beside them. */
const transcriptCollections: readonly string[] = ["demos", "meetings"];

/** Data files at the top of content/, read by the model: old addresses that lead to generated lists (src/outputs/redirects/to-lists.ts). */
const dataFileNames = ["redirects.yaml"];

/**
 * Lists content/ and refuses whatever is not a page: the tree holds only regular files named
 * `<slug>.md` in content/<en|fr>/<collection>/, and the transcripts (`<slug>.vtt`) of demos and meetings. Symlinks (to /etc/passwd, or to a file with its
 * own front matter), other extensions or letter case (`x.MD`), code (`*.11ty.ts`), data files
 * (`*.11tydata.json`), hidden files and unknown folders are errors naming their path: the
 * content folder is untrusted, and a file nobody reads is a file nobody reviews.
 */
export async function readContentTree(contentDir: string): Promise<ContentTree> {
  const markdown: string[] = [];
  const transcripts: string[] = [];
  const data: string[] = [];
  const problems: Problem[] = [];
  const refuse = (file: string, message: string) => problems.push({ file, line: 1, message });
  const found = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const allowedFolders = new Set<string>(languages.flatMap((lang) => [lang, ...collectionNames.map((collection) => `${lang}/${collection}`)]));
  for (const entry of found) {
    const file = path.join(entry.parentPath, entry.name).split(path.sep).join("/");
    const relative = path.posix.relative(contentDir, file);
    const parts = relative.split("/");
    const folder = parts.slice(0, -1).join("/");
    if (parts.some((part) => part.startsWith("."))) {
      if (!parts.slice(0, -1).some((part) => part.startsWith("."))) refuse(file, "hidden files are not allowed in content/ (content is only <slug>.md pages)");
      continue;
    }
    if (entry.isSymbolicLink()) {
      refuse(file, "symbolic links are not allowed in content/: put the page itself here");
      continue;
    }
    if (entry.isDirectory()) {
      if (!allowedFolders.has(relative) && allowedFolders.has(folder || relative.split("/")[0] || "")) {
        refuse(file, `unknown folder (expected content/<en|fr>/<${collectionNames.join("|")}>/)`);
      } else if (!allowedFolders.has(relative) && !folder) {
        refuse(file, `unknown folder (expected content/en/ or content/fr/)`);
      }
      continue;
    }
    // Files inside a folder already refused are covered by that folder's message.
    if (folder && !allowedFolders.has(folder)) continue;
    if (!entry.isFile()) {
      refuse(file, "only regular files are allowed in content/");
      continue;
    }
    if (parts.length === 1 && dataFileNames.includes(entry.name)) {
      data.push(file);
    } else if (parts.length !== 3) {
      refuse(file, `files go in a collection folder: content/<en|fr>/<${collectionNames.join("|")}>/<slug>.md`);
    } else if (transcriptName.test(entry.name) && transcriptCollections.includes(parts[1] ?? "")) {
      transcripts.push(file);
    } else if (/\.vtt$/i.test(entry.name)) {
      refuse(file, transcriptCollections.includes(parts[1] ?? "")
        ? `transcript name "${entry.name}" must be the page's file name with .vtt: lowercase letters, digits and hyphens`
        : `a transcript goes beside a demo or meeting page (content/<en|fr>/<${transcriptCollections.join("|")}>/<slug>.vtt); caption files for anything else go in public/`);
    } else if (!pageName.test(entry.name)) {
      refuse(file, /\.md$/i.test(entry.name) && !entry.name.endsWith(".md")
        ? `"${entry.name}": the extension must be .md in lower case`
        : /\.md$/.test(entry.name)
          ? `file name "${entry.name}" must be lowercase letters, digits and hyphens, ending in .md`
          : `"${entry.name}" is not a page: content/ holds only <slug>.md files (images and documents go in public/, code in src/)`);
    } else {
      markdown.push(file);
    }
  }
  return { markdown: markdown.sort(), transcripts: transcripts.sort(), data, problems };
}
