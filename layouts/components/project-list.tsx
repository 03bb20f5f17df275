import { projectStatusUrl, statusLabelKey, type ProjectItem } from "../../src/outputs/collections/projects.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

/** Projects A to Z: name, summary, status and departments; other-language projects marked. */
export function ProjectList({ items, lang, headingLevel = 2 }: { items: ProjectItem[]; lang: Lang; headingLevel?: 2 | 3 }) {
  if (!items.length) return <p>{t(lang, "list_empty")}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="entry-list project-list">
      {items.map(({ entry, onlyIn }) => (
        <li>
          <Heading>
            <a href={entry.url} hrefLang={onlyIn} lang={onlyIn}>
              {entry.title}
            </a>{" "}
            {onlyIn ? <span class="only-in">{t(lang, onlyIn === "en" ? "only_en" : "only_fr")}</span> : null}
            {entry.draft ? <span class="draft-badge">{t(lang, "draft_label")}</span> : null}
          </Heading>
          <p lang={onlyIn}>{entry.summary}</p>
          {entry.data.status || entry.data.departments?.length ? (
            <p class="project-facts">
              {entry.data.status ? (
                <>
                  {t(lang, "project_status_prefix")} <a href={projectStatusUrl(lang, entry.data.status)}>{t(lang, statusLabelKey(entry.data.status))}</a>
                </>
              ) : null}
              {entry.data.status && entry.data.departments?.length ? " · " : null}
              {entry.data.departments?.length ? <span lang={onlyIn}>{entry.data.departments.join(", ")}</span> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
