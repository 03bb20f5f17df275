import { createRequire } from "node:module";
import webvtt, { type WebVTTNode } from "webvtt-parser";
import type { Problem } from "../problem.ts";

/** One caption of a recording: what was said from `start` to `end` (seconds), and by whom when the file says. */
export interface TranscriptCue {
  start: number;
  end: number;
  /** From a `<v Name>` voice span. */
  speaker: string | undefined;
  /** Plain text: entities decoded, line breaks as spaces. */
  text: string;
}

/** The transcript of a page's recording: `content/<lang>/<collection>/<slug>.vtt`, beside the page. */
export interface Transcript {
  /** content/en/demos/x.vtt */
  file: string;
  /** The page it belongs to: content/en/demos/x.md */
  page: string;
  cues: TranscriptCue[];
}

// Every named character reference of HTML, as the parser's own validator uses them: `&eacute;` is é.
const entities = createRequire(import.meta.url)("webvtt-parser/html-entities.json") as Record<string, string>;

/** The page a transcript belongs to: the .md of the same name in the same folder. */
export function transcriptPage(file: string): string {
  return file.replace(/\.vtt$/, ".md");
}

/**
 * A tag a cue may hold: a voice span with the speaker's name (`<v Alice Martin>`), or its end.
 * Anything else (`<c.x>`, `<b>`, `<00:01.000>` timestamps, `<script>`, a stray `<`) is refused:
 * the transcript is printed as text, and markup nobody sees is markup nobody reviews.
 */
const voiceStart = /^<v[ \t]+[^<>\s][^<>]*>$/;
const voiceEnd = "</v>";

/** The problems of one cue text line, with the tags it may not hold. */
function cueLineProblems(file: string, line: number, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of text.matchAll(/<[^>]*>?/g)) {
    const tag = match[0];
    if (voiceStart.test(tag) || tag === voiceEnd) continue;
    const message = /^<v[ \t]*>$/.test(tag)
      ? `"${tag}": a voice span needs the speaker's name, like <v Alice Martin>`
      : /^<v[.]/.test(tag)
        ? `"${tag}": a voice span takes a name only, no classes (write <v Alice Martin>)`
        : !tag.endsWith(">")
          ? `"${tag}": a "<" in a transcript must be written &lt;`
          : `"${tag}": markup is not allowed in a transcript; only <v Name> voice spans (write a "<" in the text as &lt;)`;
    problems.push({ file, line, message });
  }
  return problems;
}

/**
 * The lines that hold cue text, with their 1-based numbers: the lines after each timing line
 * (`00:01.000 --> 00:04.000`) up to a blank line, outside NOTE, STYLE and REGION blocks. The
 * parser reports a cue's text problems on the line after the cue; this finds the line itself.
 */
function cueTextLines(lines: string[]): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let index = 0;
  // The header: WEBVTT and anything up to the first blank line.
  while (index < lines.length && lines[index] !== "") index++;
  while (index < lines.length) {
    while (index < lines.length && lines[index] === "") index++;
    const block: number[] = [];
    while (index < lines.length && lines[index] !== "") block.push(index++);
    const first = lines[block[0] ?? -1] ?? "";
    if (/^(NOTE|STYLE|REGION)($|[ \t])/.test(first)) continue;
    const timing = block.findIndex((at) => lines[at]?.includes("-->"));
    if (timing < 0) continue;
    for (const at of block.slice(timing + 1)) {
      const text = lines[at] ?? "";
      if (text.includes("-->")) break;
      found.push({ line: at + 1, text });
    }
  }
  return found;
}

function textOf(nodes: WebVTTNode[]): string {
  return nodes.map((node) => (node.type === "text" ? String(node.value ?? "") : node.type === "object" ? textOf(node.children ?? []) : "")).join("");
}

function speakerOf(nodes: WebVTTNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type !== "object") continue;
    if (node.name === "v" && typeof node.value === "string" && node.value.trim()) return node.value.trim().replace(/\s+/g, " ");
    const inner = speakerOf(node.children ?? []);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Reads a WebVTT file (https://www.w3.org/TR/webvtt1/) with the W3C's parser: a malformed
 * file, a bad timestamp or a cue that ends before it starts is a problem on its line, and so is
 * any markup but `<v Name>` in a cue. Cues come out in time order, as plain text.
 */
export function readTranscript(file: string, text: string): { transcript?: Transcript; problems: Problem[] } {
  const problems: Problem[] = [];
  // "metadata": the parser keeps quiet about cue text, which cueLineProblems checks on the right line.
  const parsed = new webvtt.WebVTTParser(entities).parse(text, "metadata");
  for (const error of parsed.errors) {
    const timing = /timestamp|digits|separator|minutes|seconds|Milliseconds/i.test(error.message) ? " (a cue's timing reads 00:01:23.000 --> 00:01:27.500)" : "";
    problems.push({ file, line: error.line, message: `WebVTT: ${error.message}${timing}` });
  }
  const lines = text.replace(/\0/g, "\uFFFD").split(/\r\n|\r|\n/);
  for (const { line, text: cueText } of cueTextLines(lines)) problems.push(...cueLineProblems(file, line, cueText));
  const cues = parsed.cues
    .map((cue) => ({
      start: cue.startTime,
      end: cue.endTime,
      speaker: speakerOf(cue.tree.children),
      text: textOf(cue.tree.children).replace(/\s+/g, " ").trim(),
    }))
    .filter((cue) => cue.text);
  if (!problems.length && !cues.length) problems.push({ file, line: 1, message: "the transcript has no cues (expected WEBVTT, a blank line, then cues like 00:00:01.000 --> 00:00:04.000 and their text)" });
  if (problems.length) return { problems };
  return { transcript: { file, page: transcriptPage(file), cues }, problems };
}
