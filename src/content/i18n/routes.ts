import type { Lang } from "../site.ts";

export const collectionNames = ["meetings", "posts", "demos", "people", "slides", "pages", "projects"] as const;
export type CollectionName = (typeof collectionNames)[number];

/** URL segment of each collection, per language: French URLs are in French. */
const sections: Record<CollectionName, Record<Lang, string>> = {
  meetings: { en: "meetings", fr: "reunions" },
  posts: { en: "blog", fr: "blogue" },
  demos: { en: "demos", fr: "demos" },
  people: { en: "people", fr: "personnes" },
  slides: { en: "slides", fr: "presentations" },
  pages: { en: "", fr: "" },
  projects: { en: "projects", fr: "projets" },
};

export function isCollectionName(value: string): value is CollectionName {
  return (collectionNames as readonly string[]).includes(value);
}

export function sectionUrl(lang: Lang, collection: CollectionName): string {
  const section = sections[collection][lang];
  return section ? `/${lang}/${section}/` : `/${lang}/`;
}

export function entryUrl(lang: Lang, collection: CollectionName, slug: string): string {
  return `${sectionUrl(lang, collection)}${slug}/`;
}

/** Page n (1-based) of a paginated list: /en/meetings/, /en/meetings/page/2/. */
export function listPageUrl(base: string, pageNumber: number): string {
  return pageNumber <= 1 ? base : `${base}page/${pageNumber}/`;
}

export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

const searchSegment: Record<Lang, string> = { en: "search", fr: "recherche" };

/** The search page: /en/search/, /fr/recherche/. */
export function searchUrl(lang: Lang): string {
  return `/${lang}/${searchSegment[lang]}/`;
}

const tagsSegment: Record<Lang, string> = { en: "tags", fr: "etiquettes" };

/** Every tag: /en/tags/, /fr/etiquettes/. */
export function tagsUrl(lang: Lang): string {
  return `/${lang}/${tagsSegment[lang]}/`;
}

/** Everything with one tag: /en/tags/kubernetes/, /fr/etiquettes/kubernetes/ (ids are the same in both languages). */
export function tagUrl(lang: Lang, tag: string): string {
  return `${tagsUrl(lang)}${tag}/`;
}
