import type { ContentModel } from "../model/load.ts";
import type { Lang } from "../site.ts";
import { listFor, type ListItem } from "./listing.ts";

/** The collections that show, and are shown as, related content. */
const relatedCollections = ["posts", "demos", "meetings"] as const;

export interface RelatedItem extends ListItem {
  /** The tags it shares with the page it is related to. */
  shared: string[];
}

/**
 * Posts, demos and meetings sharing at least one tag with `entry`, most shared tags first, then
 * newest; never the entry itself nor its translation. Entries only in the other language are
 * included and marked, as in lists.
 */
export function relatedTo(model: ContentModel, entry: { translationKey: string; tags: string[] }, lang: Lang, limit = 5): RelatedItem[] {
  if (!entry.tags.length) return [];
  const tags = new Set(entry.tags);
  const before = (a: RelatedItem, b: RelatedItem) =>
    b.shared.length - a.shared.length || (b.entry.date?.toMillis() ?? 0) - (a.entry.date?.toMillis() ?? 0) || a.entry.title.localeCompare(b.entry.title);
  // Every page asks this of thousands of entries: keep only the best `limit` as they come.
  const best: RelatedItem[] = [];
  for (const collection of relatedCollections) {
    for (const item of listFor(model, lang, collection)) {
      if (item.entry.translationKey === entry.translationKey) continue;
      let count = 0;
      for (const tag of item.entry.tags) if (tags.has(tag)) count++;
      if (!count) continue;
      const worst = best[best.length - 1];
      if (best.length === limit && worst && count < worst.shared.length) continue;
      const candidate = { ...item, shared: item.entry.tags.filter((tag) => tags.has(tag)) };
      if (best.length === limit && worst && before(worst, candidate) <= 0) continue;
      best.push(candidate);
      best.sort(before);
      if (best.length > limit) best.pop();
    }
  }
  return best;
}
