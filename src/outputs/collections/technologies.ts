import { sectionUrl } from "../../content/i18n/routes.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { tagLabel } from "../../content/schema/tags.ts";
import { languages, type Lang } from "../../content/site.ts";
import { newestModified } from "./date-modified.ts";
import { listFor, type ListItem } from "./listing.ts";

/** /en/demos/technologies/kubernetes/ and /fr/demos/technologies/kubernetes/ (tags are the same slug in both). */
export function technologyUrl(lang: Lang, technology: string): string {
  return `${sectionUrl(lang, "demos")}technologies/${technology}/`;
}

export interface TechnologyPage {
  lang: Lang;
  technology: string;
  url: string;
  twinUrl: string;
  /** Demos using it, newest first; other-language-only demos marked. */
  items: ListItem[];
  /** "Date modified": the newest `modified` of all demos, whose technologies the page's filter lists too. */
  modified: string;
}

function technologiesOf(item: ListItem): string[] {
  return item.entry.collection === "demos" ? (item.entry.data.technologies ?? []) : [];
}

/** Every technology any published demo names, with its count for `lang`'s readers, A to Z by its label. */
export function technologyCounts(model: ContentModel, lang: Lang): { technology: string; count: number; url: string }[] {
  const counts = new Map<string, number>();
  for (const item of listFor(model, lang, "demos")) {
    for (const technology of technologiesOf(item)) counts.set(technology, (counts.get(technology) ?? 0) + 1);
  }
  const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA");
  return [...counts]
    .sort(([a], [b]) => collator.compare(tagLabel(lang, a), tagLabel(lang, b)))
    .map(([technology, count]) => ({ technology, count, url: technologyUrl(lang, technology) }));
}

/** One page per technology per language: the demo list filtered without JavaScript. */
export function technologyPages(model: ContentModel): TechnologyPage[] {
  return languages.flatMap((lang) => {
    const other = lang === "en" ? "fr" : "en";
    const demos = listFor(model, lang, "demos");
    const modified = newestModified(demos);
    return technologyCounts(model, lang).map(({ technology, url }) => ({
      lang,
      technology,
      url,
      twinUrl: technologyUrl(other, technology),
      items: demos.filter((item) => technologiesOf(item).includes(technology)),
      modified,
    }));
  });
}

/** A page's tags, less a demo's or project's technologies (its facts box lists those, linked to their pages). */
export function tagsBesidesTechnologies(entry: Entry): string[] {
  if (entry.collection !== "demos" && entry.collection !== "projects") return entry.tags;
  const technologies = new Set(entry.data.technologies ?? []);
  return entry.tags.filter((tag) => !technologies.has(tag));
}
