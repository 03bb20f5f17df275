import { actionItemsModified } from "../src/outputs/collections/page-dates.ts";
import { formatDate } from "../src/content/i18n/dates.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import { openActionItems } from "../src/outputs/meetings/action-items.ts";
import { actionItemsUrl } from "../src/outputs/meetings/urls.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { otherLang, type Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";

export const data = {
  pagination: { data: "languages", size: 1, alias: "lang" },
  languages: ["en", "fr"],
  permalink: (data: { lang: Lang }) => actionItemsUrl(data.lang),
};

/** A cell's column name, shown when rows stack on a narrow screen. */
function CellLabel({ children }: { children: string }) {
  return (
    <span class="cell-label" aria-hidden="true">
      {children}:{" "}
    </span>
  );
}

/** Every open action item across all meetings, newest meeting first. */
export default function ActionItems(data: TemplateData & { lang: Lang }) {
  const { lang, model } = data;
  const items = openActionItems(model, lang);
  return (
    <Base
      lang={lang}
      title={t(lang, "action_items_title")}
      description={t(lang, "action_items_intro")}
      url={actionItemsUrl(lang)}
      twinUrl={actionItemsUrl(otherLang(lang))}
      modified={actionItemsModified(model, lang)}
      breadcrumbs={[
        { label: t(lang, "nav_home"), url: homeUrl(lang) },
        { label: t(lang, "nav_meetings"), url: sectionUrl(lang, "meetings") },
      ]}
    >
      <h1>{t(lang, "action_items_title")}</h1>
      <p class="lede">{t(lang, "action_items_intro")}</p>
      {items.length ? (
        // On a phone each row stands as a block with its own labels (WCAG 1.4.10: nothing scrolls
        // sideways). The explicit roles keep it a table for screen readers whatever its display
        // (Safari drops table semantics from a table laid out as blocks); the visible labels are
        // hidden from them, since they announce the column headers.
        <table class="action-items stack-table" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t(lang, "action_items_what")}
              </th>
              <th scope="col" role="columnheader">
                {t(lang, "action_items_who")}
              </th>
              <th scope="col" role="columnheader">
                {t(lang, "action_items_due")}
              </th>
              <th scope="col" role="columnheader">
                {t(lang, "action_items_meeting")}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {items.map(({ item, meeting, onlyIn }) => (
              <tr role="row">
                <td role="cell" lang={onlyIn}>
                  {item.what}
                </td>
                <td role="cell">
                  <CellLabel>{t(lang, "action_items_who")}</CellLabel>
                  <span lang={onlyIn}>{item.who}</span>
                </td>
                <td role="cell" class={item.due ? undefined : "empty"}>
                  <CellLabel>{t(lang, "action_items_due")}</CellLabel>
                  {item.due ? <time dateTime={item.due}>{formatDate(item.due, lang)}</time> : null}
                </td>
                <td role="cell">
                  <CellLabel>{t(lang, "action_items_meeting")}</CellLabel>
                  <a href={`${meeting.url}#meeting-action-items`} hrefLang={onlyIn} lang={onlyIn}>
                    {meeting.title}
                  </a>{" "}
                  (<time dateTime={meeting.data.date}>{formatDate(meeting.data.date, lang)}</time>)
                  {onlyIn ? (
                    <>
                      {" "}
                      <span class="only-in">{t(lang, onlyIn === "en" ? "only_en" : "only_fr")}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t(lang, "action_items_none")}</p>
      )}
      <p>
        {t(lang, "action_items_close_before")} <code>done: true</code> {t(lang, "action_items_close_after")}
      </p>
    </Base>
  );
}
