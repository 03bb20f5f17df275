import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import type { Problem } from "../checks/problem.ts";
import { sortProblems } from "../checks/problem.ts";
import { site, type Lang } from "../site.ts";
import { lastCommitDates } from "./git-dates.ts";
import { readEntry, type ReadOptions } from "./read-entry.ts";
import { checkReferences } from "./references.ts";
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
  /** Every file's text as read, so later steps (the link check) need not read it again. */
  sources: Map<string, string>;
  /** The same page in the other language, when it exists and is published. */
  twin(entry: Entry): Entry | undefined;
}

/** Extra checks other modules register (HTML policy, links, translations), run over the whole tree. */
export type ContentCheck = (model: ContentModel, sources: Map<string, string>) => Problem[] | Promise<Problem[]>;

export async function listMarkdown(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((d) => d.isFile() && d.name.endsWith(".md"))
    .map((d) => path.join(d.parentPath, d.name).split(path.sep).join("/"))
    .sort();
}

export async function loadContent(options: LoadOptions = {}, checks: ContentCheck[] = []): Promise<ContentModel> {
  const contentDir = options.contentDir ?? site.contentDir;
  const readOptions: ReadOptions = {
    includeDrafts: options.includeDrafts ?? false,
    now: options.now ?? DateTime.now().setZone(site.timeZone),
    gitDates: lastCommitDates(contentDir),
  };
  const onDisk = await listMarkdown(contentDir);
  const files = [...new Set([...onDisk, ...(options.overlay?.keys() ?? [])])].sort();
  const sources = new Map<string, string>();
  await Promise.all(files.map(async (file) => sources.set(file, options.overlay?.get(file) ?? (await readFile(file, "utf8")))));

  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const frontMatter = new Map<string, FrontMatter>();
  for (const file of files) {
    const result = readEntry(file, sources.get(file) ?? "", readOptions);
    problems.push(...result.problems);
    if (result.frontMatter) frontMatter.set(file, result.frontMatter);
    if (result.entry) entries.push(result.entry);
  }
  const published = entries.filter((e) => e.published);
  const byKey = new Map<string, Partial<Record<Lang, Entry>>>();
  for (const entry of published) byKey.set(entry.translationKey, { ...byKey.get(entry.translationKey), [entry.lang]: entry });

  const model: ContentModel = {
    entries,
    published,
    byFile: new Map(entries.map((e) => [e.file, e])),
    frontMatter,
    problems,
    sources,
    twin: (entry) => byKey.get(entry.translationKey)?.[entry.lang === "en" ? "fr" : "en"],
  };
  problems.push(...checkReferences(model));
  for (const check of checks) problems.push(...(await check(model, sources)));
  model.problems = sortProblems(problems);
  return model;
}
