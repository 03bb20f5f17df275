import type { ContentModel } from "../model/load.ts";
import type { Entry } from "../model/types.ts";
import { firstVideoId } from "./embeds.ts";
import type { MarkdownEnv } from "./env.ts";
import { markdown } from "./index.ts";
import { sanitiseHtml } from "./sanitise.ts";

/** A page's body as readers get it. */
export interface PublishedBody {
  /** The sanitiser's output (src/markdown/sanitise.ts): the only HTML of a body a layout prints. */
  html: string;
  /** The body holds a video: the page loads the click-to-load script. */
  video: boolean;
  /** The YouTube id of the body's first video, which its transcript's timestamps start. */
  videoId: string | undefined;
}

/** A body as the content check rendered it, from the tokens it approved, before sanitising. */
interface Rendered {
  html: string;
  videoId: string | undefined;
}

// Per model (by its `byFile` map: Eleventy hands templates copies of global data that hold the
// same maps). Weakly held: a model the dev server has replaced takes its bodies with it.
const rendered = new WeakMap<ContentModel["byFile"], Map<string, Rendered>>();
const published = new WeakMap<ContentModel["byFile"], Map<string, PublishedBody>>();

function bodiesOf<T>(store: WeakMap<ContentModel["byFile"], Map<string, T>>, model: ContentModel): Map<string, T> {
  let bodies = store.get(model.byFile);
  if (!bodies) store.set(model.byFile, (bodies = new Map()));
  return bodies;
}

/** The content check keeps what it rendered, so a page's Markdown is parsed once per build. */
export function keepRenderedBody(model: ContentModel, file: string, html: string, videoId: string | undefined): void {
  bodiesOf(rendered, model).set(file, { html, videoId });
}

/** The environment markdown-it rules read for a page (src/markdown/env.ts). */
export function pageEnv(model: ContentModel, entry: Pick<Entry, "file" | "lang">): MarkdownEnv {
  return { lang: entry.lang, model, page: { inputPath: entry.file } };
}

/**
 * The body of `entry` as published: rendered from the tokens the content check approved (or,
 * when the dev server reused an earlier check of an unchanged file, parsed with the same
 * markdown-it), then sanitised. Pages, feeds and the search index all print this.
 */
export function publishedBody(model: ContentModel, entry: Entry): PublishedBody {
  const bodies = bodiesOf(published, model);
  const found = bodies.get(entry.file);
  if (found) return found;
  let source = bodiesOf(rendered, model).get(entry.file);
  if (!source) {
    const env = pageEnv(model, entry);
    const tokens = markdown.parse(model.frontMatter.get(entry.file)?.body ?? "", env);
    source = { html: markdown.renderer.render(tokens, markdown.options, env), videoId: firstVideoId(tokens) };
  }
  const body = { html: sanitiseHtml(source.html), video: source.videoId !== undefined, videoId: source.videoId };
  bodies.set(entry.file, body);
  return body;
}
