import { technologyCounts } from "../../src/outputs/collections/technologies.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { ContentModel } from "../../src/content/model/load.ts";
import { tagLabel } from "../../src/content/schema/tags.ts";
import type { Lang } from "../../src/content/site.ts";

/** Links to one page per technology: filtering the demos without JavaScript. */
export function TechnologyFilter({ model, lang, current }: { model: ContentModel; lang: Lang; current?: string }) {
  const technologies = technologyCounts(model, lang);
  if (!technologies.length) return null;
  return (
    <nav class="technology-filter" aria-labelledby="by-technology">
      <h2 id="by-technology">{t(lang, "demos_by_technology")}</h2>
      <ul class="tags">
        {technologies.map(({ technology, count, url }) => (
          <li>
            <a href={url} aria-current={technology === current ? "page" : undefined}>
              {t(lang, "tag_count", { label: tagLabel(lang, technology), count })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
