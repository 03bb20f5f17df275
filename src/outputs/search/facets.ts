import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { tagLabel } from "../../content/schema/tags.ts";
import type { Lang } from "../../content/site.ts";
import { searchFacts, searchTypes, type SearchType } from "./facts.ts";

/** The choices of each filter on the search page of one language. */
export interface SearchFacets {
  types: SearchType[];
  /** Tag ids (the filter's values, the same in both indexes) with their labels in the page's language. */
  tags: { id: string; label: string }[];
  years: string[];
  departments: string[];
}

/** Pages the index of `lang` holds: its own, plus those written only in the other language. */
function indexedIn(model: ContentModel, lang: Lang): Entry[] {
  return model.published.filter((entry) => entry.lang === lang || !model.twin(entry));
}

/**
 * Filter choices computed from the content model, so the search page's form is complete in its
 * HTML (it works, and can be read, before any script runs).
 */
export function searchFacets(model: ContentModel, lang: Lang): SearchFacets {
  const facts = indexedIn(model, lang).map((entry) => searchFacts(entry, model));
  const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA");
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  return {
    types: searchTypes.filter((type) => facts.some((f) => f.type === type)),
    tags: distinct(facts.flatMap((f) => f.tags))
      .map((id) => ({ id, label: tagLabel(lang, id) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    years: distinct(facts.map((f) => f.year))
      .sort()
      .reverse(),
    departments: distinct(facts.flatMap((f) => f.departments)).sort(collator.compare),
  };
}
