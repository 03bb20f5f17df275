import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import footnote from "markdown-it-footnote";
import { highlight } from "./highlight.ts";
import { slugify } from "./slugify.ts";

/**
 * The one markdown-it used everywhere (build, checks, feeds). Raw HTML is parsed here and
 * policed by the content checks; nothing in Markdown passes through a template language.
 */
export function createMarkdown() {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, highlight });
  md.use(footnote);
  md.use(anchor, {
    slugify,
    level: [2, 3, 4],
    tabIndex: false,
    permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
  });
  return md;
}

export type Markdown = ReturnType<typeof createMarkdown>;
export const markdown: Markdown = createMarkdown();
