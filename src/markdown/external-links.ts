import type { MarkdownIt, StateCore } from "markdown-it";
import { t } from "../i18n/index.ts";
import { site } from "../site.ts";
import { envLang, type MarkdownEnv } from "./env.ts";

const siteHost = new URL(site.url).host;

/** An http(s) link to another site. */
export function isExternal(href: string): boolean {
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
    const children = block.children;
    if (block.type !== "inline" || !children) continue;
    for (let i = 0; i < children.length; i++) {
      const open = children[i];
      if (!open || open.type !== "link_open" || !isExternal(String(open.attrGet("href") ?? ""))) continue;
      open.attrJoin("class", "external");
      const close = children.findIndex((token, j) => j > i && token.type === "link_close");
      if (close === -1) continue;
      children.splice(close, 0, new state.Token("external_note", "", 0));
      i = close + 1;
    }
  }
}

export function externalLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("external_links", markExternal);
  md.renderer.rules.external_note = (_tokens, _index, _options, env) =>
    `<span class="visually-hidden"> ${md.utils.escapeHtml(t(envLang(env as MarkdownEnv | undefined), "link_external"))}</span>`;
}
