import type { Token } from "markdown-it";
import type { FrontMatter } from "../content/frontmatter/parse.ts";
import type { Problem } from "../content/problem.ts";
import { classifyPath } from "../content/model/read-entry.ts";
import type { ContentCheck, ContentModel } from "../content/model/load.ts";
import { createMarkdown } from "../content/markdown/index.ts";
import { embedOf, firstVideoId } from "../content/markdown/embeds.ts";
import type { MarkdownEnv, MarkdownProblem } from "../content/markdown/env.ts";
import { htmlVerdict, shorten, urlProblem } from "./html-policy.ts";
import { placeholderOf } from "../content/markdown/placeholders.ts";
import { keepPublishedBody, pageEnv, publishBody } from "../content/markdown/published.ts";
import { inspectTree, parseHtmlFragment } from "../content/markdown/sanitise.ts";

// Parses like the build's markdown-it, but keeps links markdown-it would refuse, to report them.
// Pages are rendered from its tokens only when it found nothing wrong, so a refused link is
// never published (and the sanitiser would drop it: src/content/markdown/sanitise.ts).
const inspector = createMarkdown({ inspect: true });

/**
 * Finds inline tokens in their paragraph's source, in order, counting lines as it goes (one
 * pass over the text, so a hostile paragraph with thousands of tags stays linear).
 */
class InlineCursor {
  private index = 0;
  private lines = 0;
  constructor(private readonly text: string) {}

  /** The 0-based line of the next `needle`, moving past it (or staying put when it is absent). */
  lineOf(needle: string): number {
    const found = needle ? this.text.indexOf(needle, this.index) : -1;
    if (found === -1) return this.lines;
    for (let i = this.text.indexOf("\n", this.index); i !== -1 && i < found; i = this.text.indexOf("\n", i + 1)) this.lines++;
    const line = this.lines;
    const end = found + needle.length;
    for (let i = this.text.indexOf("\n", found); i !== -1 && i < end; i = this.text.indexOf("\n", i + 1)) this.lines++;
    this.index = end;
    return line;
  }
}

/** A Markdown problem that only warns: the markup is neutralised, the build goes on. */
interface MarkdownFinding extends MarkdownProblem {
  warning?: true;
}

function htmlFindings(html: string, line: number, into: MarkdownFinding[]): void {
  const verdict = htmlVerdict(html);
  for (const message of verdict.refused) into.push({ line, message });
  for (const message of verdict.neutralised) into.push({ line, message, warning: true });
}

/** Every problem in one page's Markdown body; lines are 1-based within the body. */
function markdownProblems(tokens: Token[]): MarkdownFinding[] {
  const problems: MarkdownFinding[] = [];
  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === "html_block") {
      htmlFindings(token.content, line, problems);
    } else if (token.type === "embed") {
      const embed = embedOf(token);
      if (typeof embed === "string") problems.push({ line, message: embed });
    } else if (token.type === "inline" && token.children) {
      // Inline tokens have no line of their own: find each in the paragraph's source, in order.
      const cursor = new InlineCursor(token.content);
      for (const child of token.children) {
        const at = (needle: string) => line + cursor.lineOf(needle);
        const placeholder = placeholderOf(child);
        if (placeholder !== undefined) {
          problems.push({
            line: at(placeholder),
            message: `"${shorten(placeholder)}" is not an HTML element: it is shown as text (write \`${shorten(placeholder)}\` to show it as code)`,
            warning: true,
          });
        } else if (child.type === "html_inline") {
          htmlFindings(child.content, at(child.content), problems);
        } else if (child.type === "link_open") {
          const childLine = at(child.markup === "autolink" ? "<" : "[");
          const message = urlProblem(String(child.attrGet("href") ?? ""), "link");
          if (message) problems.push({ line: childLine, message });
        } else if (child.type === "image") {
          const childLine = at("![");
          const message = urlProblem(String(child.attrGet("src") ?? ""), "image");
          if (message) problems.push({ line: childLine, message });
        } else if (child.type === "text" || child.type === "code_inline") {
          const childLine = at(child.content);
          const shortcode = child.type === "text" ? child.content.indexOf("{{<") : -1;
          if (shortcode !== -1) {
            const text = child.content.slice(shortcode);
            const message = /^\{\{<\s*(relref|ref)\b/.test(text)
              ? `"${shorten(text)}": relref goes where a URL goes, as in [the minutes]({{< relref "meetings/2018-03-22.md" >}})`
              : `"${shorten(text)}": an embed goes on a line of its own`;
            problems.push({ line: childLine, message });
          }
        }
      }
    }
  }
  return problems;
}

/** The problems in one file's Markdown (see `markdownSafety`). */
function markdownSafetyOf(model: ContentModel, file: string): Problem[] {
  const frontMatter = model.frontMatter.get(file);
  if (!frontMatter) return [];
  try {
    return checkedBody(model, file, frontMatter);
  } catch (error) {
    // Thousands of nested elements exhaust the HTML parser's stack: a content problem, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return [
      {
        file,
        line: frontMatter.bodyLine,
        message: "the page's HTML is nested too deeply to be checked (more than about a thousand elements inside one another)",
      },
    ];
  }
}

function checkedBody(model: ContentModel, file: string, frontMatter: FrontMatter): Problem[] {
  const where = classifyPath(file);
  const env: MarkdownEnv & { problems: MarkdownProblem[] } = { ...pageEnv(model, { file, lang: typeof where === "string" ? "en" : where.lang }), problems: [] };
  const tokens = inspector.parse(frontMatter.body, env);
  const problems: MarkdownFinding[] = [...env.problems, ...markdownProblems(tokens)];
  const html = inspector.renderer.render(tokens, inspector.options, env);
  // Raw HTML split over several blocks (an attribute opened in one, closed in the next) is only
  // seen whole: the body as a browser would parse it, with the sanitiser's parser.
  const seen = new Set(problems.filter((problem) => !problem.warning).map((problem) => subjectOf(problem.message)));
  const tree = parseHtmlFragment(html);
  for (const message of inspectTree(tree).refused) {
    if (!seen.has(subjectOf(message)))
      problems.push({ line: lineMentioning(frontMatter.body, message), message: `${message} (raw HTML read across several blocks)` });
  }
  // The page is rendered from these approved tokens: what is checked is what is published.
  if (!problems.some((problem) => !problem.warning)) keepPublishedBody(model, file, publishBody(tree, firstVideoId(tokens)));
  return problems.map((problem) => ({
    file,
    line: frontMatter.bodyLine + problem.line - 1,
    message: problem.message,
    ...(problem.warning ? { severity: "warning" as const } : {}),
  }));
}

/** What a message is about ("img onerror", "a href"), so one thing is reported once however it was found. */
function subjectOf(message: string): string {
  const html = /^<([a-z][\w-]*)(?: ([^\s>=]+))?/i.exec(message);
  if (html) return `${html[1] ?? ""} ${html[2] ?? ""}`.toLowerCase();
  if (message.startsWith("link ")) return "a href";
  if (message.startsWith("image ")) return "img src";
  return message;
}

/** The first body line that mentions the element or attribute a message names, else the first line. */
function lineMentioning(body: string, message: string): number {
  const named = /^<([a-z][\w-]*)(?: ([^\s>=]+))?/i.exec(message);
  const needle = (named?.[2] ?? named?.[1] ?? "").toLowerCase();
  if (!needle) return 1;
  const index = body
    .toLowerCase()
    .split("\n")
    .findIndex((line) => line.includes(needle));
  return index === -1 ? 1 : index + 1;
}

/**
 * Contributor Markdown is untrusted: raw HTML only from the allowlist, no script URLs in links
 * or images, embeds well formed, relref targets that exist. Every page, drafts included (the
 * development server renders them). A file's problems depend only on it and on which pages
 * exist (relref), so the dev server re-checks changed files only (`forFile`).
 */
export const markdownSafety: ContentCheck = Object.assign(
  (model: ContentModel) => [...model.frontMatter.keys()].flatMap((file) => markdownSafetyOf(model, file)),
  {
    forFile: markdownSafetyOf,
  },
);
