import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { entryUrl, homeUrl, sectionUrl, type CollectionName } from "../../content/i18n/routes.ts";
import { slugify } from "../../content/markdown/slugify.ts";
import { convertBody } from "./body.ts";
import { readHugoFile } from "./hugo-front-matter.ts";
import { hugoUrl, normalizeUrl, readHugoConfig, type HugoPage } from "./hugo-site.ts";
import { mapFrontMatter } from "./map-front-matter.ts";

/** A line of the report: where (Hugo file:line) and what. */
export interface ImportNote {
  file: string;
  line: number;
  message: string;
}

export interface PlannedFile {
  /** Hugo source, relative to the Hugo site: content/meetup/2018-03-22.md */
  source: string;
  collection: CollectionName;
  /** Where it goes, relative to our project: content/en/meetings/2018-03-22.md */
  target: string;
  text: string;
  url: string;
  mapped: string[];
  lang: "en" | "fr";
  draft: boolean;
  /** What readers of the Hugo page saw (its body, shortcodes resolved, same lines), for the proof. */
  shown: string;
  /** 1-based line of the Hugo file where the body starts. */
  bodyLine: number;
}

/** A hand-kept list page (an "all our slides" page, a home page of raw HTML) that a generated list replaces. */
export interface ReplacedList extends ImportNote {
  /** Its old addresses, which now lead to `to`. */
  from: string[];
  to: string;
  title: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  human: ImportNote[];
  skipped: ImportNote[];
  lists: ReplacedList[];
  /** An old address of an imported page -> its new URL. */
  moved: Map<string, string>;
}

const ourLanguages = new Set(["en", "fr"]);

/** Hugo section -> our collection; everything else is a page. */
function collectionFor(section: string): CollectionName {
  const name = section.toLowerCase();
  if (name === "meetup" || name === "meetups" || name === "meetings") return "meetings";
  if (name === "slide" || name === "slides") return "slides";
  if (name === "post" || name === "posts" || name === "blog") return "posts";
  return "pages";
}

/**
 * A page the site now generates: the Hugo home (`_index.md` at the top), a section's `_index.md`
 * for a collection, or a top-level page named like one (`slides.md`, `meetups.md`, `blog.md`).
 */
function handKeptList(name: string, sections: string[], lang: "en" | "fr"): { url: string; what: string } | undefined {
  if (name === "_index" && sections.length === 0) return { url: homeUrl(lang), what: "home page" };
  const listOf = name === "_index" ? sections.length === 1 && sections[0] : sections.length === 0 && name;
  if (!listOf) return undefined;
  const collection = collectionFor(listOf);
  return collection === "pages" ? undefined : { url: sectionUrl(lang, collection), what: `list of ${collection}` };
}

/** Words of a body outside links, headings and markup: what a hand-kept list said besides listing. */
function proseWords(body: string): number {
  const text = body
    .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, " ")
    .replace(/\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/<a\b[\s\S]*?<\/a>/gi, " ")
    .replace(/<h\d[\s\S]*?<\/h\d>/gi, " ")
    .replace(/^#.*$/gm, " ")
    .replace(/<[^>]*>/g, " ");
  return (text.match(/[\p{L}\p{N}]{2,}/gu) ?? []).length;
}

/** "file name says …, date says …, title says …" when they name different days. */
function dateDisagreement(baseName: string, data: Record<string, unknown>, chosen: string | undefined): string | undefined {
  const said: [string, string | undefined][] = [
    ["the file name", dateOf(baseName)],
    ["date", dateOf(data.date) ?? dateOf(data.publishDate)],
    ["the title", typeof data.title === "string" ? /\b(\d{4}-\d{2}-\d{2})\b/.exec(data.title)?.[1] : undefined],
  ];
  const known = said.filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (new Set(known.map(([, day]) => day)).size < 2) return undefined;
  return `${known.map(([what, day]) => `${what} says ${day}`).join(", ")}: imported as ${chosen ?? "?"} (the date field decides; the title is kept as written): check which is right`;
}

interface Candidate {
  page: HugoPage;
  source: string;
  collection: CollectionName;
  lang: "en" | "fr";
  fileSlug: string;
  slug?: string;
  url: string;
  oldUrls: string[];
  body: string;
  bodyLine: number;
  keyLine(key: string): number;
  draft: boolean;
}

async function listContent(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((d) => d.isFile() && /\.(md|markdown)$/i.test(d.name))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

function dateOf(value: unknown): string | undefined {
  const text = typeof value === "string" ? value : undefined;
  return text ? /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] : undefined;
}

/** Reads a Hugo site's content/ and plans every file of ours, without writing anything. */
export async function planImport(siteDir: string, contentDir = "content"): Promise<ImportPlan> {
  const config = readHugoConfig(siteDir);
  const hugoContent = path.join(siteDir, "content");
  const human: ImportNote[] = [];
  const skipped: ImportNote[] = [];
  const lists: ReplacedList[] = [];
  const candidates: Candidate[] = [];

  for (const relative of await listContent(hugoContent)) {
    const source = `content/${relative}`;
    const text = await readFile(path.join(hugoContent, relative), "utf8");
    const file = readHugoFile(text);
    if (file.error) {
      skipped.push({ file: source, line: file.error.line, message: `not imported: ${file.error.message}` });
      continue;
    }
    let parts = relative.split("/");
    let lang: string | undefined;
    if (parts.length > 1 && ourLanguages.has(parts[0] ?? "")) {
      lang = parts[0];
      parts = parts.slice(1);
    }
    let name = (parts.pop() ?? "").replace(/\.(md|markdown)$/i, "");
    const suffix = /\.([a-z]{2})$/i.exec(name);
    if (suffix) {
      lang = suffix[1]?.toLowerCase();
      name = name.slice(0, -3);
    }
    // reveal-hugo also makes a section's _index.md a presentation (outputs = ["Reveal"]).
    const outputs = Array.isArray(file.data.outputs) ? file.data.outputs.map(String) : [];
    const revealSection = name === "_index" && outputs.some((o) => o.toLowerCase() === "reveal") && parts.length > 0;
    if (revealSection) name = "index";
    const bundle = name === "index";
    const baseName = bundle ? (parts.pop() ?? "index") : name;
    const frontLang = typeof file.data.language === "string" ? file.data.language : typeof file.data.lang === "string" ? file.data.lang : undefined;
    lang = (lang ?? frontLang ?? config.defaultLanguage).toLowerCase();
    if (lang !== "en" && lang !== "fr") {
      skipped.push({
        file: source,
        line: file.keyLine(frontLang ? "language" : "title"),
        message: `not imported: language "${lang}" (this site is English and French)`,
      });
      continue;
    }
    const list = handKeptList(name, parts, lang);
    if (list) {
      const page: HugoPage = { contentPath: relative, sections: parts, baseName: name === "_index" ? "" : baseName, lang, data: file.data };
      const aliases = (Array.isArray(file.data.aliases) ? file.data.aliases : [])
        .filter((a): a is string => typeof a === "string")
        .map((a) => normalizeUrl(a.startsWith("/") ? a : `/${a}`));
      const from = [...new Set([hugoUrl(page, config), ...aliases])];
      lists.push({ file: source, line: 1, message: `hand-kept ${list.what}: not imported`, from, to: list.url, title: list.what });
      const prose = proseWords(file.body);
      if (prose)
        human.push({
          file: source,
          line: file.bodyLine,
          message: `hand-kept ${list.what} not imported (the site generates it): its own text (${prose} words besides its links) is not carried over; move what matters by hand`,
        });
      continue;
    }
    if (name === "_index") {
      const note = file.body.trim()
        ? "section list page not imported (lists are generated here): move its text by hand if it matters"
        : "section list page skipped (lists are generated here)";
      (file.body.trim() ? human : skipped).push({ file: source, line: 1, message: note });
      continue;
    }
    const type = typeof file.data.type === "string" ? file.data.type : undefined;
    const collection = revealSection ? "slides" : collectionFor(type ?? parts[0] ?? "");
    // One rule when the file name, `date` and title disagree: the front matter's date decides (it
    // is what Hugo sorted, dated and built :year URLs with); every disagreement is listed.
    const date = dateOf(file.data.date) ?? dateOf(file.data.publishDate) ?? dateOf(baseName);
    const disagreement = dateDisagreement(baseName, file.data, date);
    if (disagreement && (collection === "meetings" || collection === "posts")) human.push({ file: source, line: file.keyLine("date"), message: disagreement });
    const page: HugoPage = { contentPath: relative, sections: parts, baseName, lang, data: file.data, ...(date ? { date } : {}) };

    let fileSlug: string;
    if (collection === "meetings") {
      if (!date) {
        skipped.push({ file: source, line: file.keyLine("date"), message: "not imported: a meeting needs a date (meetings are named by it)" });
        continue;
      }
      fileSlug = date;
    } else if (collection === "posts") {
      if (!date) {
        skipped.push({ file: source, line: file.keyLine("date"), message: "not imported: a post needs a date" });
        continue;
      }
      fileSlug = `${date}-${slugify(baseName.replace(/^\d{4}-\d{2}-\d{2}-?/, "")) || "post"}`;
    } else if (collection === "pages") {
      fileSlug = slugify([...parts, baseName].join("-"));
    } else {
      fileSlug = slugify(baseName);
    }
    if (!fileSlug) {
      skipped.push({ file: source, line: 1, message: "not imported: no usable file name" });
      continue;
    }
    const hugoSlug = typeof file.data.slug === "string" ? slugify(file.data.slug) : undefined;
    const defaultSlug = collection === "posts" ? fileSlug.replace(/^\d{4}-\d{2}-\d{2}-/, "") : fileSlug;
    const slug = hugoSlug && hugoSlug !== defaultSlug ? hugoSlug : undefined;
    const url = entryUrl(lang, collection, slug ?? defaultSlug);
    const aliases = (Array.isArray(file.data.aliases) ? file.data.aliases : typeof file.data.aliases === "string" ? [file.data.aliases] : []).filter(
      (a): a is string => typeof a === "string",
    );
    const old = hugoUrl(page, config);
    const oldUrls = [old, ...aliases.map((alias) => normalizeUrl(alias.startsWith("/") ? alias : `${old.replace(/[^/]*\/?$/, "")}${alias}`))];
    candidates.push({
      page,
      source,
      collection,
      lang,
      fileSlug,
      ...(slug ? { slug } : {}),
      url,
      oldUrls: [...new Set(oldUrls)].filter((u) => u !== url),
      body: file.body,
      bodyLine: file.bodyLine,
      keyLine: file.keyLine,
      draft: file.data.draft === true || file.data.draft === "true",
    });
  }

  // Two Hugo files that land on the same file of ours: the first wins, the rest need a human.
  const byTarget = new Map<string, Candidate>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = `${c.lang}/${c.collection}/${c.fileSlug}`;
    const first = byTarget.get(key);
    if (first) {
      skipped.push({ file: c.source, line: 1, message: `not imported: it would be ${contentDir}/${key}.md, which ${first.source} already becomes` });
      continue;
    }
    byTarget.set(key, c);
    kept.push(c);
  }

  // Where every Hugo page went, for relref/ref and links to old addresses.
  const refIndex = new Map<string, Candidate[]>();
  const addRef = (key: string, c: Candidate) => refIndex.set(key.toLowerCase(), [...(refIndex.get(key.toLowerCase()) ?? []), c]);
  for (const c of kept) {
    const withoutExt = c.page.contentPath.replace(/\.(md|markdown)$/i, "").replace(/\.(en|fr)$/i, "");
    for (const key of new Set([
      withoutExt,
      withoutExt.replace(/\/index$/, ""),
      `${c.page.sections.join("/")}/${c.page.baseName}`.replace(/^\//, ""),
      c.page.baseName,
    ]))
      addRef(key, c);
  }
  const byOldUrl = new Map<string, string>();
  for (const c of kept) for (const old of c.oldUrls) byOldUrl.set(old, c.url);

  const files: PlannedFile[] = [];
  for (const c of kept) {
    const resolveRef = (target: string, lang: string | undefined) => {
      const [pathPart = "", anchor] = target.split("#");
      const key = pathPart
        .replace(/^\.?\//, "")
        .replace(/\.(md|markdown)$/i, "")
        .replace(/\.(en|fr)$/i, "")
        .replace(/\/$/, "")
        .toLowerCase();
      const relativeKey = [...c.page.sections, key].join("/").toLowerCase();
      const found = refIndex.get(key) ?? refIndex.get(relativeKey) ?? (pathPart ? [] : [c]);
      const wanted = lang ?? c.lang;
      const hit = found.find((f) => f.lang === wanted) ?? found[0];
      if (!hit) return undefined;
      if (hit.draft && !c.draft)
        human.push({ file: c.source, line: c.bodyLine, message: `links to ${hit.source}, a draft: the link will not work until it is published` });
      return `${hit.url}${anchor ? `#${anchor}` : ""}`;
    };
    const converted = convertBody(c.body, { resolveRef, newUrlOf: (old) => byOldUrl.get(normalizeUrl(old)), deck: c.collection === "slides" });
    const front = mapFrontMatter(c.page.data, c.collection, converted.body, c.page.baseName.replace(/[-_]+/g, " "));
    for (const note of front.human) human.push({ file: c.source, line: c.keyLine(note.key), message: note.message });
    for (const note of converted.human) human.push({ file: c.source, line: c.bodyLine + note.line - 1, message: note.message });
    const data: Record<string, unknown> = { ...front.data };
    if (c.slug) data.slug = c.slug;
    if (c.oldUrls.length) data.redirectFrom = c.oldUrls;
    // Without a French (or English) twin, readers of the other language get the notice page;
    // the mark puts the page on `npm run check`'s list of pages to translate.
    const other = c.lang === "en" ? "fr" : "en";
    const twin = byTarget.has(`${other}/${c.collection}/${c.fileSlug}`) || existsSync(`${contentDir}/${other}/${c.collection}/${c.fileSlug}.md`);
    if (!twin) data.needsTranslation = true;
    const mapped = [...front.mapped, ...converted.mapped, ...(c.oldUrls.length ? [`old addresses -> redirectFrom (${c.oldUrls.length})`] : [])];
    const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
    const body = converted.body.replace(/\n{3,}/g, "\n\n").trim();
    files.push({
      source: c.source,
      collection: c.collection,
      target: `${contentDir}/${c.lang}/${c.collection}/${c.fileSlug}.md`,
      text: `---\n${yaml}\n---\n${body ? `${body}\n` : ""}`,
      url: c.url,
      mapped,
      lang: c.lang,
      draft: c.draft,
      shown: converted.shown,
      bodyLine: c.bodyLine,
    });
  }
  return { files, human, skipped, lists, moved: byOldUrl };
}
