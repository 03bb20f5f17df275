import { t } from "../../src/i18n/index.ts";
import type { Lang } from "../../src/site.ts";

export function Tags({ tags, lang }: { tags: string[]; lang: Lang }) {
  if (!tags.length) return null;
  return (
    // Searched through the tag filter and the facts attribute (src/search/facts.ts), not as text.
    <section aria-label={t(lang, "tags_label")} data-pagefind-ignore>
      <ul class="tags">
        {tags.map((tag) => (
          <li>{tag}</li>
        ))}
      </ul>
    </section>
  );
}
