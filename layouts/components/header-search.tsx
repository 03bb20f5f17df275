import { t } from "../../src/content/i18n/index.ts";
import { searchUrl } from "../../src/content/i18n/routes.ts";
import type { Lang } from "../../src/content/site.ts";

/** A plain GET form to the search page: no script on ordinary pages (Canada.ca puts search in the header). */
export function HeaderSearch({ lang }: { lang: Lang }) {
  return (
    <form class="header-search" role="search" action={searchUrl(lang)} method="get" aria-label={t(lang, "search_header_label")}>
      <label for="header-search-q" class="visually-hidden">
        {t(lang, "search_header_label")}
      </label>
      <input type="search" id="header-search-q" name="q" autocomplete="off" enterkeyhint="search" />
      <button type="submit">{t(lang, "search_button")}</button>
    </form>
  );
}
