import { tagSummaries, tagsModified } from "../src/outputs/collections/tags.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, tagsUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { otherLang, type Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";

export const data = {
  pagination: { data: "languages", size: 1, alias: "lang" },
  languages: ["en", "fr"],
  permalink: (data: { lang: Lang }) => tagsUrl(data.lang),
};

/** Every tag in use, A to Z in the reader's language, each linked to its page. */
export default function TagIndex(data: TemplateData & { lang: Lang }) {
  const { lang, model } = data;
  const tags = tagSummaries(model, lang);
  return (
    <Base
      lang={lang}
      title={t(lang, "tags_index_title")}
      description={t(lang, "tags_index_intro")}
      url={tagsUrl(lang)}
      twinUrl={tagsUrl(otherLang(lang))}
      modified={tagsModified(model, lang)}
      breadcrumbs={[{ label: t(lang, "nav_home"), url: homeUrl(lang) }]}
    >
      <h1>{t(lang, "tags_index_title")}</h1>
      <p class="lede">{t(lang, "tags_index_intro")}</p>
      {tags.length ? (
        <ul class="tags tag-index">
          {tags.map((tag) => (
            <li>
              <a href={tag.url}>{t(lang, "tag_count", { label: tag.label, count: tag.count })}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(lang, "list_empty")}</p>
      )}
    </Base>
  );
}
