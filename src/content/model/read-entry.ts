import { DateTime } from "luxon";
import type { z } from "zod";
import { parseFrontMatter, type FrontMatter } from "../frontmatter/parse.ts";
import { entryUrl, isCollectionName, type CollectionName } from "../i18n/routes.ts";
import type { Problem } from "../problem.ts";
import { schemas } from "../schema/index.ts";
import { isLang, site } from "../site.ts";
import type { Entry } from "./types.ts";
import { memo } from "../memo.ts";

export interface ReadResult {
  entry?: Entry;
  frontMatter?: FrontMatter;
  problems: Problem[];
}

export interface ReadOptions {
  /** Drafts and future posts are published only in development. */
  includeDrafts: boolean;
  now: DateTime;
  gitDates: Map<string, string>;
}

/** content/<lang>/<collection>/<file>.md -> its parts, or why the path itself is wrong. */
export function classifyPath(file: string): { lang: "en" | "fr"; collection: CollectionName; fileSlug: string } | string {
  const parts = file.split("/");
  const [, lang, collection, name] = parts;
  if (parts.length !== 4 || !lang || !collection || !name) {
    return "expected content/<en|fr>/<collection>/<name>.md";
  }
  if (!isLang(lang)) return `unknown language folder "${lang}" (expected en or fr)`;
  if (!isCollectionName(collection)) return `unknown collection folder "${collection}" (expected meetings, posts, demos, people, slides, pages or projects)`;
  const fileSlug = name.replace(/\.md$/, "");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(fileSlug)) return `file name "${name}" must be lowercase letters, digits and hyphens`;
  return { lang, collection, fileSlug };
}

/**
 * An ISO date or date-time in America/Toronto. Luxon's DateTime is immutable, so each string is
 * parsed once and shared: the model, feeds and calendars ask for the same dates many times, and
 * each parse in a time zone costs a call to Intl.
 */
export const toronto: (isoDate: string) => DateTime = memo((isoDate) => DateTime.fromISO(isoDate, { zone: site.timeZone }));

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): { path: PropertyKey[]; key?: string; message: string }[] {
  const path = issue.path;
  const field = path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path,
      key,
      message: `${[...path.map(String), key].join(".")}: unknown field (check the spelling; CONTRIBUTING.md lists every field)`,
    }));
  }
  let value: unknown = data;
  for (const part of path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  const message = value === undefined && issue.code === "invalid_type" ? `required field is missing (${issue.message})` : issue.message;
  return [{ path, message: `${field || "front matter"}: ${message}` }];
}

/** No page is this long; a file this big is a mistake or an attack on the build's time and memory. */
const maxContentBytes = 2 * 1024 * 1024;

export function readEntry(file: string, source: string, options: ReadOptions): ReadResult {
  // Characters are 1 to 3 bytes of UTF-8 here: only a long text needs counting.
  if (source.length * 3 > maxContentBytes && Buffer.byteLength(source) > maxContentBytes) {
    const size = (Buffer.byteLength(source) / 1024 / 1024).toFixed(1);
    return { problems: [{ file, line: 1, message: `${size} MB is over the ${maxContentBytes / 1024 / 1024} MB limit for a content file (split it into pages; images and documents go in public/)` }] };
  }
  const where = classifyPath(file);
  if (typeof where === "string") return { problems: [{ file, line: 1, message: where }] };
  const { lang, collection, fileSlug } = where;
  const frontMatter = parseFrontMatter(source);
  const problems: Problem[] = frontMatter.errors.map((error) => ({ file, ...error }));
  if (problems.length) return { frontMatter, problems };

  const result = schemas[collection].safeParse(frontMatter.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path, key, message } of describeIssue(issue, frontMatter.data)) {
        problems.push({ file, line: frontMatter.lineOf(path, key), message });
      }
    }
    return { frontMatter, problems };
  }
  const data = result.data;
  if (collection === "meetings" && "date" in data && data.date !== fileSlug) {
    problems.push({ file, line: frontMatter.lineOf(["date"]), message: `date: a meeting file is named by its date (expected ${fileSlug}.md to have date: ${fileSlug}, or rename the file)` });
  }

  // The fields some collections share, read once without narrowing on the collection.
  const shared = data as { date?: string; title?: string; name?: string; summary?: string; tags?: string[]; technologies?: string[] };
  const dateText = shared.date;
  const date = dateText ? toronto(dateText) : undefined;
  const draft = data.draft === true;
  const future = collection === "posts" && date !== undefined && date > options.now;
  const slug = data.slug ?? (collection === "posts" ? fileSlug.replace(/^\d{4}-\d{2}-\d{2}-/, "") : fileSlug);
  const title = shared.title ?? shared.name ?? fileSlug;
  const tags = [...new Set([...(shared.tags ?? []), ...(shared.technologies ?? [])])];
  const entry = {
    collection,
    file,
    lang,
    fileSlug,
    translationKey: `${collection}/${fileSlug}`,
    url: entryUrl(lang, collection, slug),
    data,
    title,
    summary: shared.summary,
    date,
    modified: data.modified ?? options.gitDates.get(file) ?? options.now.toISODate() ?? "",
    tags,
    draft,
    published: options.includeDrafts || (!draft && !future),
  } as Entry;
  return { entry, frontMatter, problems };
}
