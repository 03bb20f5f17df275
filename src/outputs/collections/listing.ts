import type { DateTime } from "luxon";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { site, type Lang } from "../../content/site.ts";
import { newestFirst } from "./sort.ts";

/** A line in a list: an entry of this language, or its twin marked "(English only)". */
export interface ListItem {
  entry: Entry;
  /** Set when the entry exists only in the other language. */
  onlyIn?: Lang;
}

// Every page asks for lists (related content, people, meetings): computed once per model. Keyed
// by the entries array, because Eleventy hands each template its own shallow copy of `model`.
const lists = new WeakMap<readonly unknown[], Map<string, readonly ListItem[]>>();

/**
 * What a reader of `lang` sees of a collection: entries in their language, plus entries that
 * exist only in the other language, marked as such (Canada.ca: never hide content).
 */
export function listFor<C extends Entry["collection"]>(model: ContentModel, lang: Lang, collection: C): readonly ListItem[] {
  let cache = lists.get(model.published);
  if (!cache) lists.set(model.published, (cache = new Map()));
  const key = `${lang}/${collection}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const items: ListItem[] = [];
  for (const entry of newestFirst(model.published.filter((e) => e.collection === collection))) {
    if (entry.lang === lang) items.push({ entry });
    else if (!model.twin(entry)) items.push({ entry, onlyIn: entry.lang });
  }
  cache.set(key, Object.freeze(items));
  return items;
}

/** The start of `now`'s day in the site's time zone, once per `now` (luxon's zone arithmetic is slow). */
const startsOfDay = new WeakMap<DateTime, number>();

/** A meeting is upcoming until its day has ended. */
export function isUpcoming(entry: Entry, now: DateTime): boolean {
  if (entry.collection !== "meetings" || entry.date === undefined) return false;
  const date = entry.date;
  // Meeting dates are midnight in the site's zone: then "its day has not ended" is "its day is today
  // or later", one comparison of numbers. Lists ask this of every meeting.
  if (date.zoneName === site.timeZone && date.hour === 0 && date.minute === 0 && date.second === 0 && date.millisecond === 0) {
    let today = startsOfDay.get(now);
    if (today === undefined) startsOfDay.set(now, (today = now.setZone(site.timeZone).startOf("day").toMillis()));
    return date.toMillis() >= today;
  }
  return date.endOf("day") >= now;
}
