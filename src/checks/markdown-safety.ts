import type { Token } from "markdown-it";
import type { Problem } from "./problem.ts";
import { classifyPath } from "../model/read-entry.ts";
import type { ContentCheck, ContentModel } from "../model/load.ts";
import { createMarkdown, markdown } from "../markdown/index.ts";
import { keepCheckedHtml } from "../markdown/checked-html.ts";
import { embedOf } from "../markdown/embeds.ts";
import type { MarkdownEnv, MarkdownProblem } from "../markdown/env.ts";
import { htmlProblems, shorten, urlProblem } from "../markdown/html-policy.ts";

// Parses like the build's markdown-it, but keeps links markdown-it would refuse, to report them.
const inspector = createMarkdown({ inspect: true });
// A parse in which the build's markdown-it would have refused a link is not the parse the page
// gets, so its tokens are not rendered for the page (see keepCheckedHtml).
let refusedLink = false;
inspector.validateLink = (url) => {
  refusedLink ||= !markdown.validateLink(url);
  return true;
};

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

/** Every problem in one page's Markdown body; lines are 1-based within the body. */
export function markdownProblems(tokens: Token[]): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === "html_block") {
      for (const message of htmlProblems(token.content)) problems.push({ line, message });
    } else if (token.type === "embed") {
      const embed = embedOf(token);
      if (typeof embed === "string") problems.push({ line, message: embed });
    } else if (token.type === "inline" && token.children) {
      // Inline tokens have no line of their own: find each in the paragraph's source, in order.
      const cursor = new InlineCursor(token.content);
      for (const child of token.children) {
        const at = (needle: string) => line + cursor.lineOf(needle);
        if (child.type === "html_inline") {
          const childLine = at(child.content);
          for (const message of htmlProblems(child.content)) problems.push({ line: childLine, message });
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
  const where = classifyPath(file);
  const env: MarkdownEnv & { problems: MarkdownProblem[] } = {
    lang: typeof where === "string" ? "en" : where.lang,
    model,
    page: { inputPath: file },
    problems: [],
  };
  refusedLink = false;
  const tokens = inspector.parse(frontMatter.body, env);
  const problems = [...env.problems, ...markdownProblems(tokens)];
  // The page is rendered from these approved tokens (src/markdown/checked-html.ts).
  if (!problems.length && !refusedLink) keepCheckedHtml(model, file, frontMatter.body, inspector.renderer.render(tokens, inspector.options, env));
  return problems.map((problem) => ({ file, line: frontMatter.bodyLine + problem.line - 1, message: problem.message }));
}

/**
 * Contributor Markdown is untrusted: raw HTML only from the allowlist, no script URLs in links
 * or images, embeds well formed, relref targets that exist. Every page, drafts included (the
 * development server renders them). A file's problems depend only on it and on which pages
 * exist (relref), so the dev server re-checks changed files only (`forFile`).
 */
export const markdownSafety: ContentCheck = Object.assign((model: ContentModel) => [...model.frontMatter.keys()].flatMap((file) => markdownSafetyOf(model, file)), {
  forFile: markdownSafetyOf,
});
