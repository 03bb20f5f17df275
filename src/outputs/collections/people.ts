import type { ContentModel } from "../../content/model/load.ts";
import type { Lang } from "../../content/site.ts";

export interface PersonLink {
  name: string;
  url?: string;
}

/** A person id as a name and a link to their page in `lang` (or the other language). */
// Looked up for every author, presenter and note-taker on every page: indexed once per model
// (keyed by its entries array: Eleventy hands each template its own shallow copy of `model`).
const peopleById = new WeakMap<readonly unknown[], Map<string, ContentModel["published"]>>();

export function personLink(model: ContentModel, lang: Lang, id: string): PersonLink {
  let index = peopleById.get(model.published);
  if (!index) {
    index = new Map();
    for (const e of model.published) if (e.collection === "people") index.set(e.fileSlug, [...(index.get(e.fileSlug) ?? []), e]);
    peopleById.set(model.published, index);
  }
  const pages = index.get(id) ?? [];
  const page = pages.find((e) => e.lang === lang) ?? pages[0];
  return page ? { name: page.title, url: page.url } : { name: id };
}
