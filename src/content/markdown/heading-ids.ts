import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { slugify } from "./slugify.ts";

/** The ids given so far in one `env` (one page; a deck's slides share one), and the next suffix to try per base. */
interface HeadingIds {
  used: Set<string>;
  next: Map<string, number>;
}

/** The core rule's name, for rules that must run before ids are given (slides move headings down a level). */
export const headingIdsRule = "heading_ids";

/** The levels that get an id and a link to themselves (h1 is the page title). */
const levels = new Set(["h2", "h3", "h4"]);

/**
 * A unique id from `base`: base, base-1, base-2... as markdown-it-anchor numbers them. The
 * next suffix to try is remembered per base, so n equal headings cost n steps, not n²/2
 * (markdown-it-anchor tried every suffix from 1 again for each heading).
 */
function uniqueId(base: string, ids: HeadingIds): string {
  let id = base;
  if (ids.used.has(id)) {
    let suffix = ids.next.get(base) ?? 1;
    while (ids.used.has(`${base}-${suffix}`)) suffix++;
    id = `${base}-${suffix}`;
    ids.next.set(base, suffix + 1);
  }
  ids.used.add(id);
  return id;
}

function headingIdsOf(env: Record<string, unknown>): HeadingIds {
  const existing = env.headingIds as HeadingIds | undefined;
  if (existing) return existing;
  const made: HeadingIds = { used: new Set(), next: new Map() };
  env.headingIds = made;
  return made;
}

/**
 * Gives each h2-h4 an id from its text (src/content/markdown/slugify.ts) and makes its text a link to
 * itself, wrapped in a span for Safari's reader mode (markdown-it-anchor's `headerLink` with
 * `safariReaderFix`, which this replaces). One pass over the tokens: linear in the page.
 */
export function headingIdsPlugin(md: MarkdownIt): void {
  md.core.ruler.push(headingIdsRule, (state: StateCore) => {
    const ids = headingIdsOf(state.env as Record<string, unknown>);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i] as Token;
      const inline = tokens[i + 1];
      if (open.type !== "heading_open" || !levels.has(open.tag) || !inline?.children) continue;
      const text = inline.children
        .filter((child) => child.type === "text" || child.type === "code_inline")
        .map((child) => child.content)
        .join("");
      const id = uniqueId(slugify(text) || "section", ids);
      open.attrSet("id", id);
      const linkOpen = new state.Token("link_open", "a", 1);
      linkOpen.attrs = [
        ["class", "header-anchor"],
        ["href", `#${id}`],
      ];
      inline.children = [linkOpen, new state.Token("span_open", "span", 1), ...inline.children, new state.Token("span_close", "span", -1), new state.Token("link_close", "a", -1)];
    }
  });
}
