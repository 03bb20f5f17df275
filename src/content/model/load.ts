import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import type { Problem } from "../problem.ts";
import { isWarning, sortProblems } from "../problem.ts";
import { site, type Lang } from "../site.ts";
import { readContentTree } from "./content-tree.ts";
import { lastCommitDates } from "./git-dates.ts";
import { readEntry, type ReadOptions, type ReadResult } from "./read-entry.ts";
import { checkReferences } from "./references.ts";
import { readTranscript, transcriptPage, type Transcript } from "./transcript.ts";
import type { Entry } from "./types.ts";
import type { FrontMatter } from "../frontmatter/parse.ts";

export interface LoadOptions {
  /** The content folder, relative to the working directory (paths in messages are relative too). */
  contentDir?: string;
  includeDrafts?: boolean;
  now?: DateTime;
  /** Files as they would be after a change (path -> text), checked without writing them (the importer's dry run). */
  overlay?: Map<string, string>;
}

export interface ContentModel {
  entries: Entry[];
  /** What the build publishes: drafts and future posts are left out in production. */
  published: Entry[];
  byFile: Map<string, Entry>;
  frontMatter: Map<string, FrontMatter>;
  problems: Problem[];
  /** What is neutralised rather than refused (benign HTML off the allowlist): printed, fails nothing. */
  warnings: Problem[];
  /** The text of content/'s data files (content-tree.ts `dataFileNames`), by path. */
  dataFiles: Map<string, string>;
  /** Every Markdown file's text as read, so later steps (the link check) need not read it again. */
  sources: Map<string, string>;
  /** The transcripts of recordings (`<slug>.vtt` beside a demo or meeting), by the page's file. */
  transcripts: Map<string, Transcript>;
  /** The same page in the other language, when it exists and is published. */
  twin(entry: Entry): Entry | undefined;
}

/**
 * Extra checks other modules register (HTML policy, links, translations), run over the whole tree.
 * `forFile`, when set, is the same check for one file: for checks where a file's problems depend
 * only on that file and on which entries exist, so the dev server re-runs them for changed files only.
 */
export type ContentCheck = ((model: ContentModel, sources: Map<string, string>) => Problem[] | Promise<Problem[]>) & {
  forFile?: (model: ContentModel, file: string) => Problem[];
};

/** What a later `updateContent` reuses: each file as read, and the per-file checks' problems by file. */
interface LoadState {
  readOptions: ReadOptions;
  checks: ContentCheck[];
  reads: Map<string, ReadResult>;
  perFile: Map<ContentCheck, Map<string, Problem[]>>;
  /** What the content folder holds that is not a page (src/content/model/content-tree.ts). */
  treeProblems: Problem[];
  dataFiles: Map<string, string>;
  /** Each transcript file as read, by its path. */
  transcriptReads: Map<string, ReturnType<typeof readTranscript>>;
}

const loadStates = new WeakMap<ContentModel, LoadState>();


export async function loadContent(options: LoadOptions = {}, checks: ContentCheck[] = []): Promise<ContentModel> {
  const contentDir = options.contentDir ?? site.contentDir;
  const readOptions: ReadOptions = {
    includeDrafts: options.includeDrafts ?? false,
    now: options.now ?? DateTime.now().setZone(site.timeZone),
    gitDates: lastCommitDates(contentDir),
  };
  const tree = await readContentTree(contentDir);
  const onDisk = tree.markdown;
  const files = [...new Set([...onDisk, ...[...(options.overlay?.keys() ?? [])].filter((file) => file.endsWith(".md"))])].sort();
  const sources = new Map<string, string>();
  await Promise.all(files.map(async (file) => sources.set(file, options.overlay?.get(file) ?? (await readFile(file, "utf8")))));
  // In file order, so entries and problems come out in the same order however files were read.
  const reads = new Map(files.map((file) => [file, readEntry(file, sources.get(file) ?? "", readOptions)]));
  const dataFiles = new Map(await Promise.all(tree.data.map(async (file) => [file, options.overlay?.get(file) ?? (await readFile(file, "utf8"))] as const)));
  const transcriptFiles = [...new Set([...tree.transcripts, ...[...(options.overlay?.keys() ?? [])].filter(isTranscriptFile)])].sort();
  const transcriptReads = new Map(await Promise.all(transcriptFiles.map(async (file) => [file, readTranscript(file, options.overlay?.get(file) ?? (await readFile(file, "utf8")))] as const)));
  for (const [file, text] of options.overlay ?? []) if (!file.endsWith(".md") && !isTranscriptFile(file)) dataFiles.set(file, text);
  return assemble({ readOptions, checks, reads, perFile: new Map(), treeProblems: tree.problems, dataFiles, transcriptReads }, new Map(files.map((file) => [file, sources.get(file) ?? ""])));
}

/**
 * The model after some files changed (`npm start`): only those files are read and checked
 * again; whole-tree checks run over the result. The same model `loadContent` would give,
 * problems included, at a fraction of the cost. A file that no longer exists leaves the model.
 */
export async function updateContent(previous: ContentModel, changedFiles: Iterable<string>, overlay?: Map<string, string>): Promise<ContentModel> {
  const state = loadStates.get(previous);
  if (!state) throw new Error("updateContent: this model was not made by loadContent");
  const sources = new Map(previous.sources);
  const reads = new Map(state.reads);
  const changed = new Set<string>();
  const transcriptReads = new Map(state.transcriptReads);
  let added = false;
  for (const file of changedFiles) {
    if (isTranscriptFile(file)) {
      const text = overlay?.get(file) ?? (await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(error))));
      if (text === undefined) transcriptReads.delete(file);
      else transcriptReads.set(file, readTranscript(file, text));
      continue;
    }
    if (!file.endsWith(".md")) continue;
    const text = overlay?.get(file) ?? (await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(error))));
    changed.add(file);
    if (text === undefined) {
      sources.delete(file);
      reads.delete(file);
      continue;
    }
    added ||= !sources.has(file);
    sources.set(file, text);
    reads.set(file, readEntry(file, text, state.readOptions));
  }
  const inOrder = <T>(map: Map<string, T>) => (added ? new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : map);
  return assemble({ ...state, reads: inOrder(reads), transcriptReads: new Map([...transcriptReads].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }, inOrder(sources), { previous, changed });
}

/** Entries, lookups and problems from files as read; `since` lets per-file checks skip files that did not change. */
async function assemble(state: LoadState, sources: Map<string, string>, since?: { previous: ContentModel; changed: Set<string> }): Promise<ContentModel> {
  const problems: Problem[] = [...state.treeProblems];
  const entries: Entry[] = [];
  const frontMatter = new Map<string, FrontMatter>();
  for (const [file, result] of state.reads) {
    problems.push(...result.problems);
    if (result.frontMatter) frontMatter.set(file, result.frontMatter);
    if (result.entry) entries.push(result.entry);
  }
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const transcripts = new Map<string, Transcript>();
  for (const [file, result] of state.transcriptReads) {
    problems.push(...result.problems);
    const page = transcriptPage(file);
    if (!state.reads.has(page)) problems.push({ file, line: 1, message: `a transcript needs its page: ${page} does not exist (name the .vtt like the page it belongs to)` });
    else if (result.transcript) transcripts.set(page, result.transcript);
  }
  const published = entries.filter((e) => e.published);
  const byKey = new Map<string, Partial<Record<Lang, Entry>>>();
  for (const entry of published) byKey.set(entry.translationKey, { ...byKey.get(entry.translationKey), [entry.lang]: entry });

  const model: ContentModel = {
    entries,
    published,
    byFile,
    frontMatter,
    problems,
    warnings: [],
    dataFiles: state.dataFiles,
    sources,
    transcripts,
    twin: (entry) => byKey.get(entry.translationKey)?.[entry.lang === "en" ? "fr" : "en"],
  };
  problems.push(...checkReferences(model));
  // Per-file problems may be reused only while the same entries exist, published alike (relref looks them up).
  const sameEntries = since !== undefined && sameEntrySet(since.previous, model);
  const perFile = new Map<ContentCheck, Map<string, Problem[]>>();
  for (const check of state.checks) {
    if (!check.forFile) {
      problems.push(...(await check(model, sources)));
      continue;
    }
    const before = sameEntries ? state.perFile.get(check) : undefined;
    const byFile = new Map<string, Problem[]>();
    for (const file of frontMatter.keys()) {
      const found = before && !since?.changed.has(file) ? before.get(file) : undefined;
      byFile.set(file, found ?? check.forFile(model, file));
    }
    perFile.set(check, byFile);
    for (const found of byFile.values()) problems.push(...found);
  }
  model.problems = sortProblems(problems.filter((problem) => !isWarning(problem)));
  model.warnings = sortProblems(problems.filter(isWarning));
  loadStates.set(model, { ...state, perFile });
  return model;
}

function isTranscriptFile(file: string): boolean {
  return file.endsWith(".vtt");
}

function sameEntrySet(a: ContentModel, b: ContentModel): boolean {
  if (a.byFile.size !== b.byFile.size) return false;
  for (const [file, entry] of b.byFile) if (a.byFile.get(file)?.published !== entry.published) return false;
  return true;
}
