import { parseArgs } from "node:util";
import { contentChecks } from "../checks/index.ts";
import { formatTranslationReport, translationReport } from "../checks/translation-report.ts";
import { loadContent } from "../content/model/load.ts";
import { reportProblems } from "../build/report.ts";
import { isMain } from "../build/is-main.ts";

/** `npm run check`: every content check the build runs, without rendering a page. */
export async function check(contentDir = "content"): Promise<number> {
  const model = await loadContent({ contentDir }, contentChecks);
  for (const line of formatTranslationReport(translationReport(model))) console.log(line);
  reportProblems([...model.warnings, ...model.problems]);
  // "No problems" must not read as "the build will pass": links the layouts write are checked
  // only on the rendered pages, by the build.
  if (!model.problems.length) console.log(`${model.entries.length} content files checked: no problems.`);
  return model.problems.length ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { input: { type: "string" } } });
  process.exitCode = await check(values.input);
}
