import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { SlidesEntry } from "../src/content/model/types.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { slidesTheme } from "../src/outputs/slides/assets.ts";
import { deckFor } from "../src/outputs/slides/render.ts";
import { presentUrl, revealAssets } from "../src/outputs/slides/urls.ts";
import { site } from "../src/content/site.ts";
import { SharingHead } from "../layouts/components/sharing-head.tsx";
import { CspMeta } from "../layouts/components/csp-meta.tsx";
import { presentationPolicy } from "../src/outputs/slides/csp.ts";

export const data = {
  pagination: {
    data: "model.published",
    size: 1,
    alias: "entry",
    before: (entries: ContentModel["published"]) => entries.filter((e): e is SlidesEntry => e.collection === "slides"),
  },
  permalink: (data: { entry: SlidesEntry }) => presentUrl(data.entry),
  eleventyExcludeFromCollections: true,
};

/**
 * A deck as a reveal.js slideshow: slides rendered at build time, reveal.js and its notes
 * plugin from this site, started by /assets/slides.js (no inline script). Not indexed: the
 * reading page is the deck's canonical, searchable form.
 */
export default function Present(data: TemplateData & { entry: SlidesEntry }) {
  const { entry, model } = data;
  const { lang } = entry;
  const { slides } = deckFor(model, entry);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <CspMeta policy={presentationPolicy()} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${entry.title} - ${t(lang, "site_name")}`}</title>
        {entry.summary ? <meta name="description" content={entry.summary} /> : null}
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={`${site.url}${entry.url}`} />
        {/* A link to the slideshow, shared in a chat, previews as the deck: its reading page is the canonical one. */}
        <SharingHead lang={lang} title={entry.title} description={entry.summary} url={entry.url} />
        <link rel="stylesheet" href={revealAssets.css} />
        <link rel="stylesheet" href={slidesTheme().href} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <script src={revealAssets.script} defer />
        <script src={revealAssets.notes} defer />
        <script src={revealAssets.init} defer />
      </head>
      <body>
        <div class="slides-toolbar">
          <a href={entry.url}>{t(lang, "slides_exit")}</a>
          <button type="button" data-slides-action="notes" hidden>
            {t(lang, "slides_speaker_view")}
          </button>
          <button type="button" data-slides-action="fullscreen" hidden>
            {t(lang, "slides_fullscreen")}
          </button>
        </div>
        <noscript>
          <p>
            {t(lang, "slides_noscript")} <a href={entry.url}>{entry.title}</a>
          </p>
        </noscript>
        <main
          class="reveal"
          aria-label={`${t(lang, "slides_label")}: ${entry.title}`}
          data-label-previous={t(lang, "slides_previous")}
          data-label-next={t(lang, "slides_next")}
        >
          <div class="slides">
            {slides.map((slide) => (
              <section {...slide.attributes} dangerouslySetInnerHTML={{ __html: slide.presentHtml }} />
            ))}
          </div>
        </main>
      </body>
    </html>
  );
}
