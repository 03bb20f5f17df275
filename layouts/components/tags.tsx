import { t } from "../../src/content/i18n/index.ts";
import { tagUrl } from "../../src/content/i18n/routes.ts";
import { tagLabel } from "../../src/content/schema/tags.ts";
import type { Lang } from "../../src/content/site.ts";

/** A page's tags, each in the reader's language and linked to everything else carrying it. */
export function Tags({ tags, lang }: { tags: string[]; lang: Lang }) {
  if (!tags.length) return null;
  return (
    // Searched through the tag filter and the facts attribute (src/outputs/search/facts.ts), not as text.
    <section aria-label={t(lang, "tags_label")} data-pagefind-ignore>
      <ul class="tags">
        {tags.map((tag) => (
          <li>
            <a href={tagUrl(lang, tag)}>{tagLabel(lang, tag)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
