import type { TagPage } from "../src/outputs/collections/tags.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, tagsUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { Base } from "../layouts/components/base.tsx";
import { EntryList } from "../layouts/components/entry-list.tsx";
import { Pagination } from "../layouts/components/pagination.tsx";

export const data = {
  pagination: { data: "tagPages", size: 1, alias: "tagPage" },
  permalink: (data: { tagPage: TagPage }) => data.tagPage.url,
};

/**
 * Everything carrying one tag (meetings, posts, demos, slides), paginated and grouped by year like
 * the collections' lists. A tag that demos name as a technology also has its demos-only page.
 */
export default function Tag(data: TemplateData & { tagPage: TagPage }) {
  const { tagPage } = data;
  const { lang, label } = tagPage;
  const title = t(lang, "tag_title", { tag: label });
  const pageLabel = t(lang, "pagination_page", { page: tagPage.pageNumber, pages: tagPage.pageCount });
  return (
    <Base
      lang={lang}
      title={tagPage.pageCount > 1 ? `${title} (${pageLabel})` : title}
      description={t(lang, "tag_intro", { tag: label })}
      url={tagPage.url}
      twinUrl={tagPage.twinUrl}
      modified={tagPage.modified}
      breadcrumbs={[
        { label: t(lang, "nav_home"), url: homeUrl(lang) },
        { label: t(lang, "tags_index_title"), url: tagsUrl(lang) },
      ]}
    >
      <h1>{title}</h1>
      <p class="lede">{t(lang, "tag_intro", { tag: label })}</p>
      {tagPage.groups.map((group) => (
        <section aria-labelledby={`year-${group.year ?? 0}`}>
          <h2 id={`year-${group.year ?? 0}`}>{group.year}</h2>
          <EntryList items={group.items} lang={lang} showKind />
        </section>
      ))}
      <Pagination links={tagPage} lang={lang} />
      <ul class="see-also">
        {tagPage.technologyUrl ? (
          <li>
            <a href={tagPage.technologyUrl}>{t(lang, "technology_title", { technology: label })}</a>
          </li>
        ) : null}
        <li>
          <a href={tagsUrl(lang)}>{t(lang, "tag_all")}</a>
        </li>
      </ul>
    </Base>
  );
}
