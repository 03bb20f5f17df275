import type { ListItem } from "../../src/collections/listing.ts";
import { formatDate, isoDay } from "../../src/filters/date.ts";
import { t } from "../../src/i18n/index.ts";
import type { Lang } from "../../src/site.ts";

/** A list of entries with date and summary; other-language entries are marked. */
export function EntryList({ items, lang, headingLevel = 3 }: { items: ListItem[]; lang: Lang; headingLevel?: 2 | 3 }) {
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
          {entry.date ? (
            <time class="date" dateTime={isoDay(entry.date)}>
              {formatDate(entry.date, lang)}
            </time>
          ) : null}
          {entry.summary ? <p lang={onlyIn}>{entry.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}
