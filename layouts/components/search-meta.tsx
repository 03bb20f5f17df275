import type { SearchFacts } from "../../src/outputs/search/facts.ts";

/** Pagefind reads these (https://pagefind.app/docs/metadata/, /docs/filtering/, /docs/sorts/). */
export function SearchMeta({ facts }: { facts: SearchFacts }) {
  return (
    <>
      <meta name="search:type" content={facts.type} data-pagefind-meta="type[content]" data-pagefind-filter="type[content]" />
      <meta name="search:lang" content={facts.lang} data-pagefind-meta="lang[content]" />
      {/* Undated pages (people, pages) sort after every dated one under "newest first". */}
      <meta name="search:sort-date" content={facts.date ?? "0000-00-00"} data-pagefind-sort="date[content]" />
      {facts.dateLabel ? <meta name="search:date" content={facts.dateLabel} data-pagefind-meta="date[content]" /> : null}
      {facts.year ? <meta name="search:year" content={facts.year} data-pagefind-filter="year[content]" /> : null}
      {facts.people ? <meta name="search:people" content={facts.people} data-pagefind-meta="people[content]" /> : null}
      {facts.departments.map((department) => (
        <meta name="search:department" content={department} data-pagefind-filter="department[content]" />
      ))}
      {facts.tags.map((tag) => (
        <meta name="search:tag" content={tag} data-pagefind-filter="tag[content]" />
      ))}
      {facts.alsoIndexIn ? <meta name="search:also-index-in" content={facts.alsoIndexIn} /> : null}
    </>
  );
}
