import type { ListItem } from "../../src/outputs/collections/listing.ts";
import { formatDate, isoDay } from "../../src/content/i18n/dates.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

/** What each entry is, for lists that mix collections (a tag's page). */
const kindKeys = {
  meetings: "search_type_meeting",
  posts: "search_type_post",
  demos: "search_type_demo",
  slides: "search_type_slides",
  people: "search_type_person",
  pages: "search_type_page",
  projects: "search_type_project",
} as const;

/** A list of entries with date and summary; other-language entries are marked. */
export function EntryList({ items, lang, headingLevel = 3, showKind = false }: { items: ListItem[]; lang: Lang; headingLevel?: 2 | 3; showKind?: boolean }) {
  if (!items.length) return <p>{t(lang, "list_empty")}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="entry-list">
      {items.map(({ entry, onlyIn }) => (
        <li>
          <Heading>
            <a href={entry.url} hrefLang={onlyIn} lang={onlyIn}>
              {entry.title}
            </a>{" "}
            {onlyIn ? <span class="only-in">{t(lang, onlyIn === "en" ? "only_en" : "only_fr")}</span> : null}
            {entry.draft ? <span class="draft-badge">{t(lang, "draft_label")}</span> : null}
          </Heading>
          {showKind ? (
            <span class="date">
              {t(lang, kindKeys[entry.collection])}
              {entry.date ? " · " : null}
            </span>
          ) : null}
          {entry.date ? (
            <time class="date" dateTime={isoDay(entry.date)}>
              {formatDate(entry.date, lang)}
            </time>
          ) : null}
          {entry.summary ? <p lang={onlyIn}>{entry.summary}</p> : null}
          {/* A person has no summary: their role and department say who they are. */}
          {entry.collection === "people" && (entry.data.role || entry.data.department) ? (
            <p lang={onlyIn}>{[entry.data.department, entry.data.role].filter(Boolean).join(" · ")}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
