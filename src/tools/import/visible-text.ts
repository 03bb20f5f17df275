import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { sourceMarkdown } from "./html-to-markdown.ts";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

/** What a reader can see of a page: its words, link targets, images and code. */
interface VisiblePieces {
  words: string[];
  links: string[];
  images: string[];
  code: string[];
}

/** Not compared: what nobody reads as text, and what the import replaces by a link and lists for a human (forms, frames). */
const unseen = new Set(["script", "style", "template", "noscript", "form", "iframe", "head", "svg"]);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function attribute(element: Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? "";
}

function textContent(node: ParentNode | ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textContent).join("") : "";
}

function collect(node: ParentNode, pieces: VisiblePieces): void {
  for (const child of node.childNodes) {
    if (child.nodeName === "#text") {
      pieces.words.push(...wordsOf((child as DefaultTreeAdapterMap["textNode"]).value));
      continue;
    }
    if (!("tagName" in child)) continue;
    if (unseen.has(child.tagName)) continue;
    if (child.tagName === "a" && attribute(child, "href")) pieces.links.push(attribute(child, "href"));
    if (child.tagName === "img") {
      pieces.images.push(attribute(child, "src"));
      pieces.words.push(...wordsOf(attribute(child, "alt")));
    }
    if (child.tagName === "code") pieces.code.push(textContent(child).replace(/\s+/g, " ").trim());
    collect(child, pieces);
  }
}

function find(node: ParentNode, tagName: string): Element | undefined {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    if (child.tagName === tagName) return child;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** The visible pieces of a built page's <main> (menus and footers are the site's, not the page's). */
function builtPieces(html: string): VisiblePieces {
  const document = parse(html);
  const pieces: VisiblePieces = { words: [], links: [], images: [], code: [] };
  collect(find(document, "main") ?? document, pieces);
  return pieces;
}

/** A piece of the Hugo page that the built page does not show, at its line of the body (1-based). */
export interface MissingPiece {
  line: number;
  what: string;
}

/**
 * Compares what readers of the Hugo page saw (its body rendered as Goldmark did: raw HTML on)
 * with the built page. Every word must be there as often, every link target, image and piece of
 * code at least once. Our embeds (`{{< youtube >}}`, `{{< figure >}}`) and slide syntax are
 * checked by the content checks, not here. `mapLink` gives an old address's new URL.
 */
export function missingPieces(shown: string, built: string, mapLink: (href: string) => string): MissingPiece[] {
  const have = builtPieces(built);
  const words = new Map<string, number>();
  for (const word of have.words) words.set(word, (words.get(word) ?? 0) + 1);
  const links = new Set(have.links);
  const images = new Set(have.images);
  const md = sourceMarkdown();
  const lines = shown.split("\n").map((line) => (/^\s*\{\{<\s*(youtube|figure)\b.*>\}\}\s*$/.test(line) ? "" : line.replace(/^Note:/, "")));
  const missing: MissingPiece[] = [];
  const tokens = md.parse(lines.join("\n"), {});
  let depth = 0;
  let start = 0;
  let blockTokens: typeof tokens = [];
  for (const token of tokens) {
    if (depth === 0 && token.map) start = token.map[0];
    blockTokens.push(token);
    depth += token.nesting;
    if (depth !== 0) continue;
    const end = token.map?.[1] ?? blockTokens[0]?.map?.[1] ?? start + 1;
    const source = lines.slice(start, end);
    const lineOf = (needle: string) =>
      start +
      1 +
      Math.max(
        0,
        source.findIndex((l) => l.toLowerCase().includes(needle.toLowerCase())),
      );
    const pieces: VisiblePieces = { words: [], links: [], images: [], code: [] };
    collect(parseFragment(md.renderer.render(blockTokens, md.options, {})), pieces);
    blockTokens = [];
    for (const word of pieces.words) {
      const left = words.get(word) ?? 0;
      if (left > 0) words.set(word, left - 1);
      else missing.push({ line: lineOf(word), what: `the word "${word}"` });
    }
    for (const href of pieces.links) if (!links.has(mapLink(href))) missing.push({ line: lineOf(href), what: `a link to ${href}` });
    for (const src of pieces.images) if (!images.has(src)) missing.push({ line: lineOf(src), what: `the image ${src}` });
    for (const code of pieces.code)
      if (code && !have.code.some((c) => c.includes(code))) missing.push({ line: lineOf(code.split(" ")[0] ?? code), what: `the code \`${code}\`` });
  }
  return missing;
}
