import type { ContentModel } from "../model/load.ts";
import { envFile, type MarkdownEnv } from "./env.ts";
import { markdown } from "./index.ts";

/**
 * Page bodies as the content check rendered them, from the very tokens it approved
 * (src/checks/markdown-safety.ts), for Eleventy to publish: what is checked is what is
 * rendered, and each body is parsed once, not twice (issue 8). Kept per model (by its `byFile`
 * map: Eleventy passes pages a copy of the model holding the same maps), so a body is only
 * used with the model it was checked against; each is handed out once.
 */
const checked = new WeakMap<ContentModel["byFile"], Map<string, { body: string; html: string }>>();

export function keepCheckedHtml(model: ContentModel, file: string, body: string, html: string): void {
  let bodies = checked.get(model.byFile);
  if (!bodies) checked.set(model.byFile, (bodies = new Map()));
  bodies.set(file, { body, html });
}

/** Rules Eleventy turned off in the library it renders with; the checked HTML assumes only "code" (src/markdown/index.ts). */
const disabledByEleventy = new Set<string>();

function takeCheckedHtml(body: string, env: MarkdownEnv | undefined): string | undefined {
  const file = envFile(env);
  const bodies = env?.model ? checked.get(env.model.byFile) : undefined;
  const kept = file === undefined ? undefined : bodies?.get(file);
  if (file === undefined || !kept) return undefined;
  bodies?.delete(file);
  const sameSetup = [...disabledByEleventy].every((rule) => rule === "code");
  return kept.body === body && sameSetup ? kept.html : undefined;
}

/**
 * The Markdown library Eleventy renders with: the checked HTML of a page when its body is the
 * one checked, else markdown-it (src/markdown/index.ts) as usual.
 */
export const eleventyMarkdown = {
  render(body: string, env?: MarkdownEnv): string {
    return takeCheckedHtml(body, env) ?? markdown.render(body, env);
  },
  disable(rules: string | string[]) {
    markdown.disable(rules);
    for (const rule of Array.isArray(rules) ? rules : [rules]) disabledByEleventy.add(rule);
    return eleventyMarkdown;
  },
};
