import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { ContentModel } from "../model/load.ts";
import type { Entry } from "../model/types.ts";
import { firstVideoId } from "./embeds.ts";
import type { MarkdownEnv } from "./env.ts";
import { markdown } from "./index.ts";
import { parseHtmlFragment, sanitiseTree } from "./sanitise.ts";

/** A page's body as readers get it. */
export interface PublishedBody {
  /** The sanitiser's output (src/content/markdown/sanitise.ts): the only HTML of a body a layout prints. */
  html: string;
  /** The body holds a video: the page loads the click-to-load script. */
  video: boolean;
  /** The YouTube id of the body's first video, which its transcript's timestamps start. */
  videoId: string | undefined;
  /** Every link's href in the published body, in order, for the link check. */
  hrefs: string[];
  /** Every id in the published body: the anchors other pages' links may point at. */
  ids: Set<string>;
}

/**
 * The published body from a body rendered to HTML and parsed once (`parseHtmlFragment`): the
 * content check inspects that same tree, so each body is parsed once per build.
 */
export function publishBody(tree: Root, videoId: string | undefined): PublishedBody {
  const clean = sanitiseTree(tree);
  const hrefs: string[] = [];
  const ids = new Set<string>();
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (typeof child.properties.href === "string") hrefs.push(child.properties.href);
      if (typeof child.properties.id === "string") ids.add(child.properties.id);
      visit(child);
    }
  };
  visit(clean);
  return { html: toHtml(clean), video: videoId !== undefined, videoId, hrefs, ids };
}

// Per model (by its `byFile` map: Eleventy hands templates copies of global data that hold the
// same maps). Weakly held: a model the dev server has replaced takes its bodies with it.
const published = new WeakMap<ContentModel["byFile"], Map<string, PublishedBody>>();

function bodiesOf(model: ContentModel): Map<string, PublishedBody> {
  let bodies = published.get(model.byFile);
  if (!bodies) published.set(model.byFile, (bodies = new Map()));
  return bodies;
}

/** The content check keeps the body it approved, so a page's Markdown and HTML are parsed once per build. */
export function keepPublishedBody(model: ContentModel, file: string, body: PublishedBody): void {
  bodiesOf(model).set(file, body);
}

/** The environment markdown-it rules read for a page (src/content/markdown/env.ts). */
export function pageEnv(model: ContentModel, entry: Pick<Entry, "file" | "lang">): MarkdownEnv {
  return { lang: entry.lang, model, page: { inputPath: entry.file } };
}

/**
 * The body of `entry` as published: the one the content check approved and kept (or, when the
 * dev server reused an earlier check of an unchanged file, parsed with the same markdown-it and
 * sanitised). Pages, feeds and the search index all print this.
 */
export function publishedBody(model: ContentModel, entry: Entry): PublishedBody {
  const bodies = bodiesOf(model);
  const found = bodies.get(entry.file);
  if (found) return found;
  const env = pageEnv(model, entry);
  const tokens = markdown.parse(model.frontMatter.get(entry.file)?.body ?? "", env);
  const body = publishBody(parseHtmlFragment(markdown.renderer.render(tokens, markdown.options, env)), firstVideoId(tokens));
  bodies.set(entry.file, body);
  return body;
}
