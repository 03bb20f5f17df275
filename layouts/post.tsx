import { formatDate, isoDay } from "../src/content/i18n/dates.ts";
import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { PostEntry } from "../src/content/model/types.ts";
import { PersonNames } from "./components/person-names.tsx";

export function PostByline({ entry, model }: { entry: PostEntry; model: ContentModel }) {
  const { lang, data } = entry;
  return (
    // The date and the authors are in the search result's metadata; the byline's words are not the post's.
    <p class="lede" data-pagefind-ignore>
      {t(lang, "post_published")} {entry.date ? <time dateTime={isoDay(entry.date)}>{formatDate(entry.date, lang)}</time> : null}
      {data.authors?.length ? (
        <>
          {" · "}
          {t(lang, "post_by")} <PersonNames ids={data.authors} model={model} lang={lang} />
        </>
      ) : null}
    </p>
  );
}
