import { t, type MessageKey } from "../src/content/i18n/index.ts";
import { homeUrl, searchUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { searchFacets } from "../src/outputs/search/facets.ts";
import { searchScript } from "../src/outputs/search/script.ts";
import { browserStrings, jsonIsland } from "../src/outputs/search/strings.ts";
import { otherLang, type Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";
import { searchModified } from "../src/outputs/collections/page-dates.ts";

export const data = {
  pagination: { data: "languages", size: 1, alias: "lang" },
  languages: ["en", "fr"],
  permalink: (data: { lang: Lang }) => searchUrl(data.lang),
  eleventyExcludeFromCollections: true,
};

function Filter(props: { lang: Lang; name: string; label: MessageKey; any: MessageKey; options: { value: string; label: string }[] }) {
  const id = `search-${props.name}`;
  return (
    <div class="search-filter">
      <label for={id}>{t(props.lang, props.label)}</label>
      <select id={id} name={props.name}>
        <option value="">{t(props.lang, props.any)}</option>
        {props.options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * The search page. Its form is complete HTML (it submits without JavaScript); the script
 * (/assets/search.<hash>.js, Pagefind's JS API) shows results as you type.
 */
export default function Search(data: TemplateData & { lang: Lang }) {
  const { lang, model } = data;
  const facets = searchFacets(model, lang);
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  return (
    <Base
      lang={lang}
      title={t(lang, "search_title")}
      description={t(lang, "search_intro")}
      url={searchUrl(lang)}
      twinUrl={searchUrl(otherLang(lang))}
      modified={searchModified(model)}
      breadcrumbs={[{ label: t(lang, "nav_home"), url: homeUrl(lang) }]}
      hideHeaderSearch
    >
      <h1>{t(lang, "search_title")}</h1>
      <p class="lede">{t(lang, "search_intro")}</p>
      <form id="search-form" class="search-form" role="search" action={searchUrl(lang)} method="get" aria-label={t(lang, "search_title")}>
        <div class="search-query">
          <label for="search-q">{t(lang, "search_query_label")}</label>
          <input type="search" id="search-q" name="q" autocomplete="off" enterkeyhint="search" />
          <button type="submit">{t(lang, "search_button")}</button>
        </div>
        <fieldset class="search-filters">
          <legend>{t(lang, "search_filters_legend")}</legend>
          <Filter
            lang={lang}
            name="type"
            label="search_filter_type"
            any="search_any_type"
            options={facets.types.map((type) => ({ value: type, label: t(lang, `search_type_${type}`) }))}
          />
          <Filter lang={lang} name="tag" label="search_filter_tag" any="search_any_tag" options={facets.tags.map(({ id, label }) => ({ value: id, label }))} />
          <Filter lang={lang} name="year" label="search_filter_year" any="search_any_year" options={plain(facets.years)} />
          <Filter lang={lang} name="department" label="search_filter_department" any="search_any_department" options={plain(facets.departments)} />
          <div class="search-filter">
            <label for="search-sort">{t(lang, "search_sort")}</label>
            <select id="search-sort" name="sort">
              <option value="relevance">{t(lang, "search_sort_relevance")}</option>
              <option value="newest">{t(lang, "search_sort_newest")}</option>
            </select>
          </div>
        </fieldset>
      </form>
      <div id="search-nojs" class="notice">
        <p>{t(lang, "search_nojs")}</p>
        <ul>
          <li>
            <a href={sectionUrl(lang, "meetings")}>{t(lang, "search_nojs_meetings")}</a>
          </li>
          <li>
            <a href={sectionUrl(lang, "demos")}>{t(lang, "search_nojs_demos")}</a>
          </li>
          <li>
            <a href={sectionUrl(lang, "posts")}>{t(lang, "search_nojs_posts")}</a>
          </li>
          <li>
            <a href={sectionUrl(lang, "projects")}>{t(lang, "search_nojs_projects")}</a>
          </li>
        </ul>
      </div>
      <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
      <ol id="search-results" class="search-results"></ol>
      <button type="button" id="search-more" class="search-more" hidden>
        {t(lang, "search_more")}
      </button>
      <script type="application/json" id="search-strings" dangerouslySetInnerHTML={{ __html: jsonIsland(browserStrings(lang)) }} />
      <script type="module" src={searchScript().href} />
    </Base>
  );
}
