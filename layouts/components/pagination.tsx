import type { PageLinks } from "../../src/outputs/collections/pagination.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

/** "Previous · Page 2 of 5 · Next" under a paginated list; nothing when it has one page. */
export function Pagination({ links, lang }: { links: PageLinks; lang: Lang }) {
  if (links.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t(lang, "pagination_label")}>
      <ul>
        {links.previousUrl ? (
          <li>
            <a href={links.previousUrl} rel="prev">
              {t(lang, "pagination_previous")}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t(lang, "pagination_page", { page: links.pageNumber, pages: links.pageCount })}</li>
        {links.nextUrl ? (
          <li>
            <a href={links.nextUrl} rel="next">
              {t(lang, "pagination_next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
