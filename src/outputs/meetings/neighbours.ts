import { listFor, type ListItem } from "../collections/listing.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";

/** The meetings just before and just after one, as a reader of its language sees the list. */
export interface MeetingNeighbours {
  previous?: ListItem;
  next?: ListItem;
}

/** `meeting`'s neighbours in `lang`'s list of meetings (which holds other-language-only meetings, marked). */
export function meetingNeighbours(model: ContentModel, meeting: Pick<MeetingEntry, "translationKey">, lang: Lang): MeetingNeighbours {
  // The list is newest first: the previous meeting comes after it, the next one before.
  const meetings = listFor(model, lang, "meetings");
  const index = meetings.findIndex((item) => item.entry.translationKey === meeting.translationKey);
  if (index < 0) return {};
  const previous = meetings[index + 1];
  const next = meetings[index - 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
