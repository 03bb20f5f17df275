import type { ProjectItem } from "../../src/outputs/collections/projects.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

/** Projects as linked names, "(English only)" after one in the other language. */
export function LinkedProjects({ items, lang }: { items: ProjectItem[]; lang: Lang }) {
  return (
    <>
      {items.map(({ entry, onlyIn }, i) => (
        <>
          {i > 0 ? ", " : null}
          <a href={entry.url} hrefLang={onlyIn} lang={onlyIn}>
            {entry.title}
          </a>
          {onlyIn ? ` ${t(lang, onlyIn === "en" ? "only_en" : "only_fr")}` : null}
        </>
      ))}
    </>
  );
}
