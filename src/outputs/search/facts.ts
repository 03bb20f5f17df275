import { personLink } from "../collections/people.ts";
import { formatDate, isoDay } from "../../content/i18n/dates.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { tagLabel } from "../../content/schema/tags.ts";
import { otherLang, type Lang } from "../../content/site.ts";

/** The kinds of page search tells apart; the key is stored in the index, the label comes from i18n. */
export const searchTypes = ["meeting", "post", "demo", "project", "slides", "person", "page"] as const;
export type SearchType = (typeof searchTypes)[number];

const typeOf: Record<Entry["collection"], SearchType> = {
  meetings: "meeting",
  posts: "post",
  demos: "demo",
  slides: "slides",
  people: "person",
  pages: "page",
  projects: "project",
};

/**
 * What the index knows about a page besides its text, straight from the content model (never
 * scraped from the rendered text). Layouts print it as `data-pagefind-*` attributes.
 */
export interface SearchFacts {
  type: SearchType;
  /** The language the page is written in (results from the other language are marked). */
  lang: Lang;
  /** YYYY-MM-DD, for "newest first". */
  date?: string;
  /** The date as the page's language writes it. */
  dateLabel?: string;
  year?: string;
  /** Presenters, authors or maintainers, as names. */
  people?: string;
  /** A demo's or person's department, a project's departments: one filter. */
  departments: string[];
  /** A project's image names (ghcr.io/govcloud/base-node), so a search for one finds it. */
  images?: string[];
  /**
   * Tags and technologies, one filter, by id: a page written in one language only is in both
   * indexes, and filters alike in both. The search page shows each id's label in its language.
   */
  tags: string[];
  /** Set when the page has no translation: it is indexed in the other language's index too. */
  alsoIndexIn?: Lang;
}

function peopleIds(entry: Entry): string[] {
  switch (entry.collection) {
    case "demos":
    case "slides":
      return entry.data.presenters ?? [];
    case "posts":
      return entry.data.authors ?? [];
    case "projects":
      return entry.data.maintainers ?? [];
    default:
      return [];
  }
}

export function searchFacts(entry: Entry, model: ContentModel): SearchFacts {
  const { lang } = entry;
  const people = peopleIds(entry).map((id) => personLink(model, lang, id).name);
  const technologies = entry.collection === "demos" || entry.collection === "projects" ? (entry.data.technologies ?? []) : [];
  const departments =
    entry.collection === "projects"
      ? (entry.data.departments ?? [])
      : entry.collection === "demos" || entry.collection === "people"
        ? [entry.data.department].filter((d): d is string => d !== undefined)
        : [];
  const facts: SearchFacts = { type: typeOf[entry.collection], lang, tags: [...new Set([...technologies, ...entry.tags])], departments };
  // Only dated collections are sorted and filtered by date; a person's or a page's date is not news.
  if (entry.date && entry.collection !== "people" && entry.collection !== "pages") {
    facts.date = isoDay(entry.date);
    facts.dateLabel = formatDate(entry.date, lang);
    facts.year = facts.date.slice(0, 4);
  }
  if (people.length) facts.people = people.join(", ");
  if (entry.collection === "projects" && entry.data.images?.length) facts.images = entry.data.images.map((image) => image.name);
  if (!model.twin(entry)) facts.alsoIndexIn = otherLang(lang);
  return facts;
}

/**
 * The facts box is left out of the index (src/outputs/search/index-site.ts), so the words in it that a
 * reader searches by (names, departments, technologies, tags and image names) are indexed from
 * an attribute: tags by their label in the page's language ("conteneurs" finds a French page
 * tagged containers) and by their id, which is the same in both languages, so a search carried
 * over by the language toggle finds the same pages. An image name is also given with its parts
 * apart (ghcr.io govcloud base node), since a reader may search for "base-node" or "govcloud".
 */
export function indexedFactsText(facts: SearchFacts): string {
  // The id only where it is not the label in other letter case ("Helm", not "Helm, helm").
  const tags = facts.tags.flatMap((id) => (tagLabel(facts.lang, id).toLowerCase() === id ? [tagLabel(facts.lang, id)] : [tagLabel(facts.lang, id), id]));
  const images = (facts.images ?? []).flatMap((name) => [name, name.split(/[/:.@_-]+/).join(" ")]);
  return [facts.people, ...facts.departments, ...tags, ...images].filter(Boolean).join(", ");
}
