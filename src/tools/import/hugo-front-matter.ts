import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";

/** A Hugo content file split into its front matter (TOML `+++`, YAML `---` or JSON `{`) and body. */
export interface HugoFile {
  format: "toml" | "yaml" | "json" | "none";
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of a top-level key in the front matter, or 1. */
  keyLine(key: string): number;
  error?: { line: number; message: string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** TOML dates (smol-toml's TomlDate) back to the text that was written: "2018-03-22T18:00:00-04:00". */
function plain(value: unknown): unknown {
  if (value instanceof Date) return "toISOString" in value ? value.toISOString() : String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export function readHugoFile(source: string): HugoFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const fences = { "+++": "toml", "---": "yaml" } as const;
  const first = lines[0]?.trim() ?? "";
  const none: HugoFile = { format: "none", data: {}, body: text, bodyLine: 1, keyLine: () => 1 };
  let format: HugoFile["format"];
  let end: number;
  let raw: string;
  if (first === "+++" || first === "---") {
    format = fences[first];
    end = lines.findIndex((line, i) => i > 0 && line.trim() === first);
    if (end === -1) return { ...none, error: { line: 1, message: `front matter: no closing ${first} line` } };
    raw = lines.slice(1, end).join("\n");
  } else if (first.startsWith("{")) {
    // JSON front matter: the object ends at the first line that is exactly "}".
    format = "json";
    end = lines.findIndex((line) => line === "}");
    if (end === -1) return { ...none, error: { line: 1, message: "front matter: JSON object not closed" } };
    raw = lines.slice(0, end + 1).join("\n");
  } else {
    return none;
  }
  const offset = format === "json" ? 1 : 2;
  const keyLine = (key: string) => {
    const pattern = new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?\\s*[=:]`);
    const index = lines.slice(format === "json" ? 0 : 1, end).findIndex((line) => pattern.test(line));
    return index === -1 ? 1 : index + offset;
  };
  const body = lines.slice(end + 1).join("\n");
  try {
    const parsed = format === "toml" ? parseToml(raw) : format === "yaml" ? parseYaml(raw) : JSON.parse(raw);
    const data = plain(parsed ?? {});
    if (!isRecord(data)) return { format, data: {}, body, bodyLine: end + 2, keyLine, error: { line: 2, message: "front matter: expected key/value pairs" } };
    return { format, data, body, bodyLine: end + 2, keyLine };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const line = (error as { line?: number; linePos?: { line: number }[] }).line ?? (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return {
      format,
      data: {},
      body,
      bodyLine: end + 2,
      keyLine,
      error: { line: line ? line + offset - 1 : 1, message: `front matter (${format}): ${message}` },
    };
  }
}
