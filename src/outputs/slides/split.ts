import { parseSlideDirective, type SlideAttributes } from "./attributes.ts";

/** One slide of a deck's Markdown, before rendering. */
export interface SlideSource {
  /** The slide's Markdown, without its directive comments and notes. */
  markdown: string;
  /** Speaker notes (Markdown), from the first line starting `Note:` to the end of the slide. */
  notes: string;
  /** Attributes for the slide's <section>, from `<!-- .slide: ... -->` (allowlisted). */
  attributes: SlideAttributes;
  /** 1-based line of the body where the slide starts (for messages). */
  line: number;
  /** What was refused in the slide's directives, with the body line it is on. */
  problems: { line: number; message: string }[];
}

const separator = /^---[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const closingFence = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
// reveal.js's markdown plugin uses the same: a line starting "Note:" (or "Notes:") opens the notes.
const notesStart = /^notes?:[ \t]*/i;
const directive = /^\s*<!--\s*\.slide:([\s\S]*?)-->\s*$/;

/**
 * Splits a deck's Markdown into slides on lines that are exactly `---` (outside fenced code),
 * the convention of reveal.js's Markdown plugin and of the old Hugo site.
 */
export function splitSlides(markdown: string): SlideSource[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const slides: SlideSource[] = [];
  let current: { lines: string[]; notes: string[] | undefined; attributes: SlideAttributes; line: number; problems: SlideSource["problems"] } = fresh(1);
  let openFence: string | undefined;

  function fresh(line: number) {
    return {
      lines: [] as string[],
      notes: undefined as string[] | undefined,
      attributes: {} as SlideAttributes,
      line,
      problems: [] as SlideSource["problems"],
    };
  }
  function finish() {
    const text = current.lines.join("\n").trim();
    const notes = (current.notes ?? []).join("\n").trim();
    if (text || notes || Object.keys(current.attributes).length) {
      slides.push({ markdown: text, notes, attributes: current.attributes, line: current.line, problems: current.problems });
    }
  }

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const fenceMatch = fence.exec(line);
    if (openFence) {
      // A closing fence has nothing after it but spaces (CommonMark 4.5): "``` js" does not close.
      if (fenceMatch && fenceMatch[1]?.[0] === openFence[0] && (fenceMatch[1]?.length ?? 0) >= openFence.length && closingFence.test(line))
        openFence = undefined;
      (current.notes ?? current.lines).push(line);
      return;
    }
    if (fenceMatch) openFence = fenceMatch[1];
    else if (separator.test(line)) {
      finish();
      current = fresh(lineNumber + 1);
      return;
    } else if (directive.test(line)) {
      const parsed = parseSlideDirective(directive.exec(line)?.[1] ?? "");
      Object.assign(current.attributes, parsed.attributes);
      current.problems.push(...parsed.refused.map((message) => ({ line: lineNumber, message })));
      return;
    } else if (current.notes === undefined && notesStart.test(line)) {
      current.notes = [line.replace(notesStart, "")];
      return;
    }
    (current.notes ?? current.lines).push(line);
  });
  finish();
  return slides;
}
