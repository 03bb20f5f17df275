import type { ListPage } from "../src/outputs/collections/list-pages.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { Base } from "../layouts/components/base.tsx";
import { EntryList } from "../layouts/components/entry-list.tsx";
import { Subscribe } from "../layouts/components/subscribe.tsx";
import { TechnologyFilter } from "../layouts/components/technology-filter.tsx";
import { MeetingListLinksBox } from "../layouts/components/meeting-list-links.tsx";
import { Pagination } from "../layouts/components/pagination.tsx";

export const data = {
  pagination: { data: "listPages", size: 1, alias: "list" },
  permalink: (data: { list: ListPage }) => data.list.url,
};

/** Meetings, posts, demos and slides: paginated, grouped by year, newest first; people A to Z. */
export default function List(data: TemplateData & { list: ListPage }) {
  const { list } = data;
  const { lang } = list;
  const title = t(lang, list.titleKey);
  const pageLabel = t(lang, "pagination_page", { page: list.pageNumber, pages: list.pageCount });
  return (
    <Base
      lang={lang}
      title={list.pageCount > 1 ? `${title} (${pageLabel})` : title}
      description={t(lang, list.introKey)}
      url={list.url}
      twinUrl={list.twinUrl}
      breadcrumbs={[{ label: t(lang, "nav_home"), url: homeUrl(lang) }]}
      modified={list.modified}
      alternates={list.meetingLinks ? [{ type: "text/calendar", href: list.meetingLinks.calendarUrl, title: t(lang, "calendar_name") }] : undefined}
    >
      <h1>{title}</h1>
      <p class="lede">{t(lang, list.introKey)}</p>
      {list.collection === "meetings" || list.collection === "posts" || list.collection === "demos" ? <Subscribe lang={lang} kind={list.collection} /> : null}
      {list.collection === "demos" && list.pageNumber === 1 ? <TechnologyFilter model={data.model} lang={lang} /> : null}
      {list.upcoming.length ? (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t(lang, "list_upcoming")}</h2>
          <EntryList items={list.upcoming} lang={lang} />
        </section>
      ) : null}
      {list.meetingLinks ? <MeetingListLinksBox links={list.meetingLinks} lang={lang} /> : null}
      {list.groups.length ? (
        list.groups.map((group) =>
          group.year === undefined ? (
            <EntryList items={group.items} lang={lang} headingLevel={2} />
          ) : (
            <section aria-labelledby={`year-${group.year}`}>
              <h2 id={`year-${group.year}`}>{group.year}</h2>
              <EntryList items={group.items} lang={lang} />
            </section>
          ),
        )
      ) : (
        <p>{t(lang, "list_empty")}</p>
      )}
      <Pagination links={list} lang={lang} />
    </Base>
  );
}
