import { twinUrl } from "../collections/twin-url.ts";
import { t, type MessageKey } from "../../content/i18n/index.ts";
import { sectionUrl, type CollectionName } from "../../content/i18n/routes.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { languages, otherLang, type Lang } from "../../content/site.ts";
import { readListRedirects } from "./to-lists.ts";

/** An old address that leads to a page of this site. */
export interface Redirect {
  /** The old path: from front matter, or an old section list. */
  from: string;
  /** Where Eleventy writes the redirect page: a folder (…/) or an .html file. */
  permalink: string;
  /** The new address, its title and language. */
  to: string;
  title: string;
  lang: Lang;
  /** The same new page in the other language (for the language toggle). */
  twinUrl: string;
  /** The entry whose `redirectFrom` lists it, and where (for messages); none for section lists. */
  source?: { entry: Entry; index: number };
}

/** /meetup/2018-03-22 -> /meetup/2018-03-22/ ; /old.html stays a file. */
export function redirectPermalink(from: string): string {
  if (from.endsWith("/") || /\.html?$/.test(from)) return from;
  return `${from}/`;
}

/** The old Hugo site's section lists (/meetup/, /fr/meetup/, ...) and the lists that replace them. */
const oldSections: { section: string; collection: CollectionName; titleKey: MessageKey }[] = [
  { section: "meetup", collection: "meetings", titleKey: "list_meetings_title" },
  { section: "slide", collection: "slides", titleKey: "list_slides_title" },
  { section: "post", collection: "posts", titleKey: "list_posts_title" },
];

export function sectionRedirects(): Redirect[] {
  return oldSections.flatMap(({ section, collection, titleKey }) =>
    languages.map((lang) => {
      const from = lang === "en" ? `/${section}/` : `/${lang}/${section}/`;
      return { from, permalink: from, to: sectionUrl(lang, collection), title: t(lang, titleKey), lang, twinUrl: sectionUrl(otherLang(lang), collection) };
    }),
  );
}

/** Every redirect: old section lists, content/redirects.yaml, and the old addresses of published pages (a draft's lead nowhere). */
export function redirectsOf(model: ContentModel): Redirect[] {
  const pages = model.published.flatMap((entry) =>
    (entry.data.redirectFrom ?? []).map((from, index) => ({
      from,
      permalink: redirectPermalink(from),
      to: entry.url,
      title: entry.title,
      lang: entry.lang,
      twinUrl: twinUrl(model, entry),
      source: { entry, index },
    })),
  );
  return [...sectionRedirects(), ...readListRedirects(model).redirects, ...pages];
}
