import type { CollectionName } from "../../content/i18n/routes.ts";
import { slugify } from "../../content/markdown/slugify.ts";
import { isTagId } from "../../content/schema/tags.ts";
import { schemas } from "../../content/schema/index.ts";

interface KeyNote {
  key: string;
  message: string;
}

export interface MappedFrontMatter {
  data: Record<string, unknown>;
  mapped: string[];
  human: KeyNote[];
}

/** Hugo keys with no place here, dropped on purpose (menus and layouts are the site's job). */
const dropped = new Set([
  "type",
  "layout",
  "language",
  "lang",
  "menu",
  "menus",
  "weight",
  "linktitle",
  "toc",
  "outputs",
  "reveal_hugo",
  "markup",
  "sitemap",
  "_build",
  "build",
  "headless",
  "cascade",
  "iscjklanguage",
  "translationkey",
  "expirydate",
  "images",
  "resources",
  "series",
  "keywords",
  "url",
  "aliases",
  "slug",
  "hidden",
  "comments",
  "showtoc",
]);

function dateParts(value: unknown): { date?: string; time?: string } {
  const text = typeof value === "string" ? value : value instanceof Date ? value.toISOString() : undefined;
  const match = text ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text) : null;
  if (!match) return {};
  const time = match[2] && match[3] && `${match[2]}:${match[3]}` !== "00:00" ? `${match[2]}:${match[3]}` : undefined;
  return { date: match[1], ...(time ? { time } : {}) };
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function listOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The first paragraph of Markdown as plain text, for a summary. */
function firstParagraph(body: string): string | undefined {
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.replace(/^\s*(#|>|[-*+]\s|\d+\.\s|<|\{\{|```|---|Note:)/i, "\u0000").trim();
    if (!text || text.startsWith("\u0000")) continue;
    const plain = text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (plain) return plain.length > 280 ? `${plain.slice(0, 277).replace(/\s+\S*$/, "")}…` : plain;
  }
  return undefined;
}

/**
 * Hugo front matter -> ours, for one collection. Every Hugo key is mapped, dropped on purpose,
 * or (when unknown) kept only if our schema accepts it as is; anything else is reported.
 */
export function mapFrontMatter(hugo: Record<string, unknown>, collection: CollectionName, body: string, fallbackTitle: string): MappedFrontMatter {
  const shape = schemas[collection].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const data: Record<string, unknown> = {};
  const mapped: string[] = [];
  const human: KeyNote[] = [];
  const lower = new Map(Object.keys(hugo).map((key) => [key.toLowerCase(), key]));
  const get = (key: string) => {
    const real = lower.get(key);
    return real === undefined ? undefined : hugo[real];
  };
  const has = (key: string) => lower.has(key);

  const title = textOf(get("title"));
  data.title = title ?? fallbackTitle;
  if (!title) human.push({ key: "title", message: `no title: used "${fallbackTitle}" from the file name` });

  const { date, time } = dateParts(get("date") ?? get("publishdate"));
  if ("date" in shape) {
    if (date) data.date = date;
    if (has("publishdate") && !has("date")) mapped.push("publishDate -> date");
  }
  if (time && collection === "meetings") {
    data.start = time;
    mapped.push(`date's time -> start (${time})`);
  }

  const summary = textOf(get("description")) ?? textOf(get("summary"));
  if (summary && "summary" in shape) {
    data.summary = summary;
    mapped.push(has("description") ? "description -> summary" : "summary kept");
  } else if (collection === "posts" || collection === "demos") {
    const derived = firstParagraph(body);
    data.summary = derived ?? data.title;
    if (derived) mapped.push("summary <- first paragraph (no description)");
    else human.push({ key: "description", message: "no description: the title is used as summary, write one" });
  }

  const modified = dateParts(get("lastmod")).date;
  if (modified) {
    data.modified = modified;
    mapped.push("lastmod -> modified");
  }
  const draft = get("draft");
  if (draft === true || draft === "true") data.draft = true;

  if ("tags" in shape) {
    const raw = [...listOf(get("tags")), ...listOf(get("categories")), ...listOf(get("keywords"))];
    const ids = [...new Set(raw.map(slugify).filter(Boolean))];
    // Only ids of the vocabulary pass (each has an English and a French label); the others wait for a human.
    const tags = ids.filter(isTagId);
    const unknown = ids.filter((id) => !isTagId(id));
    if (tags.length) data.tags = tags;
    if (unknown.length) {
      human.push({
        key: "tags",
        message: `tags not in the vocabulary, dropped: ${unknown.join(", ")} (add each to src/content/schema/tags.ts with its English and French labels, then to the page's tags)`,
      });
    }
    if (has("categories")) mapped.push("categories -> tags");
    if (raw.some((tag) => slugify(tag) !== tag)) mapped.push("tags -> lowercase ids");
  } else if (has("tags") || has("categories")) {
    mapped.push(`tags dropped (${collection} have none)`);
  }

  for (const author of [...listOf(get("author")), ...listOf(get("authors"))]) {
    human.push({
      key: has("author") ? "author" : "authors",
      message: `author "${author}" not mapped: add ${collection === "posts" ? "authors" : "presenters"}: [person-id] with a people page`,
    });
  }

  const handled = new Set(["title", "date", "publishdate", "description", "summary", "lastmod", "draft", "tags", "categories", "author", "authors"]);
  const droppedHere: string[] = [];
  for (const [key, value] of Object.entries(hugo)) {
    const lowerKey = key.toLowerCase();
    if (handled.has(lowerKey)) continue;
    if (dropped.has(lowerKey)) {
      droppedHere.push(key);
      continue;
    }
    const field = shape[key];
    if (field && !["title", "date", "slug", "redirectFrom", "draft", "modified"].includes(key) && field.safeParse(value).success) {
      data[key] = value;
      mapped.push(`${key} kept`);
    } else {
      human.push({ key, message: `${key}: no such field here (dropped; CONTRIBUTING.md lists the fields)` });
    }
  }
  if (droppedHere.length) mapped.push(`dropped on purpose: ${droppedHere.join(", ")}`);
  return { data, mapped, human };
}
