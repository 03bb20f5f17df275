import { noticeUrl } from "../src/outputs/collections/twin-url.ts";
import { t } from "../src/content/i18n/index.ts";
import type { Entry } from "../src/content/model/types.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { otherLang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";

export const data = {
  pagination: { data: "untranslated", size: 1, alias: "entry" },
  permalink: (data: { entry: Entry }) => noticeUrl(data.entry),
};

/** The other-language side of a page that is not translated yet: a notice and a link. */
export default function Untranslated(data: TemplateData & { entry: Entry }) {
  const { entry } = data;
  const lang = otherLang(entry.lang);
  return (
    <Base lang={lang} title={t(lang, "only_notice_title")} url={noticeUrl(entry)} twinUrl={entry.url} noindex>
      <h1>{t(lang, "only_notice_title")}</h1>
      <p>{t(lang, "only_notice_body")}</p>
      <p>
        <a href={entry.url} lang={entry.lang} hrefLang={entry.lang}>
          {entry.title}
        </a>
      </p>
    </Base>
  );
}
