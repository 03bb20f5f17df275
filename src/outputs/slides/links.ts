import type { ListItem } from "../collections/listing.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry, MeetingEntry, SlidesEntry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";

/** The published entry `collection/id` for a reader of `lang`: theirs, else the other language's. */
function inLanguage(model: ContentModel, lang: Lang, collection: Entry["collection"], id: string): ListItem | undefined {
  const found = model.published.filter((e) => e.collection === collection && e.fileSlug === id);
  const own = found.find((e) => e.lang === lang);
  if (own) return { entry: own };
  const other = found[0];
  return other ? { entry: other, onlyIn: other.lang } : undefined;
}

function unique(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

/**
 * The decks of a meeting: the one its front matter names (`slides:`) and every deck whose
 * `meeting:` is its date. Either side of the link is enough.
 */
export function decksOfMeeting(model: ContentModel, meeting: MeetingEntry): ListItem[] {
  const ids = unique([
    meeting.data.slides,
    ...model.entries.filter((e): e is SlidesEntry => e.collection === "slides" && e.data.meeting === meeting.fileSlug).map((e) => e.fileSlug),
  ]);
  return ids.map((id) => inLanguage(model, meeting.lang, "slides", id)).filter((item): item is ListItem => item !== undefined);
}

/** The meetings a deck was shown at: its `meeting:` and any meeting whose `slides:` names it. */
export function meetingsOfDeck(model: ContentModel, deck: SlidesEntry): ListItem[] {
  const ids = unique([
    deck.data.meeting,
    ...model.entries.filter((e): e is MeetingEntry => e.collection === "meetings" && e.data.slides === deck.fileSlug).map((e) => e.fileSlug),
  ]);
  return ids.map((id) => inLanguage(model, deck.lang, "meetings", id)).filter((item): item is ListItem => item !== undefined);
}
