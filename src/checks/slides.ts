import type { Problem } from "../content/problem.ts";
import type { ContentCheck } from "../content/model/load.ts";
import { splitSlides } from "../outputs/slides/split.ts";

/** `<!-- .slide: -->` directives may set only allowlisted attributes (src/outputs/slides/attributes.ts). */
export const slideDirectivesCheck: ContentCheck = (model) => {
  const problems: Problem[] = [];
  for (const entry of model.entries) {
    if (entry.collection !== "slides") continue;
    const frontMatter = model.frontMatter.get(entry.file);
    if (!frontMatter) continue;
    for (const slide of splitSlides(frontMatter.body)) {
      for (const problem of slide.problems) problems.push({ file: entry.file, line: frontMatter.bodyLine + problem.line - 1, message: problem.message });
    }
  }
  return problems;
};
