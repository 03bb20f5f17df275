import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";

/**
 * The raw HTML contributors may write in Markdown, per element: the attributes it may carry.
 * Everything else (script, style, iframe, svg, event handlers, style attributes, ...) is refused.
 */
export const allowedHtml: Record<string, string[]> = {
  details: ["open"],
  summary: [],
  kbd: [],
  abbr: ["title"],
  sub: [],
  sup: [],
  br: [],
  figure: [],
  figcaption: [],
  img: ["src", "alt", "width", "height", "loading", "title"],
  table: [],
  caption: [],
  colgroup: ["span"],
  col: ["span"],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ["scope", "colspan", "rowspan", "abbr"],
  td: ["colspan", "rowspan"],
  // Not in the list, but needed for a phrase in the other language (WCAG 3.1.2):
  // <span lang="en">GoC Cloud Native</span> in a French page. Only `lang`, nothing else.
  span: [],
};
/** Attributes any allowed element may carry (a French phrase in an English post). */
export const allowedEverywhere = ["lang"];

const strict: sanitizeHtml.IOptions = {
  allowedTags: Object.keys(allowedHtml),
  allowedAttributes: { ...allowedHtml, "*": allowedEverywhere },
  allowedSchemes: [],
  // img src: https:// or a path on this site; sanitize-html keeps relative URLs.
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Keeps everything the parser sees, so any difference from `strict` is something it would strip. */
const permissive: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  allowedSchemesAppliedToAttributes: [],
  allowProtocolRelative: true,
  disallowedTagsMode: "discard",
  // Keep style values and empty handlers as written (by default both would be dropped silently,
  // hiding them from the comparison while the raw HTML would still reach the page).
  parseStyleAttributes: false,
  nonBooleanAttributes: [],
};

/**
 * Why raw HTML from Markdown is refused, one reason per thing wrong; empty when it is allowed.
 * sanitize-html decides: the fragment is refused when the strict allowlist would change it.
 * The reasons only explain that decision in the contributor's terms.
 */
export function htmlProblems(html: string): string[] {
  // The same fragment (`<kbd>`, `</kbd>`) comes back many times: decide each one once.
  const known = decided.get(html);
  if (known) return known;
  if (decided.size > 10_000) decided.clear();
  const problems = decide(html);
  decided.set(html, problems);
  return problems;
}

const decided = new Map<string, string[]>();

function decide(html: string): string[] {
  const changed = sanitizeHtml(html, strict) !== sanitizeHtml(html, permissive);
  const reasons: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const allowed = allowedHtml[name];
      if (!allowed) {
        reasons.push(`<${name}> is not allowed in Markdown (allowed: ${Object.keys(allowedHtml).join(", ")})`);
        return;
      }
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!allowed.includes(attribute) && !allowedEverywhere.includes(attribute)) {
          reasons.push(`<${name} ${attribute}>: the attribute "${attribute}" is not allowed${attribute.startsWith("on") ? " (no scripts in content)" : ""}`);
        } else if (attribute === "src" && !isSiteOrHttps(value)) {
          reasons.push(`<${name} src="${shorten(value)}">: only https:// URLs and paths on this site are allowed`);
        }
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  if (reasons.length) return [...new Set(reasons)];
  return changed ? [`raw HTML "${shorten(html.trim())}" is not allowed (the sanitiser would change it)`] : [];
}

/** How a browser reads the URL: WHATWG parsing strips tabs and newlines and lower-cases the scheme. */
function isSiteOrHttps(value: string): boolean {
  try {
    if (new URL(value, "https://site.invalid/page/").protocol !== "https:") return false;
    // A path on this site keeps the base's host; a protocol-relative //host/x takes the base's
    // scheme (so against an ftp: base it is ftp:), unlike an explicit https:// URL.
    const underFtp = new URL(value, "ftp://site.invalid/page/");
    return underFtp.host === "site.invalid" || underFtp.protocol === "https:";
  } catch {
    return false;
  }
}

export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Kinds of URL a Markdown link or image may have. */
const linkSchemes = ["https:", "http:", "mailto:", "tel:"];

/**
 * What is wrong with the URL of a Markdown link or image, or undefined when it is fine:
 * links may be http(s), mailto, tel or on this site; images https or on this site.
 */
export function urlProblem(href: string, kind: "link" | "image"): string | undefined {
  let url: URL;
  try {
    url = new URL(href, "https://site.invalid/page/");
  } catch {
    return `${kind} "${shorten(href)}": not a valid URL`;
  }
  if (kind === "image") {
    return url.protocol === "https:" ? undefined : `image "${shorten(href)}": only https:// URLs and paths on this site are allowed`;
  }
  return linkSchemes.includes(url.protocol) ? undefined : `link "${shorten(href)}": ${url.protocol} URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)`;
}
