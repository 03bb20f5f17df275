import { listPageUrl, tagsUrl, tagUrl } from "../../content/i18n/routes.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { tagLabel } from "../../content/schema/tags.ts";
import { languages, otherLang, type Lang } from "../../content/site.ts";
import { newestModified } from "./date-modified.ts";
import { groupByYear, type YearGroup } from "./list-pages.ts";
import { listFor, type ListItem } from "./listing.ts";
import { pageSize, paginate, type PageLinks } from "./pagination.ts";
import { newestFirst } from "./sort.ts";
import { technologyUrl } from "./technologies.ts";

/** The collections whose entries carry tags. */
const tagged = ["meetings", "posts", "demos", "slides"] as const;

export interface TagSummary {
  id: string;
  /** The tag in the reader's language. */
  label: string;
  count: number;
  url: string;
}

/** One page of everything carrying one tag, in one language. */
export interface TagPage extends PageLinks {
  lang: Lang;
  tag: string;
  label: string;
  /** The same page in the other language, or its list of tags when no page there carries the tag. */
  twinUrl: string;
  groups: YearGroup[];
  /** The tag's demos-by-technology page, when demos name it among their technologies. */
  technologyUrl?: string;
  /** "Date modified": `tagsModified`, like the index of tags. */
  modified: string;
}

/** Every tagged entry a reader of `lang` sees, newest first (other-language-only entries marked). */
function taggedItems(model: ContentModel, lang: Lang): ListItem[] {
  const items = tagged.flatMap((collection) => listFor(model, lang, collection));
  const order = new Map(newestFirst(items.map((item) => item.entry)).map((entry, index) => [entry, index]));
  return items.sort((a, b) => (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0));
}

/**
 * "Date modified" of the index of tags and of every tag's pages in `lang`: the newest `modified`
 * of every entry of the tagged collections, tagged or not, since adding a tag to an entry or
 * taking one off changes these pages (src/outputs/collections/date-modified.ts).
 */
export function tagsModified(model: ContentModel, lang: Lang): string {
  return newestModified(tagged.flatMap((collection) => listFor(model, lang, collection)));
}

/** Each tag in use, with what carries it, A to Z by its label in `lang`. */
function itemsByTag(model: ContentModel, lang: Lang): Map<string, ListItem[]> {
  const byTag = new Map<string, ListItem[]>();
  for (const item of taggedItems(model, lang)) {
    for (const tag of item.entry.tags) {
      let items = byTag.get(tag);
      if (!items) byTag.set(tag, (items = []));
      items.push(item);
    }
  }
  const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA");
  return new Map([...byTag].sort(([a], [b]) => collator.compare(tagLabel(lang, a), tagLabel(lang, b))));
}

/** Every tag a reader of `lang` can follow, with how many entries carry it: the index of tags. */
export function tagSummaries(model: ContentModel, lang: Lang): TagSummary[] {
  return [...itemsByTag(model, lang)].map(([id, items]) => ({ id, label: tagLabel(lang, id), count: items.length, url: tagUrl(lang, id) }));
}

/** One paginated list per tag per language, like the collections' lists (src/outputs/collections/list-pages.ts). */
export function tagPages(model: ContentModel): TagPage[] {
  const byLang = new Map(languages.map((lang) => [lang, itemsByTag(model, lang)]));
  return languages.flatMap((lang) => {
    const other = otherLang(lang);
    const modified = tagsModified(model, lang);
    const demoTechnologies = new Set(
      listFor(model, lang, "demos").flatMap(({ entry }) => (entry.collection === "demos" ? (entry.data.technologies ?? []) : [])),
    );
    return [...(byLang.get(lang) ?? [])].flatMap(([tag, items]) => {
      const otherItems = byLang.get(other)?.get(tag);
      const otherCount = Math.max(1, Math.ceil((otherItems?.length ?? 0) / pageSize));
      return paginate(tagUrl(lang, tag), items.length).map((links) => ({
        ...links,
        lang,
        tag,
        label: tagLabel(lang, tag),
        twinUrl: otherItems ? listPageUrl(tagUrl(other, tag), Math.min(links.pageNumber, otherCount)) : tagsUrl(other),
        groups: groupByYear(items.slice((links.pageNumber - 1) * pageSize, links.pageNumber * pageSize)),
        ...(demoTechnologies.has(tag) ? { technologyUrl: technologyUrl(lang, tag) } : {}),
        modified,
      }));
    });
  });
}
