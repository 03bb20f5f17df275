import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import TurndownService from "turndown";
import type { Element as HastElement, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { htmlVerdict } from "../../checks/html-policy.ts";
import { isPlaceholder } from "../../content/markdown/placeholders.ts";
import { sanitiseHtml } from "../../content/markdown/sanitise.ts";
import type { BodyNote } from "./body.ts";

/**
 * Markdown as Hugo's Goldmark read it with `unsafe = true`: raw HTML passed through, bare URLs
 * linked, and (as on this site) no indented code blocks, so indented HTML is HTML.
 */
export function sourceMarkdown() {
  return new MarkdownIt({ html: true, linkify: true, typographer: false }).disable("code");
}

const youtubeEmbed = /^(?:https?:)?\/\/(?:www\.)?(?:youtube\.com|youtube-nocookie\.com)\/embed\/([\w-]{11})/;
/** Icon fonts of that era (Font Awesome, Bootstrap's Glyphicons, WET's): decoration, no text. */
const iconClass = /(^|\s)(fa[srlbd]?|fa-[\w-]+|glyphicon(-[\w-]+)?|icon-[\w-]+|wb-inv)(\s|$)/;

/** Allowlisted elements Markdown has no syntax for: kept as HTML, trimmed by the site's sanitiser. */
const keptTags = [
  "details",
  "summary",
  "kbd",
  "abbr",
  "sub",
  "sup",
  "figure",
  "figcaption",
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
];

/**
 * Raw HTML to convert: anything with a Markdown equivalent (lists, emphasis, links, paragraphs,
 * images...), and anything the content check would refuse or neutralise. Only elements Markdown
 * has no syntax for, written as the allowlist accepts them, stay HTML.
 */
function notAsWritten(html: string): boolean {
  const verdict = htmlVerdict(html);
  if (verdict.refused.length > 0 || verdict.neutralised.length > 0) return true;
  const onlyKept = (node: Root | HastElement): boolean =>
    node.children.every((child) => child.type !== "element" || (keptTags.includes(child.tagName) && onlyKept(child)));
  return !onlyKept(fromHtml(html, { fragment: true }));
}

function textOf(node: Node): string {
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}

function attr(node: Node, name: string): string {
  return (node as Element).getAttribute?.(name) ?? "";
}

interface BlockNotes {
  human: (needle: string, message: string) => void;
  mapped: Set<string>;
}

function turndownFor(notes: BlockNotes): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    strongDelimiter: "**",
    hr: "* * *",
    // Turndown hands empty elements here, not to the rules: icon-font <i>s are empty.
    blankReplacement: (_content, node) => {
      if (["I", "SPAN"].includes(node.nodeName) && iconClass.test(attr(node, "class"))) dropIcon(node);
      return (node as Node & { isBlock?: boolean }).isBlock ? "\n\n" : "";
    },
  });
  const dropIcon = (node: Node) => {
    notes.human(attr(node, "class"), `decorative icon <${node.nodeName.toLowerCase()} class="${attr(node, "class")}"> dropped`);
    notes.mapped.add("decorative icon markup dropped");
  };
  const escape = service.escape.bind(service);
  // A `<` left in text would be read as a tag again: `_output/<clustername>/` must stay text.
  service.escape = (text: string) => escape(text).replace(/</g, "\\<");
  // Turndown's own list items pad the marker to four columns ("-   item"); people write "- item".
  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = "- ";
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start") ?? "1") || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const text = content
        .replace(/^\n+/, "")
        .replace(/\n+$/, "\n")
        .replace(/\n/gm, `\n${" ".repeat(prefix.length)}`);
      return prefix + text + (node.nextSibling && !text.endsWith("\n") ? "\n" : "");
    },
  });
  service.addRule("icon", {
    filter: (node) => ["I", "SPAN"].includes(node.nodeName) && iconClass.test(attr(node, "class")) && !textOf(node),
    replacement: (_content, node) => {
      dropIcon(node);
      return "";
    },
  });
  service.addRule("iframe", {
    filter: "iframe",
    replacement: (_content, node) => {
      const src = attr(node, "src");
      const youtube = youtubeEmbed.exec(src);
      if (youtube) {
        notes.mapped.add("YouTube <iframe> -> {{< youtube >}}");
        return `\n\n{{< youtube ${youtube[1]} >}}\n\n`;
      }
      notes.human(src || "<iframe", `<iframe src="${src}"> is not allowed: replaced by a link to it (embed it another way if it matters)`);
      return src ? `[${attr(node, "title") || src}](${src})` : "";
    },
  });
  service.addRule("form", {
    filter: "form",
    replacement: (_content, node) => {
      const action = attr(node, "action");
      const element = node as Element;
      const button = element.querySelector?.("button, input[type=submit]");
      const label = (button && (textOf(button) || attr(button, "value"))) || textOf(element.querySelector?.("legend") ?? element) || "Form";
      notes.human(
        action || "<form",
        `<form action="${action}"> (posts to another site) is not allowed: replaced by a link to it; decide how people should reach you now`,
      );
      return action ? `\n\n[${label.slice(0, 80)}](${action})\n\n` : "";
    },
  });
  service.addRule("script", {
    filter: ["script", "style", "noscript"],
    replacement: (_content, node) => {
      notes.human(`<${node.nodeName.toLowerCase()}`, `<${node.nodeName.toLowerCase()}> removed (no scripts or styles in content)`);
      return "";
    },
  });
  service.addRule("allowed", {
    filter: (node) => keptTags.includes(node.nodeName.toLowerCase()),
    replacement: (_content, node) => {
      const html = sanitiseHtml((node as Element).outerHTML);
      return node.nodeName === "TABLE" || node.nodeName === "DETAILS" || node.nodeName === "FIGURE" ? `\n\n${html}\n\n` : html;
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const src = attr(node, "src");
      const alt = attr(node, "alt");
      if (!alt) notes.human(src, `image ${src} has no alt text: write one`);
      return src ? `![${escape(alt)}](${src})` : "";
    },
  });
  return service;
}

/** The tokens between a level-0 block's first token and its last (a list, a paragraph, an HTML block). */
function topLevelBlocks(tokens: Token[]): Token[][] {
  const blocks: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (depth === 0) {
      blocks.push(current);
      current = [];
    }
  }
  return blocks;
}

/** Raw HTML in a block that the content check would refuse (placeholders included). */
function refusedHtml(block: Token[]): boolean {
  return block.some((token) => {
    if (token.type === "html_block") return notAsWritten(token.content);
    return (token.children ?? []).some((child) => child.type === "html_inline" && (isPlaceholder(child.content) || notAsWritten(child.content)));
  });
}

export interface HtmlConversion {
  body: string;
  mapped: string[];
  human: BodyNote[];
}

/**
 * Every top-level Markdown block that holds raw HTML the content check would refuse is rendered
 * as Hugo rendered it and turned back into Markdown by Turndown: lists, emphasis, links,
 * paragraphs and images become Markdown, allowlisted HTML (tables, kbd, ...) stays, sanitised.
 * Tag-like placeholders (`<clustername>`) become text, icon-font markup is dropped, forms and
 * frames become links. Blocks without such HTML are left exactly as written.
 */
export function htmlToMarkdown(body: string): HtmlConversion {
  const md = sourceMarkdown();
  const env = {};
  const tokens = md.parse(body, env);
  const lines = body.split("\n");
  const mapped = new Set<string>();
  const human: BodyNote[] = [];
  const replaced: { start: number; end: number; markdown: string }[] = [];
  let converted = 0;
  for (const block of topLevelBlocks(tokens)) {
    const map = block[0]?.map;
    if (!map || !refusedHtml(block)) continue;
    const [start, end] = map;
    const source = lines.slice(start, end);
    const notes: BlockNotes = {
      mapped,
      human: (needle, message) => {
        const offset = Math.max(
          0,
          source.findIndex((line) => needle && line.includes(needle)),
        );
        human.push({ line: start + offset + 1, message });
      },
    };
    for (const token of block) {
      for (const child of token.children ?? []) {
        if (child.type !== "html_inline" || !isPlaceholder(child.content)) continue;
        // Goldmark printed it as a tag, so readers never saw it; it was meant as text.
        child.type = "text";
        notes.human(child.content, `${child.content} looked like an HTML tag (readers never saw it): now shown as text`);
        mapped.add("tag-like placeholders -> text");
      }
    }
    const html = md.renderer.render(block, md.options, env);
    replaced.push({ start, end, markdown: turndownFor(notes).turndown(html) });
    converted++;
  }
  if (!replaced.length) return { body, mapped: [], human: [] };
  const out: string[] = [];
  let next = 0;
  for (const { start, end, markdown } of replaced) {
    out.push(...lines.slice(next, start), markdown, "");
    next = end;
  }
  out.push(...lines.slice(next));
  mapped.add(`raw HTML -> Markdown (Turndown): ${converted} block${converted === 1 ? "" : "s"}`);
  return { body: out.join("\n"), mapped: [...mapped], human };
}
