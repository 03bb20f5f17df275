import { projectFilters, projectsUrl, type FilterChoice } from "../../src/outputs/collections/projects.ts";
import { t, type MessageKey } from "../../src/content/i18n/index.ts";
import type { ContentModel } from "../../src/content/model/load.ts";
import type { ProjectStatus } from "../../src/content/schema/project.ts";
import type { Lang } from "../../src/content/site.ts";

function Choices({
  id,
  heading,
  choices,
  current,
  lang,
  label,
}: {
  id: string;
  heading: MessageKey;
  choices: FilterChoice[];
  current: string | undefined;
  lang: Lang;
  label: (choice: FilterChoice) => string;
}) {
  if (!choices.length) return null;
  return (
    <div class="filter-group">
      <h3 id={id}>{t(lang, heading)}</h3>
      <ul class="tags">
        {choices.map((choice) => (
          <li>
            <a href={choice.url} aria-current={choice.url === current ? "page" : undefined}>
              {label(choice)} ({choice.count})
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Links to one page per technology, department and status: the catalogue filtered without JavaScript. */
export function ProjectFilters({ model, lang, current }: { model: ContentModel; lang: Lang; current: string }) {
  const filters = projectFilters(model, lang);
  if (!filters.technologies.length && !filters.departments.length && !filters.statuses.length) return null;
  return (
    <nav class="technology-filter project-filters" aria-labelledby="project-filters">
      <h2 id="project-filters">{t(lang, "projects_filters")}</h2>
      <Choices id="filter-technology" heading="projects_by_technology" choices={filters.technologies} current={current} lang={lang} label={(c) => c.label} />
      <Choices id="filter-department" heading="projects_by_department" choices={filters.departments} current={current} lang={lang} label={(c) => c.label} />
      <Choices
        id="filter-status"
        heading="projects_by_status"
        choices={filters.statuses}
        current={current}
        lang={lang}
        label={(c) => t(lang, `project_status_${c.value as ProjectStatus}`)}
      />
      {current !== projectsUrl(lang) ? (
        <p>
          <a href={projectsUrl(lang)}>{t(lang, "projects_all")}</a>
        </p>
      ) : null}
    </nav>
  );
}
