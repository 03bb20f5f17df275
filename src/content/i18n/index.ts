import type { Lang } from "../site.ts";
import { en, type MessageKey } from "./en.ts";
import { fr } from "./fr.ts";

export type { MessageKey };
const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** The one way to get interface text: t("fr", "pagination_page", { page: 2, pages: 5 }). */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
