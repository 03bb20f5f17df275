import { t } from "../../src/i18n/index.ts";
import type { Lang } from "../../src/site.ts";

export function Tags({ tags, lang }: { tags: string[]; lang: Lang }) {
  if (!tags.length) return null;
  return (
    <section aria-label={t(lang, "tags_label")}>
      <ul class="tags">
        {tags.map((tag) => (
          <li>{tag}</li>
        ))}
      </ul>
    </section>
  );
}
