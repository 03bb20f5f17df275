import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";
import { sanitize, type Schema } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { find, html as htmlSpace } from "property-information";

/**
 * The one allowlist of what a published body, slide or speaker note may contain, after Markdown,
 * embeds and splitting. It follows GitHub's sanitisation allowlist (hast-util-sanitize's
 * `defaultSchema`), plus the markup this site's own Markdown rules write: heading anchors,
 * external-link notes, footnotes, highlighted code, figures and the click-to-load video facade.
 * https://github.com/syntax-tree/hast-util-sanitize#schema
 */
const headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
const tables = ["table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"];
const allowedTags = [
  ...["p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var", "abbr", "sub", "sup"],
  ...["em", "strong", "i", "b", "s", "del", "ins", "q", "mark", "small", "a", "img", "figure", "figcaption"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "section", "time"],
  ...headings,
  ...tables,
];

/** Classes written by this site's own Markdown rules (src/content/markdown/), the only ones kept. */
const ownClasses: Record<string, (string | RegExp)[]> = {
  a: ["external", "header-anchor", "video-facade", "footnote-backref"],
  span: ["visually-hidden", "video-play", "video-notice", /^hljs-[\w-]+$/],
  code: ["hljs", /^language-[\w-]+$/],
  figure: ["figure", "video"],
  hr: ["footnotes-sep"],
  section: ["footnotes"],
  ol: ["footnotes-list"],
  li: ["footnote-item"],
  sup: ["footnote-ref"],
};

const everywhere = ["lang", "dir", "title", "id"];
const attributes: Record<string, Schema["attributes"] extends infer A ? (A extends Record<string, infer D> ? D : never) : never> = {
  "*": everywhere,
  // The facade's video id as the youtube embed writes it: 11 characters, nothing to build a path from.
  a: ["href", "hrefLang", "ariaLabel", ["dataVideoId", /^[A-Za-z0-9_-]{11}$/], "dataVideoTitle"],
  img: ["src", "alt", "width", "height", "loading"],
  abbr: ["title"],
  details: ["open"],
  ol: ["start", "reversed"],
  li: ["value"],
  th: ["scope", "colSpan", "rowSpan", "abbr"],
  td: ["colSpan", "rowSpan"],
  col: ["span"],
  colgroup: ["span"],
  time: ["dateTime"],
  blockquote: ["cite"],
  del: ["cite", "dateTime"],
  ins: ["cite", "dateTime"],
  q: ["cite"],
};
for (const [tag, classes] of Object.entries(ownClasses)) attributes[tag] = [...(attributes[tag] ?? []), ["className", ...classes]];

const publishedSchema: Schema = {
  tagNames: allowedTags,
  attributes,
  protocols: { href: ["http", "https", "mailto", "tel"], src: ["https"], cite: ["http", "https"] },
  // Heading and footnote ids are this site's own, linked from the table of contents.
  clobber: [],
  clobberPrefix: "",
  // Dropped with everything inside them, not unwrapped into text.
  strip: ["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "title", "xmp", "noembed", "noframes"],
  ancestors: { tbody: ["table"], td: ["table"], th: ["table"], thead: ["table"], tfoot: ["table"], tr: ["table"], caption: ["table"], col: ["table"], colgroup: ["table"] },
  required: {},
};

/**
 * Parsed as a browser parses the inside of a <div>, scripting off (so `<noscript>` holds markup
 * to inspect): the HTML5 algorithm (parse5). Without source positions, which nothing here reads:
 * recording them took a quarter of `npm run check`'s time.
 */
export function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}

/**
 * What a reader gets of rendered HTML: parsed as a browser would, everything off the allowlist
 * removed, serialised again. What the layouts print is this output, never the input.
 */
export function sanitiseHtml(html: string): string {
  if (!html) return "";
  return toHtml(sanitiseTree(parseHtmlFragment(html)));
}

/** `sanitiseHtml` on a tree already parsed (by `parseHtmlFragment`): the tree a reader gets. */
export function sanitiseTree(tree: Root): Root {
  return sanitize(tree, publishedSchema) as Root;
}

/** Markup that must never reach a reader: refused at its line (the sanitiser would remove it anyway). */
const dangerousTags = new Set([
  ...["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea"],
  ...["select", "option", "base", "meta", "link", "svg", "math", "template", "noscript", "portal", "xmp", "noembed", "noframes"],
  ...["plaintext", "dialog", "video", "audio", "source", "track", "canvas", "param", "frame", "title", "head", "body", "html"],
]);
const dangerousAttributes = new Set(["style", "formaction", "srcdoc", "action", "srcset", "background", "poster", "xlink:href", "ping", "is", "http-equiv"]);
const urlAttributes = new Set(["href", "src", "cite", "action", "formaction", "poster", "background", "longdesc", "data"]);

export interface HtmlFindings {
  /** Dangerous markup: an error for the contributor. */
  refused: string[];
  /** Benign markup off the allowlist: removed with a warning. */
  neutralised: string[];
}

/** Text for a message, on one line and at most `max` characters. */
export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Where a URL leads, as a browser reads it (WHATWG parsing drops tabs and newlines, lower-cases the scheme). */
export function urlKind(value: string): "site" | "https" | "http" | "mailto" | "tel" | "fragment" | "other" {
  const trimmed = value.replace(/[\t\n\r]/g, "").trim();
  if (trimmed.startsWith("#")) return "fragment";
  let url: URL;
  try {
    url = new URL(trimmed, "https://site.invalid/page/");
  } catch {
    return "other";
  }
  if (url.host === "site.invalid" && !/^[\\/]{2}/.test(trimmed) && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return "site";
  const scheme = url.protocol.slice(0, -1);
  return scheme === "https" || scheme === "http" || scheme === "mailto" || scheme === "tel" ? scheme : "other";
}

function attributeName(property: string): string {
  return find(htmlSpace, property).attribute;
}

function allowedOn(tag: string, property: string, value: unknown): boolean {
  const definitions = [...(attributes[tag] ?? []), ...everywhere];
  for (const definition of definitions) {
    if (typeof definition === "string") {
      if (definition === property) return true;
      continue;
    }
    const [name, ...values] = definition;
    if (name !== property) continue;
    const items = Array.isArray(value) ? value : [value];
    return items.every((item) => values.some((allowed) => (allowed instanceof RegExp ? allowed.test(String(item)) : allowed === item)));
  }
  return false;
}

/**
 * Why rendered HTML would be changed by the sanitiser, in a contributor's terms: dangerous
 * markup (scripts, handlers, frames, forms, style, base, meta, script URLs) as `refused`, and
 * benign markup off the allowlist (a class, an unknown element) as `neutralised`. Parsed with
 * the same HTML5 parser as `sanitiseHtml`, so the check and the sanitiser see the same tree.
 */
export function inspectHtml(html: string): HtmlFindings {
  return inspectTree(parseHtmlFragment(html));
}

/** `inspectHtml` on a tree already parsed (by `parseHtmlFragment`). */
export function inspectTree(tree: Root): HtmlFindings {
  const refused = new Set<string>();
  const neutralised = new Set<string>();
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === "comment" || child.type === "text" || child.type === "doctype") continue;
      if (child.type !== "element") continue;
      const tag = child.tagName;
      if (dangerousTags.has(tag)) refused.add(`<${tag}> is not allowed in content`);
      else if (!allowedTags.includes(tag)) neutralised.add(`<${tag}> is not on the allowlist: it is removed, its text kept`);
      for (const [property, value] of Object.entries(child.properties)) {
        const name = attributeName(property);
        if (/^on/i.test(name)) refused.add(`<${tag} ${name}>: event handlers are not allowed (no scripts in content)`);
        else if (dangerousAttributes.has(name)) refused.add(`<${tag} ${name}>: the attribute "${name}" is not allowed`);
        else if (urlAttributes.has(name) && typeof value === "string" && !safeUrl(tag, name, value)) {
          refused.add(`<${tag} ${name}="${shorten(value)}">: ${tag === "img" ? "only https:// URLs and paths on this site are allowed" : "only https://, http://, mailto:, tel: and paths on this site are allowed"}`);
        } else if (!dangerousTags.has(tag) && allowedTags.includes(tag) && !allowedOn(tag, property, value)) {
          neutralised.add(`<${tag} ${name}>: the attribute "${name}" is not on the allowlist: it is removed`);
        }
      }
      visit(child);
      if (child.content) visit(child.content);
    }
  };
  visit(tree);
  return { refused: [...refused], neutralised: [...neutralised] };
}

function safeUrl(tag: string, name: string, value: string): boolean {
  // //host/x is another site, reached by whatever scheme the page has: never "on this site".
  if (/^[\s\t\n\r]*[\\/]{2}/.test(value)) return false;
  const kind = urlKind(value);
  if (kind === "site" || kind === "fragment") return true;
  if (tag === "img" || name === "src") return kind === "https";
  return kind !== "other";
}
