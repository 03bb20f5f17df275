import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { embedsPlugin } from "./embeds.ts";
import { externalLinksPlugin } from "./external-links.ts";
import { headingIdsPlugin } from "./heading-ids.ts";
import { highlight } from "./highlight.ts";
import { placeholdersPlugin } from "./placeholders.ts";
import { relrefPlugin } from "./relref.ts";

export interface MarkdownOptions {
  /**
   * For the content checks only: keep every link as a link token, even `javascript:` ones that
   * markdown-it's validateLink would silently print as text, so the check can report them.
   * Never used to render.
   */
  inspect?: boolean;
}

/**
 * The one markdown-it used everywhere (build, checks, feeds). Raw HTML is parsed here and
 * policed by the content checks (src/checks/markdown-safety.ts); nothing in Markdown passes
 * through a template language.
 */
export function createMarkdown(options: MarkdownOptions = {}) {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, highlight });
  // Indented code blocks are off (as Eleventy sets markdown-it up): indented HTML is HTML, and
  // code goes in fenced blocks.
  md.disable("code");
  if (options.inspect) md.validateLink = () => true;
  md.use(relrefPlugin);
  md.use(placeholdersPlugin);
  md.use(embedsPlugin);
  md.use(footnote);
  md.use(headingIdsPlugin);
  md.use(externalLinksPlugin);
  return md;
}

export type Markdown = ReturnType<typeof createMarkdown>;
export const markdown: Markdown = createMarkdown();
