import { tagLabel } from "../src/content/schema/tags.ts";
import { lineageUrl, statusLabelKey, type ProjectListPage } from "../src/outputs/collections/projects.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import type { ProjectStatus } from "../src/content/schema/project.ts";
import type { Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";
import { ProjectFilters } from "../layouts/components/project-filters.tsx";
import { ProjectList } from "../layouts/components/project-list.tsx";
import { Subscribe } from "../layouts/components/subscribe.tsx";

export const data = {
  pagination: { data: "projectPages", size: 1, alias: "projects" },
  permalink: (data: { projects: ProjectListPage }) => data.projects.url,
};

function heading(page: ProjectListPage, lang: Lang): { title: string; intro: string } {
  const value = page.value ?? "";
  switch (page.filter) {
    case "technology":
      return {
        title: t(lang, "projects_technology_title", { technology: tagLabel(lang, value) }),
        intro: t(lang, "projects_technology_intro", { technology: tagLabel(lang, value) }),
      };
    case "department":
      return { title: t(lang, "projects_department_title", { department: value }), intro: t(lang, "projects_department_intro", { department: value }) };
    case "status": {
      const status = t(lang, statusLabelKey(value as ProjectStatus));
      return { title: t(lang, "projects_status_title", { status }), intro: t(lang, "projects_status_intro", { status }) };
    }
    default:
      return { title: t(lang, "list_projects_title"), intro: t(lang, "list_projects_intro") };
  }
}

/** The catalogue of projects and its filtered pages (by technology, department, status): plain pages, no JavaScript. */
export default function Projects(data: TemplateData & { projects: ProjectListPage }) {
  const page = data.projects;
  const { lang } = page;
  const { title, intro } = heading(page, lang);
  const crumbs = [{ label: t(lang, "nav_home"), url: homeUrl(lang) }];
  if (page.filter !== "all") crumbs.push({ label: t(lang, "nav_projects"), url: sectionUrl(lang, "projects") });
  return (
    <Base lang={lang} title={title} description={intro} url={page.url} twinUrl={page.twinUrl} modified={page.modified} breadcrumbs={crumbs}>
      <h1>{title}</h1>
      <p class="lede">{intro}</p>
      <p>
        <a href={lineageUrl(lang)}>{t(lang, "project_lineage_link")}</a>
      </p>
      <ProjectFilters model={data.model} lang={lang} current={page.url} />
      <ProjectList items={page.items} lang={lang} />
      <Subscribe lang={lang} kind="projects" />
    </Base>
  );
}
