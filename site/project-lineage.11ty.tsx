import { imageLineage, lineageUrl, projectsModified } from "../src/outputs/collections/projects.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { otherLang, type Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";
import { LineageText, LineageTree } from "../layouts/components/lineage-tree.tsx";

export const data = {
  pagination: { data: "languages", size: 1, alias: "lang" },
  languages: ["en", "fr"],
  permalink: (data: { lang: Lang }) => lineageUrl(data.lang),
};

/** Which catalogue image extends which: a tree drawn at build time from nested lists, and the same as sentences. */
export default function ProjectLineage(data: TemplateData & { lang: Lang }) {
  const { lang, model } = data;
  const { roots } = imageLineage(model, lang);
  return (
    <Base
      lang={lang}
      title={t(lang, "lineage_title")}
      description={t(lang, "lineage_intro")}
      url={lineageUrl(lang)}
      twinUrl={lineageUrl(otherLang(lang))}
      modified={projectsModified(model, lang)}
      breadcrumbs={[
        { label: t(lang, "nav_home"), url: homeUrl(lang) },
        { label: t(lang, "nav_projects"), url: sectionUrl(lang, "projects") },
      ]}
    >
      <h1>{t(lang, "lineage_title")}</h1>
      <p class="lede">{t(lang, "lineage_intro")}</p>
      {roots.length ? (
        <>
          <section aria-labelledby="lineage-tree">
            <h2 id="lineage-tree">{t(lang, "lineage_tree")}</h2>
            <p>{t(lang, "lineage_tree_hint")}</p>
            <LineageTree roots={roots} lang={lang} />
          </section>
          <section aria-labelledby="lineage-text">
            <h2 id="lineage-text">{t(lang, "lineage_text")}</h2>
            <LineageText roots={roots} lang={lang} />
          </section>
        </>
      ) : (
        <p>{t(lang, "lineage_empty")}</p>
      )}
    </Base>
  );
}
