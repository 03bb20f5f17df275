import { slugify } from "../../content/markdown/slugify.ts";
import { parseSlideDirective } from "../../outputs/slides/attributes.ts";
import { htmlToMarkdown } from "./html-to-markdown.ts";
import { parseShortcode, quote, shortcodePattern } from "./shortcodes.ts";

export interface BodyContext {
  /** A relref/ref target (content path, file name) -> the new URL, with any #anchor kept. */
  resolveRef(target: string, lang: string | undefined): string | undefined;
  /** An old site URL (/meetup/2018-03-22/) -> the new URL, when it is an imported page. */
  newUrlOf(oldUrl: string): string | undefined;
  /** True for decks: reveal-hugo's slide and note shortcodes are mapped. */
  deck: boolean;
}

/** Something the importer changed (for the report) or could not map (needs a human). */
export interface BodyNote {
  /** 1-based line of the body. */
  line: number;
  message: string;
}

export interface ConvertedBody {
  body: string;
  /** The Hugo body with shortcodes resolved (same lines as the source): what readers saw, for the proof. */
  shown: string;
  mapped: string[];
  human: BodyNote[];
}

/** Bootstrap's grid and the Canada.ca (WET) theme's layout helpers: wrappers with no meaning. */
const layoutClass =
  /^(row|container(-fluid)?|col(-(xs|sm|md|lg|xl|xxl))?(-\d{1,2})?|col-(xs|sm|md|lg)-(offset|push|pull)-\d{1,2}|clearfix|mrgn-[a-z]+-(sm|md|lg|xl|0|none)|wb-eqht(-grd)?|hght-inhrt|text-(left|right|center))$/;
const reveal: Record<string, string> = {
  "background-color": "data-background-color",
  "background-image": "data-background-image",
  "background-size": "data-background-size",
  "background-position": "data-background-position",
  "background-repeat": "data-background-repeat",
  "background-opacity": "data-background-opacity",
  transition: "data-transition",
  "transition-speed": "data-transition-speed",
  class: "class",
  id: "id",
};

/** reveal.js 2 and 3 transitions that later versions renamed. */
const oldTransitions: Record<string, string> = { default: "slide", linear: "slide" };
const colorLike = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9., %]+\)|hsla?\([0-9., %deg]+\))$/;

/**
 * A slide's attributes in today's reveal.js names, as `<!-- .slide: -->`: `data-background` (and
 * reveal-hugo's `background`) becomes `-color` or `-image` by its value, old transitions their
 * new name, an id with spaces a valid one. What cannot be mapped is dropped and listed.
 */
function slideAttributes(pairs: [string, string][], line: number, where: string, mapped: Set<string>, human: BodyNote[]): string {
  const kept: string[] = [];
  for (const [rawName, rawValue] of pairs) {
    let name = rawName.toLowerCase();
    let value = rawValue.trim();
    if (name === "data-background" || name === "background") {
      name = colorLike.test(value) ? "data-background-color" : "data-background-image";
      mapped.add(`reveal.js ${rawName}= -> ${name}=`);
    } else if (name === "data-transition" || name === "data-background-transition") {
      const renamed = value
        .split(/\s+/)
        .map((part) => oldTransitions[part] ?? part)
        .join(" ");
      if (renamed !== value) mapped.add(`reveal.js transition "${value}" -> "${renamed}"`);
      value = renamed;
    } else if (name === "id" && !/^[A-Za-z][A-Za-z0-9_-]*$/.test(value)) {
      const id = slugify(value).replace(/^(?=\d)/, "s-");
      mapped.add(`slide id "${value}" -> "${id}"`);
      value = id;
    }
    const { refused } = parseSlideDirective(`${name}="${value.replace(/"/g, "&quot;")}"`);
    if (refused.length) human.push({ line, message: `${where} ${rawName}="${rawValue}" cannot be mapped to today's reveal.js (dropped)` });
    else kept.push(`${name}=${quote(value)}`);
  }
  return kept.length ? `<!-- .slide: ${kept.join(" ")} -->` : "";
}

/** An old `<!-- .slide: -->` comment, its attributes mapped (see slideAttributes). */
function slideComment(text: string, line: number, mapped: Set<string>, human: BodyNote[]): string {
  const pairs = [...text.matchAll(/([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((m): [string, string] => [
    m[1] ?? "",
    m[2] ?? m[3] ?? m[4] ?? "",
  ]);
  return slideAttributes(pairs, line, "<!-- .slide: -->", mapped, human) || "";
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Replace matches while keeping the line count, so every note's line number stays the file's. */
function replaceKeepingLines(text: string, pattern: RegExp, replace: (match: RegExpExecArray, line: number) => string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    const replacement = replace(match as RegExpExecArray, lineAt(text, index));
    const lost = (match[0].match(/\n/g) ?? []).length - (replacement.match(/\n/g) ?? []).length;
    out += text.slice(last, index) + replacement + "\n".repeat(Math.max(0, lost));
    last = index + match[0].length;
  }
  return out + text.slice(last);
}

function classesOf(tag: string): string[] {
  const match = /\bclass\s*=\s*["']([^"']*)["']/i.exec(tag);
  return match?.[1]?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * Bootstrap grid and WET layout <div>s on lines of their own are removed (their content is
 * Markdown that reads fine without them) and what they contained is un-indented.
 */
function unwrapLayoutDivs(body: string, mapped: string[]): string {
  const lines = body.split("\n");
  const stack: boolean[] = [];
  let removed = 0;
  const regions: [number, number][] = [];
  let regionStart = -1;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (!/^(<\/?div\b[^>]*>\s*)+$/i.test(trimmed)) return;
    const kept: string[] = [];
    for (const tag of trimmed.match(/<\/?div\b[^>]*>/gi) ?? []) {
      if (tag.startsWith("</")) {
        const wasLayout = stack.pop();
        if (wasLayout) removed++;
        else kept.push(tag);
      } else {
        const classes = classesOf(tag);
        const extra = tag
          .replace(/^<div\b/i, "")
          .replace(/>$/, "")
          .replace(/\bclass\s*=\s*["'][^"']*["']/i, "")
          .replace(/\bmarkdown\s*=\s*["']?1["']?/i, "")
          .trim();
        const layout = classes.length > 0 && classes.every((c) => layoutClass.test(c)) && !extra;
        stack.push(layout);
        if (!layout) kept.push(tag);
      }
    }
    lines[index] = kept.length ? line.replace(trimmed, kept.join("")) : "";
    const inLayout = stack.some(Boolean);
    if (inLayout && regionStart === -1) regionStart = index + 1;
    if (!inLayout && regionStart !== -1) {
      regions.push([regionStart, index]);
      regionStart = -1;
    }
  });
  for (const [start, end] of regions) {
    const indents = lines
      .slice(start, end)
      .filter((l) => l.trim())
      .map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
    const cut = indents.length ? Math.min(...indents) : 0;
    for (let i = start; i < end; i++) lines[i] = (lines[i] ?? "").slice(Math.min(cut, /^[ \t]*/.exec(lines[i] ?? "")?.[0].length ?? 0));
  }
  if (removed) mapped.push(`layout <div>s (Bootstrap grid) removed: ${removed}, their content kept as plain Markdown`);
  return lines.join("\n");
}

/**
 * Fenced code is left exactly as written (a shortcode or an iframe shown as an example is not
 * converted): each fenced line is swapped for a placeholder line, and put back at the end.
 */
function maskFences(text: string): { masked: string; restore(text: string): string } {
  const kept: string[] = [];
  let open: string | undefined;
  const lines = text.split("\n").map((line) => {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    const inside = open !== undefined;
    if (!open && fence) open = fence;
    else if (open && fence && fence[0] === open[0] && fence.length >= open.length) open = undefined;
    if (!inside && open === undefined && !fence) return line;
    kept.push(line);
    return `\u0000fence${kept.length - 1}\u0000`;
  });
  return {
    masked: lines.join("\n"),
    restore: (converted) => converted.replace(/\u0000fence(\d+)\u0000/g, (_, index: string) => kept[Number(index)] ?? ""),
  };
}

/** Converts a Hugo page's Markdown body to ours; line numbers in notes are the body's. */
export function convertBody(source: string, context: BodyContext): ConvertedBody {
  const mapped = new Set<string>();
  const human: BodyNote[] = [];
  const mappedList: string[] = [];
  const fences = maskFences(source.replace(/\r\n?/g, "\n"));
  let body = fences.masked;

  body = replaceKeepingLines(body, shortcodePattern, (match, line) => {
    const [whole, , slash, name = "", args = ""] = match;
    const code = parseShortcode(name, slash === "/", args);
    switch (code.name) {
      case "relref":
      case "ref": {
        const target = code.named.path ?? code.positional[0] ?? "";
        const url = context.resolveRef(target, code.named.lang);
        if (url) {
          mapped.add(`{{< ${code.name} >}} -> links to the new URLs`);
          return url;
        }
        human.push({ line, message: `${whole}: no imported page "${target}" (link left as written)` });
        return whole;
      }
      case "youtube": {
        const id = code.named.id ?? code.positional[0];
        if (id && /^[\w-]{11}$/.test(id)) {
          mapped.add("{{< youtube >}} kept");
          return `{{< youtube ${id} >}}`;
        }
        break;
      }
      case "figure": {
        const src = code.named.src ?? "";
        const alt = code.named.alt ?? code.named.title ?? "";
        const caption = code.named.caption ?? (code.named.alt ? code.named.title : undefined);
        if (!alt) human.push({ line, message: `{{< figure src="${src}" >}} has no alt text: write one` });
        if (src.startsWith("/")) human.push({ line, message: `${src}: from the Hugo site's static/ folder, copied to public/: check that it shows` });
        mapped.add("{{< figure >}} -> ours (src, alt, caption)");
        return `{{< figure src=${quote(src)} alt=${quote(alt)}${caption ? ` caption=${quote(caption)}` : ""} >}}`;
      }
      case "highlight":
        mapped.add("{{< highlight >}} -> fenced code");
        return code.closing ? "```" : `\`\`\`${code.positional[0] ?? ""}`;
      case "section":
        if (context.deck) {
          mapped.add("reveal-hugo {{% section %}} (vertical slides) -> one row of slides");
          return "";
        }
        break;
      case "fragment":
        if (context.deck) {
          mapped.add("reveal-hugo {{% fragment %}} -> shown at once");
          return "";
        }
        break;
      case "note":
        if (context.deck) {
          mapped.add("reveal-hugo {{% note %}} -> Note:");
          return code.closing ? "" : "Note:";
        }
        break;
      case "slide":
        if (context.deck && !code.closing) {
          mapped.add("reveal-hugo {{< slide >}} -> <!-- .slide: -->");
          const pairs = Object.entries(code.named).map(([key, value]): [string, string] => [reveal[key] ?? key, value]);
          return slideAttributes(pairs, line, `{{< slide >}}`, mapped, human);
        }
        break;
    }
    human.push({ line, message: `shortcode ${whole} has no equivalent here: kept as text, replace it by hand` });
    return `\`${whole}\``;
  });

  // Links to old addresses of imported pages -> their new URL (the redirects would work, but need not).
  body = replaceKeepingLines(body, /\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g, (match) => {
    const url = context.newUrlOf(match[1] ?? "");
    if (!url) return match[0];
    mapped.add("links to old addresses -> new URLs");
    return `](${url}${match[2] ?? ""})`;
  });

  // Images from the Hugo site's static/ folder: the import copies the folder to public/.
  for (const match of body.matchAll(/!\[[^\]]*\]\((\/(?!\/)[^)\s]+)/g)) {
    human.push({ line: lineAt(body, match.index ?? 0), message: `${match[1]}: from the Hugo site's static/ folder, copied to public/: check that it shows` });
  }

  if (context.deck) body = replaceKeepingLines(body, /<!--\s*\.slide:([\s\S]*?)-->/g, (match, line) => slideComment(match[1] ?? "", line, mapped, human));
  // What a reader of the Hugo site saw, before any HTML is touched: the import's proof compares it with the built page.
  const shown = fences.restore(body);

  body = unwrapLayoutDivs(body, mappedList);
  const html = htmlToMarkdown(fences.restore(body));
  human.push(...html.human);
  return { body: html.body, shown, mapped: [...mapped, ...mappedList, ...html.mapped], human: human.sort((a, b) => a.line - b.line) };
}
