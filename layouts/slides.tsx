import type { ListItem } from "../src/outputs/collections/listing.ts";
import { formatDate } from "../src/content/i18n/dates.ts";
import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { SlidesEntry } from "../src/content/model/types.ts";
import { meetingsOfDeck } from "../src/outputs/slides/links.ts";
import { deckFor } from "../src/outputs/slides/render.ts";
import { presentUrl } from "../src/outputs/slides/urls.ts";
import type { Lang } from "../src/content/site.ts";
import { PersonNames } from "./components/person-names.tsx";
import { Fact } from "./components/fact.tsx";

/** Links to entries in a reader's language, marking those only in the other one. */
export function LinkedEntries({ items, lang }: { items: ListItem[]; lang: Lang }) {
  return (
    <>
      {items.map(({ entry, onlyIn }, index) => (
        <>
          {index ? ", " : null}
          <a href={entry.url} hrefLang={onlyIn} lang={onlyIn}>
            {entry.title}
          </a>
          {onlyIn ? <> {t(lang, onlyIn === "en" ? "only_en" : "only_fr")}</> : null}
        </>
      ))}
    </>
  );
}

/** The facts box of a deck, and the way into the slideshow. */
export function SlidesDetails({ entry, model }: { entry: SlidesEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const meetings = meetingsOfDeck(model, entry);
  return (
    <>
      <dl class="meta">
        <dt>{t(lang, "meeting_date")}</dt>
        <dd>
          <time dateTime={data.date}>{formatDate(data.date, lang)}</time>
        </dd>
        {data.presenters?.length ? (
          <Fact label={t(lang, "slides_presenters")}>
            <PersonNames ids={data.presenters} model={model} lang={lang} />
          </Fact>
        ) : null}
        {meetings.length ? (
          <Fact label={t(lang, "slides_meeting")}>
            <LinkedEntries items={meetings} lang={lang} />
          </Fact>
        ) : null}
      </dl>
      <p class="present-link" data-pagefind-ignore>
        <a class="button" href={presentUrl(entry)}>
          {t(lang, "slides_present")}
        </a>
      </p>
      <p class="present-hint" data-pagefind-ignore>
        {t(lang, "slides_present_hint")}
      </p>
    </>
  );
}

/** The deck as a page: one section per slide, notes after it; readable, printable, searchable. */
export function DeckReading({ entry, model }: { entry: SlidesEntry; model: ContentModel }) {
  const { lang } = entry;
  const { slides } = deckFor(model, entry);
  return (
    <div class="deck">
      {slides.map((slide, index) => (
        <section class="slide" id={`slide-${index + 1}`}>
          <p class="slide-number" data-pagefind-ignore>
            {t(lang, "slides_slide_number", { number: index + 1, total: slides.length })}
          </p>
          <div class="prose" dangerouslySetInnerHTML={{ __html: slide.html }} />
          {slide.notesHtml ? (
            <aside class="slide-notes" aria-label={`${t(lang, "slides_notes")} (${index + 1})`}>
              <p class="slide-notes-title" data-pagefind-ignore>
                {t(lang, "slides_notes")}
              </p>
              <div dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />
            </aside>
          ) : null}
        </section>
      ))}
    </div>
  );
}
