import type { MarkdownIt, StateCore } from "markdown-it";
import { t } from "../i18n/index.ts";
import { site } from "../site.ts";
import { envLang, type MarkdownEnv } from "./env.ts";

const siteHost = new URL(site.url).host;

/** An http(s) link to another site. */
function isExternal(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === "https:" || url.protocol === "http:") && url.host !== siteHost;
  } catch {
    return false; // relative: on this site
  }
}

/**
 * Marks links to other sites: class="external" (an arrow in CSS) and a visually hidden
 * "(external link)" in the page's language, so screen readers announce it too (WCAG 2.4.4).
 */
function markExternal(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    // Rebuilt rather than spliced, so a paragraph of thousands of links stays linear.
    const children: typeof block.children = [];
    let external = false;
    for (const token of block.children) {
      if (token.type === "link_open" && isExternal(String(token.attrGet("href") ?? ""))) {
        token.attrJoin("class", "external");
        external = true;
      } else if (token.type === "link_close" && external) {
        children.push(new state.Token("external_note", "", 0));
        external = false;
      }
      children.push(token);
    }
    block.children = children;
  }
}

export function externalLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("external_links", markExternal);
  md.renderer.rules.external_note = (_tokens, _index, _options, env) =>
    `<span class="visually-hidden"> ${md.utils.escapeHtml(t(envLang(env as MarkdownEnv | undefined), "link_external"))}</span>`;
}
