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
  const found: RelatedItem[] = [];
  for (const collection of relatedCollections) {
    for (const item of listFor(model, lang, collection)) {
      if (item.entry.translationKey === entry.translationKey) continue;
      const shared = item.entry.tags.filter((tag) => tags.has(tag));
      if (shared.length) found.push({ ...item, shared });
    }
  }
  return found
    .sort((a, b) => b.shared.length - a.shared.length || (b.entry.date?.toMillis() ?? 0) - (a.entry.date?.toMillis() ?? 0) || a.entry.title.localeCompare(b.entry.title))
    .slice(0, limit);
}
