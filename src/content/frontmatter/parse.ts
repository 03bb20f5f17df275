import { LineCounter, isMap, isScalar, parseDocument, visit, type Node } from "yaml";

/**
 * Front matter is YAML between `---` lines, parsed with the `yaml` package (YAML 1.2 core
 * schema: dates stay strings, so the schema decides what a date is). Any other language after
 * the opening fence (`---js`, `---json`, ...) is refused: gray-matter would evaluate `---js`.
 */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based file line of the value at `path` (or of `key` inside it), or of the fence when unknown. */
  lineOf(path: readonly PropertyKey[], key?: string): number;
  errors: { line: number; message: string }[];
}

const fence = /^---([^\r\n]*)\r?\n/;

function refusedLanguageMessage(language: string): string {
  return `front matter language "${language}" is not allowed (expected plain YAML between --- lines; JavaScript front matter is never evaluated)`;
}

export function parseFrontMatter(source: string): FrontMatter {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const opening = fence.exec(text);
  if (!opening) {
    return { data: {}, body: text, bodyLine: 1, lineOf: () => 1, errors: [] };
  }
  const language = (opening[1] ?? "").trim().toLowerCase();
  const start = opening[0].length;
  const rest = text.slice(start);
  const closing = closingFence(rest);
  if (!closing) {
    return { data: {}, body: "", bodyLine: 1, lineOf: () => 1, errors: [{ line: 1, message: "front matter: no closing --- line" }] };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClose = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  const bodyLine = countLines(text.slice(0, text.length - afterClose.length)) + 1;
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { data: {}, body: afterClose, bodyLine, lineOf: () => 1, errors: [{ line: 1, message: refusedLanguageMessage(language) }] };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + 1; // +1: the opening fence
  const errors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: `front matter: ${error.message.split("\n")[0]}`,
  }));
  const value: unknown = errors.length ? {} : toData(doc, errors, toLine);
  if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
    errors.push({ line: 2, message: "front matter: expected key: value pairs" });
  }
  const data = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

  function lineOf(path: readonly PropertyKey[], key?: string): number {
    const nodePath = path.map((part) => (typeof part === "symbol" ? String(part) : part));
    let node = (nodePath.length ? doc.getIn(nodePath, true) : doc.contents) as Node | undefined;
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return toLine(pair.key.range[0]);
    }
    // Walk up until a node with a position is found (a missing key points at its parent).
    for (let depth = nodePath.length; !node?.range && depth > 0; depth--) {
      node = doc.getIn(nodePath.slice(0, depth - 1), true) as Node | undefined;
    }
    if (node?.range && nodePath.length) {
      const parentPath = nodePath.slice(0, -1);
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      const last = nodePath[nodePath.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        if (pair && isScalar(pair.key) && pair.key.range) return toLine(pair.key.range[0]);
      }
    }
    return node?.range ? toLine(node.range[0]) : 1;
  }

  return { data, body: afterClose, bodyLine, lineOf, errors };
}

/**
 * The closing `---` line. Lines end at \n only, as YAML's do: a regular expression's `^` and `$`
 * would also end lines at U+2028 and U+2029, and split the front matter somewhere YAML does not.
 */
function closingFence(text: string): { index: number; 0: string } | undefined {
  for (let index = 0; index <= text.length; ) {
    const end = text.indexOf("\n", index);
    const line = text.slice(index, end === -1 ? text.length : end).replace(/\r$/, "");
    if (/^---[ \t]*$/.test(line)) return { index, 0: line };
    if (end === -1) return undefined;
    index = end + 1;
  }
  return undefined;
}

/** Aliases expanded more than this many times are a "billion laughs" attack, not front matter. */
const maxAliasCount = 50;

/**
 * The document's value. The yaml package throws (a ReferenceError) when aliases expand past
 * maxAliasCount; that becomes a problem on the line of the first alias, not a stack trace.
 */
function toData(doc: ReturnType<typeof parseDocument>, errors: FrontMatter["errors"], toLine: (offset: number) => number): unknown {
  try {
    return doc.toJS({ maxAliasCount });
  } catch (error) {
    let line = 2;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = toLine(node.range[0]);
        return visit.BREAK;
      },
    });
    const reason = error instanceof ReferenceError ? `too many aliases (*name) once expanded (at most ${maxAliasCount}); write the values out` : String(error);
    errors.push({ line, message: `front matter: ${reason}` });
    return {};
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
