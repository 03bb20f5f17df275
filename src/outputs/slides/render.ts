import { t } from "../../content/i18n/index.ts";
import { createMarkdown } from "../../content/markdown/index.ts";
import { sanitiseHtml } from "../../content/markdown/sanitise.ts";
import { headingIdsRule } from "../../content/markdown/heading-ids.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { SlidesEntry } from "../../content/model/types.ts";
import { splitSlides, type SlideSource } from "./split.ts";
import type { SlideAttributes } from "./attributes.ts";

/** One slide, rendered at build time. */
export interface RenderedSlide {
  /** For the reading page: headings one level down, under the deck's title. */
  html: string;
  /** For the presentation: headings as written (reveal.js styles h1 as the slide title), notes in <aside class="notes">. */
  presentHtml: string;
  notesHtml: string;
  attributes: SlideAttributes;
}

export interface Deck {
  entry: SlidesEntry;
  slides: RenderedSlide[];
}

// The site's Markdown (same plugins and rules), plus headings moved down a level on request.
const md = createMarkdown();
md.core.ruler.before(headingIdsRule, "heading_offset", (state) => {
  const offset = Number((state.env as { headingOffset?: number }).headingOffset ?? 0);
  if (!offset) return;
  state.tokens.forEach((token) => {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
    }
  });
});

/** A slide or its notes as readers get them: rendered, then sanitised like every body (src/content/markdown/sanitise.ts). */
function render(markdown: string, env: Record<string, unknown>): string {
  return markdown ? sanitiseHtml(md.render(markdown, env)) : "";
}

/** A deck's slides, rendered both ways; `env` is shared so heading ids stay unique on the page. */
export function renderSlides(sources: SlideSource[], baseEnv: Record<string, unknown> = {}, notesLabel = "Speaker notes"): RenderedSlide[] {
  const reading = { ...baseEnv, headingOffset: 1 };
  const present = { ...baseEnv };
  const notes = { ...baseEnv, headingOffset: 2 };
  return sources.map((slide, index) => {
    const notesHtml = render(slide.notes, notes);
    return {
      html: render(slide.markdown, reading),
      presentHtml:
        render(slide.markdown, present) +
        (notesHtml ? `<aside class="notes" aria-label="${escapeAttribute(`${notesLabel} (${index + 1})`)}">${notesHtml}</aside>` : ""),
      notesHtml,
      attributes: slide.attributes,
    };
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

// Per model, by its `byFile` map: Eleventy hands each template a copy of the global data, and the
// copies share the model's maps (the reading page and the slideshow render one deck).
const cache = new WeakMap<ContentModel["byFile"], Map<string, Deck>>();

/** The deck of a slides entry, rendered once per build. */
export function deckFor(model: ContentModel, entry: SlidesEntry): Deck {
  let decks = cache.get(model.byFile);
  if (!decks) cache.set(model.byFile, (decks = new Map()));
  const found = decks.get(entry.file);
  if (found) return found;
  const body = model.frontMatter.get(entry.file)?.body ?? "";
  const deck = {
    entry,
    slides: renderSlides(splitSlides(body), { model, page: { inputPath: entry.file, url: entry.url }, lang: entry.lang }, t(entry.lang, "slides_notes")),
  };
  decks.set(entry.file, deck);
  return deck;
}
