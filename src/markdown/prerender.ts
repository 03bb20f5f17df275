import { createHash } from "node:crypto";
import type { ContentModel } from "../model/load.ts";
import { envFile, type MarkdownEnv } from "./env.ts";
import { createMarkdown, markdown } from "./index.ts";

/** One page's body rendered ahead: its file (content/en/posts/x.md), a hash of the Markdown, the HTML. */
export type Prerendered = [file: string, bodyHash: string, html: string];

const hashOf = (body: string) => createHash("sha1").update(body).digest("base64");

/**
 * What Eleventy disables in the library it is given (Engines/Markdown.js: indented code is not
 * code). Bodies rendered ahead are used only if Eleventy disabled exactly these.
 */
export const eleventyDisables = ["code"];

/**
 * Renders every published page's Markdown body as Eleventy will, with the same env fields the
 * rules read (src/markdown/env.ts), in batches, last file first. `npm run build` does this in its page worker
 * while Eleventy prepares its data on the other core (issue 8).
 */
export async function prerenderBodies(model: ContentModel, send: (batch: Prerendered[]) => void, batchSize = 200): Promise<void> {
  const md = createMarkdown().disable(eleventyDisables);
  let batch: Prerendered[] = [];
  // Last file first: Eleventy renders in about file order, so the two meet in the middle and
  // neither renders what the other did.
  for (const entry of [...model.published].reverse()) {
    const body = model.frontMatter.get(entry.file)?.body;
    if (body === undefined) continue;
    const env: MarkdownEnv = { lang: entry.lang, model, page: { inputPath: `./${entry.file}` } };
    batch.push([entry.file, hashOf(body), md.render(body, env)]);
    if (batch.length < batchSize) continue;
    send(batch);
    batch = [];
    // Let the worker take the messages that came meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (batch.length) send(batch);
}

/** Bodies rendered ahead and not used yet, by file. */
const ready = new Map<string, { bodyHash: string; html: string }>();

export function receivePrerendered(batch: Prerendered[]): void {
  for (const [file, bodyHash, html] of batch) ready.set(file, { bodyHash, html });
}

/**
 * The Markdown library Eleventy renders with: a body rendered ahead for the same file and the
 * same Markdown is taken as is; anything else (not ready yet, different text, `npm start`,
 * tests) renders here, with the same markdown-it.
 */
const disabled: string[] = [];

export const eleventyMarkdown = {
  render(body: string, env?: MarkdownEnv): string {
    const file = envFile(env);
    const ahead = file === undefined ? undefined : ready.get(file);
    if (file !== undefined && ahead) {
      ready.delete(file);
      if (ahead.bodyHash === hashOf(body) && disabled.join() === eleventyDisables.join()) return ahead.html;
    }
    return markdown.render(body, env);
  },
  disable(rules: string | string[]) {
    markdown.disable(rules);
    disabled.push(...(Array.isArray(rules) ? rules : [rules]));
    return eleventyMarkdown;
  },
};
