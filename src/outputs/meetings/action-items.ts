import { listFor } from "../collections/listing.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { MeetingEntry } from "../../content/model/types.ts";
import type { ActionItem } from "../../content/schema/meeting.ts";
import type { Lang } from "../../content/site.ts";

export interface OpenActionItem {
  item: ActionItem;
  /** The meeting where it was raised; its page lists it under "Action items". */
  meeting: MeetingEntry;
  /** Set when that meeting exists only in the other language. */
  onlyIn?: Lang;
}

/** Every action item not marked `done: true`, newest meeting first, in the meeting's own order. */
export function openActionItems(model: ContentModel, lang: Lang): OpenActionItem[] {
  return listFor(model, lang, "meetings").flatMap(({ entry, onlyIn }) => {
    if (entry.collection !== "meetings") return [];
    return (entry.data.actionItems ?? []).filter((item) => !item.done).map((item) => ({ item, meeting: entry, ...(onlyIn ? { onlyIn } : {}) }));
  });
}
