import { t } from "../../src/content/i18n/index.ts";
import type { TocItem } from "../../src/content/markdown/toc.ts";
import type { Lang } from "../../src/content/site.ts";

/** Shown on long pages only (three sections or more). */
export function TableOfContents({ items, lang }: { items: TocItem[]; lang: Lang }) {
  if (items.filter((i) => i.level === 2).length < 3) return null;
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t(lang, "toc_title")}</h2>
      <ul>
        {items
          .filter((i) => i.level === 2)
          .map((item) => (
            <li>
              <a href={`#${item.id}`}>{item.text}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
