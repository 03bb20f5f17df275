import type { ContentModel } from "../model/load.ts";
import { isLang, type Lang } from "../site.ts";

/** Something wrong in a page's Markdown that rules find while parsing (line is 1-based, in the body). */
export interface MarkdownProblem {
  line: number;
  message: string;
}

/**
 * What the rules read from markdown-it's `env`: the page's language, the model (relref looks
 * pages up in it) and its file (`pageEnv` in ./published.ts makes it). The content check adds
 * `problems` to collect what the rules find.
 */
export interface MarkdownEnv extends Record<PropertyKey, unknown> {
  lang?: unknown;
  model?: ContentModel;
  page?: { inputPath?: string };
  problems?: MarkdownProblem[];
}

export function envLang(env: MarkdownEnv | undefined): Lang {
  const lang = env?.lang;
  return typeof lang === "string" && isLang(lang) ? lang : "en";
}

/** The page's content file as the model keys it (content/en/posts/x.md). */
export function envFile(env: MarkdownEnv | undefined): string | undefined {
  return env?.page?.inputPath?.replace(/^\.\//, "");
}

export function reportProblem(env: MarkdownEnv | undefined, problem: MarkdownProblem): void {
  if (Array.isArray(env?.problems)) env.problems.push(problem);
}
