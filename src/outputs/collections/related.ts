import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";
import { listFor, type ListItem } from "./listing.ts";

/** The collections that show, and are shown as, related content. */
const relatedCollections = ["posts", "demos", "meetings"] as const;

export interface RelatedItem extends ListItem {
  /** The tags it shares with the page it is related to. */
  shared: string[];
}

interface Candidate {
  item: ListItem;
  /** Its place in the lists (posts, demos, meetings; newest first): the last tie-breaker. */
  order: number;
  millis: number;
}

/** For one language: which candidates carry each tag (once per occurrence). */
type TagIndex = Map<string, Candidate[]>;

// Every related-content box asks this of the same lists: built once per model and language,
// keyed like listFor's cache (Eleventy hands each template its own shallow copy of `model`).
const indexes = new WeakMap<readonly unknown[], Map<Lang, TagIndex>>();

function tagIndex(model: ContentModel, lang: Lang): TagIndex {
  let byLang = indexes.get(model.published);
  if (!byLang) indexes.set(model.published, (byLang = new Map()));
  const cached = byLang.get(lang);
  if (cached) return cached;
  const index: TagIndex = new Map();
  let order = 0;
  for (const collection of relatedCollections) {
    for (const item of listFor(model, lang, collection)) {
      const candidate = { item, order: order++, millis: item.entry.date?.toMillis() ?? 0 };
      for (const tag of item.entry.tags) {
        let carriers = index.get(tag);
        if (!carriers) index.set(tag, (carriers = []));
        carriers.push(candidate);
      }
    }
  }
  byLang.set(lang, index);
  return index;
}

/**
 * What the page of `entry` lists already, in its own parts, by translation key: a meeting's
 * demos ("Demos at this meeting"), a demo's meeting ("Shown at"). Related content repeats none.
 */
function listedOnPage(model: ContentModel, entry: Entry): Set<string> {
  if (entry.collection === "meetings") {
    const demos = model.published.filter((e) => e.collection === "demos" && e.data.meeting === entry.data.date);
    return new Set(demos.map((demo) => demo.translationKey));
  }
  if (entry.collection === "demos" && entry.data.meeting) return new Set([`meetings/${entry.data.meeting}`]);
  return new Set();
}

/**
 * Posts, demos and meetings sharing at least one tag with `entry`, most shared tags first, then
 * newest; never the entry itself nor its translation, nor what its page lists already. Entries
 * only in the other language are included and marked, as in lists.
 */
export function relatedTo(model: ContentModel, entry: Entry, lang: Lang, limit = 5): RelatedItem[] {
  if (!entry.tags.length) return [];
  const listed = listedOnPage(model, entry);
  const tags = new Set(entry.tags);
  // Only entries that carry one of the tags are looked at, each with how many it shares.
  const shared = new Map<Candidate, number>();
  const index = tagIndex(model, lang);
  for (const tag of tags) {
    for (const candidate of index.get(tag) ?? []) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
  }
  const before = (a: [Candidate, number], b: [Candidate, number]) =>
    b[1] - a[1] || b[0].millis - a[0].millis || a[0].item.entry.title.localeCompare(b[0].item.entry.title) || a[0].order - b[0].order;
  // Keep only the best `limit` as they come: a page can share a tag with thousands of entries.
  const best: [Candidate, number][] = [];
  for (const scored of shared) {
    const key = scored[0].item.entry.translationKey;
    if (key === entry.translationKey || listed.has(key)) continue;
    const worst = best[best.length - 1];
    if (best.length === limit && worst && before(worst, scored) <= 0) continue;
    best.push(scored);
    best.sort(before);
    if (best.length > limit) best.pop();
  }
  return best.map(([{ item }]) => ({ ...item, shared: item.entry.tags.filter((tag) => tags.has(tag)) }));
}
