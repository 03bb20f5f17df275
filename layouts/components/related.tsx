import type { RelatedItem } from "../../src/outputs/collections/related.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";
import { EntryList } from "./entry-list.tsx";

/** Posts, demos and meetings sharing tags with this page; kept out of the search index. */
export function Related({ items, lang }: { items: RelatedItem[]; lang: Lang }) {
  if (!items.length) return null;
  return (
    <section class="related" aria-labelledby="related-content" data-pagefind-ignore>
      <h2 id="related-content">{t(lang, "related_title")}</h2>
      <EntryList items={items} lang={lang} />
    </section>
  );
}
