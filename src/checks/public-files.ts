import { lstat, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromFile } from "file-type";
import type { ContentCheck } from "../content/model/load.ts";
import { site } from "../content/site.ts";
import type { Problem } from "../content/problem.ts";
import { svgProblems } from "./svg-safety.ts";

/**
 * `public/` is served from the site root as it is, and anyone in the group may add to it: only
 * files a browser shows or downloads without running anything are allowed, and each file's
 * content must be what its extension says (a `.png` that is really HTML would be a page).
 * CONTRIBUTING.md lists the types and why.
 */
export const maxPublicFileBytes = 20 * 1024 * 1024;

type Kind =
  /** A binary format recognised by its first bytes (file-type's names for it). */
  | { binary: string[] }
  /** UTF-8 text; `starts` is what it must begin with; `detected`, what file-type may call it. */
  | { text: true; starts?: string; detected?: string[] }
  | { svg: true; detected: string[] };

/** Extension -> what its content must be. Lowercase: the servers map types by exact extension. */
const publicFileTypes: Record<string, Kind> = {
  png: { binary: ["png", "apng"] },
  jpg: { binary: ["jpg"] },
  jpeg: { binary: ["jpg"] },
  gif: { binary: ["gif"] },
  webp: { binary: ["webp"] },
  avif: { binary: ["avif"] },
  ico: { binary: ["ico"] },
  svg: { svg: true, detected: ["svg", "xml"] },
  // Illustrator's files are PDFs that file-type names "ai".
  pdf: { binary: ["pdf", "ai"] },
  docx: { binary: ["docx"] },
  xlsx: { binary: ["xlsx"] },
  pptx: { binary: ["pptx"] },
  odt: { binary: ["odt"] },
  ods: { binary: ["ods"] },
  odp: { binary: ["odp"] },
  // The old Office formats are all one container (Compound File Binary).
  doc: { binary: ["cfb"] },
  xls: { binary: ["cfb"] },
  ppt: { binary: ["cfb"] },
  txt: { text: true },
  csv: { text: true },
  vtt: { text: true, starts: "WEBVTT", detected: ["vtt"] },
  mp4: { binary: ["mp4", "m4v"] },
  webm: { binary: ["webm"] },
};

/** Types that run in a browser or hold pages and data the build makes. */
const codeExtensions = new Set([
  "js",
  "mjs",
  "cjs",
  "ts",
  "html",
  "htm",
  "xhtml",
  "shtml",
  "css",
  "wasm",
  "xml",
  "xsl",
  "xslt",
  "json",
  "jsonld",
  "map",
  "swf",
  "svgz",
]);

/** Paths the build writes itself; a public file there would replace the site's own. */
const reservedPaths = ["assets/", "pagefind/", "favicon.svg", "robots.txt", "sitemap.xml", "404.html", "index.html"];

/** The site's own path a file at `relative` in public/ would take, if any. */
function reservedPath(relative: string): string | undefined {
  return reservedPaths.find((reserved) => (reserved.endsWith("/") ? relative.startsWith(reserved) : relative === reserved));
}

/** Whether a file at this path in public/ could pass, by its name alone (not hidden, a listed type, not the site's own path). */
export function isAllowedPublicFile(relative: string): boolean {
  const parts = relative.split(/[\\/]/);
  return !parts.some((part) => part.startsWith(".")) && Object.hasOwn(publicFileTypes, path.extname(relative).slice(1)) && !reservedPath(parts.join("/"));
}

/** Every problem with the files in `dir`, as `dir/path:line: message`, in path order. */
export async function checkPublicFiles(dir: string = site.publicDir): Promise<Problem[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const problems: Problem[] = [];
  const display = (relative: string) => [dir.replace(/\/+$/, ""), relative].join("/");
  const entries = found
    .map((entry) => ({ entry, relative: path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/") }))
    .sort((a, b) => (a.relative < b.relative ? -1 : 1));
  const hidden: string[] = [];
  const toRead: { file: string; relative: string }[] = [];
  for (const { entry, relative } of entries) {
    const file = display(relative);
    // Inside a hidden folder: the folder itself is reported once (folders sort before their files).
    if (hidden.some((folder) => relative.startsWith(`${folder}/`))) continue;
    const report = (message: string) => problems.push({ file, line: 1, message });
    if (entry.name.startsWith(".")) {
      if (entry.isDirectory()) hidden.push(relative);
      report(`hidden ${entry.isDirectory() ? "folders" : "files"} are not allowed in public/ (they are easy to miss in a review)`);
    } else if (entry.isSymbolicLink()) report("symbolic links are not allowed in public/ (copy the file in instead)");
    else if (entry.isFile()) toRead.push({ file, relative });
    else if (!entry.isDirectory()) report("only plain files are allowed in public/");
  }
  // A few files at a time: thousands of images must not exhaust the open-file limit.
  let next = 0;
  const worker = async () => {
    for (let item = toRead[next++]; item; item = toRead[next++]) {
      for (const { line, message } of await fileProblems(path.join(dir, item.relative), item.relative)) problems.push({ file: item.file, line, message });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** What is wrong with one file of public/ (`relative` is its path in public/). */
async function fileProblems(file: string, relative: string): Promise<{ line: number; message: string }[]> {
  const problem = (message: string, line = 1) => [{ line, message }];
  const reserved = reservedPath(relative);
  if (reserved) return problem(`/${reserved} is the site's own; choose another name or folder (for example images/)`);
  const extension = path.extname(relative).slice(1);
  const lower = extension.toLowerCase();
  if (codeExtensions.has(lower)) return problem(`.${extension} files are not allowed in public/: code goes in src/ (public/ holds images and documents)`);
  const kind = publicFileTypes[lower];
  if (!kind)
    return problem(
      `${extension ? `.${extension}` : "files without an extension"} ${extension ? "files are" : "are"} not allowed in public/ (allowed: ${Object.keys(publicFileTypes).join(", ")}; code goes in src/)`,
    );
  if (extension !== lower) return problem(`write the extension in lowercase (.${lower})`);
  const { size } = await lstat(file);
  if (size > maxPublicFileBytes)
    return problem(
      `${(size / 1024 / 1024).toFixed(1)} MB is over the ${maxPublicFileBytes / 1024 / 1024} MB limit for public/ (put long videos on YouTube, large data in a repository)`,
    );
  // Reads only as much of the file as the format needs.
  const detected = await fileTypeFromFile(file).catch(() => undefined);
  if ("binary" in kind) {
    if (detected && kind.binary.includes(detected.ext)) return [];
    return problem(
      `the content is ${detected ? `a .${detected.ext} file` : "not a recognised file"}, not a .${lower} file (its extension and content must agree)`,
    );
  }
  if (detected && !kind.detected?.includes(detected.ext))
    return problem(`the content is a .${detected.ext} file, not ${lower === "svg" ? "an SVG" : "text"} (its extension and content must agree)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch {
    return problem("not UTF-8 text (save it as UTF-8)");
  }
  if (text.includes("\0")) return problem("not text: it contains NUL bytes");
  if ("svg" in kind) return svgProblems(text);
  if (kind.starts && !text.replace(/^\uFEFF/, "").startsWith(kind.starts)) return problem(`a .${lower} file must start with ${kind.starts}`);
  return [];
}

/** The files of public/ (paths inside it, with /), as the site serves them from its root. */
export async function publicFilePaths(dir: string = site.publicDir): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => !entry.isDirectory()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** The check `npm run check` and the build run: public/ is checked with the content. */
export const publicFilesCheck: ContentCheck = () => checkPublicFiles();
