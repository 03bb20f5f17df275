import { entryUrl } from "../../content/i18n/routes.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { otherLang } from "../../content/site.ts";

/**
 * Where the language toggle of an entry leads: its translation, or a notice page in the other
 * language that links back to it (never a 404).
 */
export function twinUrl(model: ContentModel, entry: Entry): string {
  return model.twin(entry)?.url ?? noticeUrl(entry);
}

export function noticeUrl(entry: Entry): string {
  return entryUrl(otherLang(entry.lang), entry.collection, entry.url.split("/").at(-2) ?? entry.fileSlug);
}

/** Entries published in one language only: each gets a notice page in the other. */
export function untranslated(model: ContentModel): Entry[] {
  return model.published.filter((entry) => !model.twin(entry));
}
