import path from "node:path";
import type { MarkdownIt, StateCore } from "markdown-it";
import type { ContentModel } from "../model/load.ts";
import type { Entry } from "../model/types.ts";
import { envFile, reportProblem, type MarkdownEnv } from "./env.ts";

/** Where `{{< relref "..." >}}` points: the entry (if any), the anchor, and the files tried. */
interface RelrefTarget {
  entry: Entry | undefined;
  anchor: string;
  tried: string[];
}

/**
 * Resolve a relref target the way Hugo does, simplified: `./x.md` and `../x.md` relative to the
 * page's own file; otherwise `posts/x.md` in the page's language folder, or `fr/posts/x.md` from
 * the content folder. `.md` may be left out; `#anchor` is kept.
 */
function resolveRelref(model: ContentModel, fromFile: string, target: string): RelrefTarget {
  const hash = target.indexOf("#");
  const anchor = hash === -1 ? "" : target.slice(hash);
  let file = (hash === -1 ? target : target.slice(0, hash)).trim();
  if (file && !file.endsWith(".md")) file += ".md";
  const [contentDir = "content", lang = "en"] = fromFile.split("/");
  const tried = file.startsWith("./") || file.startsWith("../")
    ? [path.posix.join(path.posix.dirname(fromFile), file)]
    : [path.posix.join(contentDir, lang, file), path.posix.join(contentDir, file)];
  const entry = tried.map((candidate) => model.byFile.get(candidate)).find((found) => found !== undefined);
  return { entry, anchor, tried };
}

// Where a URL goes, in a link `](...)` or a reference definition `]: ...`, on one line, the
// target in double quotes: `{{< relref "posts/x.md" >}}` (or `ref`, Hugo's alias). Elsewhere
// (code, plain text) it is left as written; in text the content check reports it.
const shortcode = /(\]\([ \t]*|\]:[ \t]*)\{\{<\s*(?:relref|ref)\s+"([^"\n]*)"\s*>\}\}/g;

/**
 * Replaces each relref with the target page's URL before the block parser runs, so it works
 * where Markdown expects a URL: `[the minutes]({{< relref "meetings/2018-03-22.md" >}})`
 * (markdown-it would not take the shortcode itself as a link destination: it has spaces).
 * Nothing is replaced by text of its own length or with line breaks, so lines stay where they were.
 */
function relrefRule(state: StateCore): void {
  if (!state.src.includes("{{<")) return;
  const env = state.env as MarkdownEnv;
  const fromFile = envFile(env);
  let line = 1;
  let counted = 0;
  state.src = state.src.replace(shortcode, (_whole: string, before: string, target: string, offset: number) => {
    for (let i = state.src.indexOf("\n", counted); i !== -1 && i < offset; i = state.src.indexOf("\n", i + 1)) line++;
    counted = offset;
    if (!env?.model || !fromFile) return before + target;
    const resolved = resolveRelref(env.model, fromFile, target);
    const source = env.model.byFile.get(fromFile);
    if (!resolved.entry) {
      reportProblem(env, { line, message: `relref "${target}": no such page (expected a file ${resolved.tried.join(" or ")})` });
      return before + target;
    }
    if (!resolved.entry.published && (source?.published ?? true)) {
      reportProblem(env, { line, message: `relref "${target}": ${resolved.entry.file} is a draft or dated in the future, so the link would be broken` });
    }
    return before + resolved.entry.url + resolved.anchor;
  });
}

export function relrefPlugin(md: MarkdownIt): void {
  md.core.ruler.before("normalize", "relref", relrefRule);
}
