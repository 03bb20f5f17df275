import type { TechnologyPage } from "../src/outputs/collections/technologies.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl, tagUrl } from "../src/content/i18n/routes.ts";
import { tagLabel } from "../src/content/schema/tags.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { Base } from "../layouts/components/base.tsx";
import { EntryList } from "../layouts/components/entry-list.tsx";
import { Subscribe } from "../layouts/components/subscribe.tsx";
import { TechnologyFilter } from "../layouts/components/technology-filter.tsx";

export const data = {
  pagination: { data: "technologyPages", size: 1, alias: "tech" },
  permalink: (data: { tech: TechnologyPage }) => data.tech.url,
};

/** The demo list filtered by one technology: a plain page, no JavaScript needed. */
export default function Technology(data: TemplateData & { tech: TechnologyPage }) {
  const { tech } = data;
  const { lang } = tech;
  const technology = tagLabel(lang, tech.technology);
  return (
    <Base
      lang={lang}
      title={t(lang, "technology_title", { technology })}
      description={t(lang, "technology_intro", { technology })}
      url={tech.url}
      twinUrl={tech.twinUrl}
      modified={tech.modified}
      breadcrumbs={[
        { label: t(lang, "nav_home"), url: homeUrl(lang) },
        { label: t(lang, "nav_demos"), url: sectionUrl(lang, "demos") },
      ]}
    >
      <h1>{t(lang, "technology_title", { technology })}</h1>
      <p class="lede">{t(lang, "technology_intro", { technology })}</p>
      <EntryList items={tech.items} lang={lang} headingLevel={2} />
      <ul class="see-also">
        <li>
          <a href={tagUrl(lang, tech.technology)}>{t(lang, "technology_tag_link", { technology })}</a>
        </li>
        <li>
          <a href={sectionUrl(lang, "demos")}>{t(lang, "technology_all")}</a>
        </li>
      </ul>
      <TechnologyFilter model={data.model} lang={lang} current={tech.technology} />
      <Subscribe lang={lang} kind="demos" />
    </Base>
  );
}
