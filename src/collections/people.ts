import type { ContentModel } from "../model/load.ts";
import type { Lang } from "../site.ts";

export interface PersonLink {
  name: string;
  url?: string;
}

/** A person id as a name and a link to their page in `lang` (or the other language). */
export function personLink(model: ContentModel, lang: Lang, id: string): PersonLink {
  const pages = model.published.filter((e) => e.collection === "people" && e.fileSlug === id);
  const page = pages.find((e) => e.lang === lang) ?? pages[0];
  return page ? { name: page.title, url: page.url } : { name: id };
}
