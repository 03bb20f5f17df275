import { htmlTagNames } from "html-tag-names";
import type { MarkdownIt, StateCore, Token } from "markdown-it";

const elements = new Set(htmlTagNames);
const tagName = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

/** `<clustername>` and the like: written as a placeholder in prose, not as HTML (no such element). */
export function isPlaceholder(html: string): boolean {
  const name = tagName.exec(html)?.[1]?.toLowerCase();
  return name !== undefined && !elements.has(name);
}

/** Marked so the content check can say why the text is shown as written. */
export function placeholderOf(token: Token): string | undefined {
  return (token.meta as { placeholder?: string } | null)?.placeholder;
}

function asText(token: Token): void {
  token.meta = { ...(token.meta as object | null), placeholder: token.content.trim() };
  token.type = "text";
}

/**
 * Tag-like placeholders written in prose (`_output/<clustername>/apimodel.json`) are shown as
 * text, as their writer meant, where HTML would make them vanish: markdown-it reads anything
 * shaped like a tag as raw HTML. Only names that are not HTML elements are taken as text.
 */
function placeholdersAsText(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.type === "inline") {
      for (const child of token.children ?? []) if (child.type === "html_inline" && isPlaceholder(child.content)) asText(child);
    } else if (token.type === "html_block" && isPlaceholder(token.content.trimStart())) {
      // A placeholder alone on a line is an HTML block to markdown-it: a paragraph of text instead.
      const open = new state.Token("paragraph_open", "p", 1);
      const inline = new state.Token("inline", "", 0);
      const close = new state.Token("paragraph_close", "p", -1);
      const text = new state.Token("text", "", 0);
      text.content = token.content.trim();
      asText(text);
      inline.content = text.content;
      inline.children = [text];
      inline.map = token.map;
      open.map = token.map;
      tokens.splice(index, 1, open, inline, close);
      index += 2;
    }
  }
}

export function placeholdersPlugin(md: MarkdownIt): void {
  // After text_join, which would merge the marked token into its neighbours.
  md.core.ruler.after("text_join", "placeholders", placeholdersAsText);
}
