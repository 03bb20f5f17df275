import type { Entry } from "../../content/model/types.ts";

/** Newest first; entries without a date (pages, people) sort by title. */
export function newestFirst<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => {
    const byDate = (b.date?.toMillis() ?? 0) - (a.date?.toMillis() ?? 0);
    return byDate || a.title.localeCompare(b.title);
  });
}
